/**
 * Re-anchoring benchmark (issue 6): 1,000 claims on a ~100 kB article after ~5% edits.
 * Prints the time, its ratio to a plain indexOf over the same quotes in the same run, and
 * correctness against the generator's ground truth. Run: `npx tsx bench/reanchor.bench.ts [seed…]`
 * (default: three seeds); it exits non-zero if any claim lands on wrong words.
 */
import { describeRange } from "@/lib/anchoring/describe-range";
import { normalizeText } from "@/lib/anchoring/normalize-text";
import { reanchorAll } from "@/lib/anchoring/reanchor-all";
import type { AnchorResult } from "@/lib/anchoring/types";
import { createCodePointIndex } from "@/lib/text/code-point-index";
import { generateArticle, type ExpectedAnchor } from "./lib/generate-article";

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Compares each result with the truth: exact claims must land on their words, others may never land elsewhere. */
function judge(results: AnchorResult[], expected: ExpectedAnchor[]) {
  const tally = { correct: 0, wrongMatches: 0, changedOrphaned: 0, outcomes: { UNCHANGED: 0, MOVED: 0, FUZZY: 0, ORPHANED: 0 } };
  results.forEach((result, i) => {
    const truth = expected[i];
    tally.outcomes[result.outcome]++;
    if (!truth) return;
    if (truth.kind === "exact") {
      const ok = result.outcome !== "ORPHANED" && result.start === truth.start && result.end === truth.end;
      if (ok) tally.correct++;
      else if (result.outcome !== "ORPHANED") tally.wrongMatches++;
    } else if (truth.kind === "deleted") {
      if (result.outcome === "ORPHANED") tally.correct++;
      else tally.wrongMatches++;
    } else if (result.outcome === "ORPHANED") tally.changedOrphaned++;
    // a reworded claim is right when it lands on (part of) its own rewritten words
    else if (result.start < truth.end && result.end > truth.start) tally.correct++;
    else tally.wrongMatches++;
  });
  return tally;
}

/** Runs the benchmark once and returns its figures (for `bench/run.ts` and the CLI). */
export async function runReanchorBench(seed?: number) {
  const article = generateArticle({ seed });
  const oldText = normalizeText(article.oldText);
  const newText = normalizeText(article.newText);
  if (oldText !== article.oldText || newText !== article.newText) throw new Error("generator output is not normalised");
  const index = createCodePointIndex(oldText);
  const selectors = article.claims.map((c) => describeRange(oldText, c.start, c.end, { index }));

  let results: AnchorResult[] = [];
  let found = 0;
  reanchorAll(oldText, newText, selectors); // warm-up: JIT and the diff module
  const reanchorMs = median(Array.from({ length: RUNS }, () => time(() => (results = reanchorAll(oldText, newText, selectors)))));
  const indexOfMs = median(
    Array.from({ length: RUNS }, () =>
      time(() => {
        found = 0;
        for (const s of selectors) if (newText.indexOf(s.exact) !== -1) found++;
      }),
    ),
  );
  const tally = judge(results, article.expected);
  return {
    name: "reanchor",
    figures: {
      seed: seed ?? "default",
      textKB: Math.round(newText.length / 100) / 10,
      claims: selectors.length,
      editedPercent: Math.round((article.editedChars / oldText.length) * 1000) / 10,
      reanchorMs: Math.round(reanchorMs * 100) / 100,
      indexOfMs: Math.round(indexOfMs * 100) / 100,
      ratioToIndexOf: Math.round((reanchorMs / Math.max(indexOfMs, 0.001)) * 10) / 10,
      indexOfFound: found,
      expectedExact: article.expected.filter((e) => e.kind === "exact").length,
      expectedChanged: article.expected.filter((e) => e.kind === "changed").length,
      expectedDeleted: article.expected.filter((e) => e.kind === "deleted").length,
      ...tally.outcomes,
      correct: tally.correct,
      wrongMatches: tally.wrongMatches,
      changedButOrphaned: tally.changedOrphaned,
    },
  };
}

if (process.argv[1]?.replace(/\\/g, "/").endsWith("bench/reanchor.bench.ts")) {
  const seeds = process.argv.slice(2).map(Number).filter(Number.isFinite);
  const run = async () => {
    let wrong = 0;
    for (const seed of seeds.length > 0 ? seeds : [undefined, 1, 2]) {
      const { name, figures } = await runReanchorBench(seed);
      wrong += figures.wrongMatches;
      print(name, figures);
    }
    if (wrong > 0) process.exitCode = 1;
  };
  const print = (name: string, figures: Awaited<ReturnType<typeof runReanchorBench>>["figures"]) => {
    console.log(`${name} (seed ${figures.seed}): ${figures.claims} claims, ${figures.textKB} kB, ${figures.editedPercent}% edited`);
    console.log(`  reanchorAll ${figures.reanchorMs} ms (median of ${RUNS}); indexOf baseline ${figures.indexOfMs} ms; ratio ${figures.ratioToIndexOf}×`);
    console.log(`  outcomes: ${figures.UNCHANGED} unchanged, ${figures.MOVED} moved, ${figures.FUZZY} fuzzy, ${figures.ORPHANED} orphaned`);
    console.log(`  truth: ${figures.expectedExact} intact, ${figures.expectedChanged} reworded, ${figures.expectedDeleted} deleted`);
    console.log(`  correct ${figures.correct}/${figures.claims}; wrong matches ${figures.wrongMatches}; reworded but orphaned ${figures.changedButOrphaned}`);
  };
  void run();
}
