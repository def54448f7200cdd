/**
 * Times detectSuggestions on the reference article and on a generated ~100 kB article, against
 * a baseline in the same run: one regex pass over the same text. Run: npx tsx bench/detect.bench.ts
 */
import { detectSuggestions } from "@/lib/detect/detect-suggestions";
import { readReferenceArticle } from "@/tests/unit/lib/detect/reference-article";

const FILLER = [
  "The committee met again to discuss the proposal, and members raised several concerns about its scope.",
  "Officials declined to comment on the talks, which were held behind closed doors.",
  "Residents of the town said they were worried about what the plan would mean for local schools.",
  "The report is expected to be published later in the year, after a review by independent experts.",
];
const CLAIMS = [
  "Inflation rose to 3.8% in July, the highest rate since January 2024.",
  "The government set aside £22 billion for public sector pay, twice as much as last year.",
  "Floods killed 232 people in October, while wildfires burned 1.2 million hectares.",
  "The 31-year-old champion has won three Olympic titles since 2016.",
  "Analysts said the slowdown was caused by weaker demand from China.",
];

/** A news-like article: about one sentence in three carries a claim, as in real reporting. */
function generateArticle(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = [FILLER[i % 4], CLAIMS[i % 5], FILLER[(i + 1) % 4]].join(" ");
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join("\n\n");
}

function time(label: string, fn: () => unknown, runs: number): number {
  fn(); // warm up compromise's lexicon and the JIT
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

const BASELINE = /\d+(?:[.,]\d+)*%?/g;
for (const [name, text] of [["reference article", readReferenceArticle()], ["generated 100 kB", generateArticle(100_000)]] as const) {
  const runs = text.length > 50_000 ? 5 : 50;
  const detect = time(name, () => detectSuggestions(text), runs);
  const baseline = time(name, () => text.match(BASELINE)?.length, runs);
  const count = detectSuggestions(text).length;
  console.log(`${name}: ${(text.length / 1000).toFixed(1)} kB, ${count} suggestions, detect ${detect.toFixed(1)} ms, regex baseline ${baseline.toFixed(3)} ms, ratio ${(detect / baseline).toFixed(0)}x`);
}
