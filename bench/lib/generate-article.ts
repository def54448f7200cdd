/**
 * Deterministic generator of a ~100 kB news-like article with claims and an edited
 * revision, for the re-anchoring benchmark. It keeps the article as paragraphs → sentences
 * → words so the ground truth of every claim after the edits is known exactly.
 */

/** mulberry32: small, fast, seedable — the same seed gives the same article everywhere. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof createRandom>;

const PEOPLE = ["Sean Duffy", "Dmitry Bakanov", "Anna Driver", "Jamie Freed", "Matthew Lewis", "José Núñez", "Zoë Brandt", "Amara Okafor", "Li Wei", "Yuki Tanaka", "Olga Petrova", "Rahul Mehta"];
const ORGS = ["NASA", "Roscosmos", "the European Space Agency", "SpaceX", "the Transportation Department", "the ministry", "the central bank", "the city council", "Reuters", "the statistics office"];
const PLACES = ["Florida", "Houston", "Moscow", "Zürich", "Baikonur", "Tokyo", "Kyiv", "Montréal", "Nairobi", "São Paulo"];
const VERBS = ["said", "announced", "denied", "confirmed", "estimated", "reported", "claimed", "warned", "argued", "noted"];
const NOUNS = ["budget", "programme", "mission", "agreement", "inflation rate", "deficit", "launch", "contract", "reactor", "station", "treaty", "survey"];
const ADJ = ["record", "long-delayed", "controversial", "joint", "secret", "new", "costly", "historic", "modest", "ambitious"];
const EXTRAS = ["🚀", "🛰️", "\u05E9\u05DC\u05D5\u05DD", "naïve", "café"];

function makeSentence(r: Random): string[] {
  const n = () => String(1 + r.int(990));
  const templates = [
    () => `${r.pick(PEOPLE)} ${r.pick(VERBS)} that the ${r.pick(ADJ)} ${r.pick(NOUNS)} would cost $${n()} million by ${2020 + r.int(15)}.`,
    () => `${r.pick(ORGS)} ${r.pick(VERBS)} on ${r.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])} that ${n()} people attended the meeting in ${r.pick(PLACES)}.`,
    () => `The ${r.pick(NOUNS)} grew by ${n()} percent since ${1990 + r.int(34)}, according to ${r.pick(ORGS)}.`,
    () => `"We have never seen a ${r.pick(ADJ)} ${r.pick(NOUNS)} like this," ${r.pick(PEOPLE)} told reporters in ${r.pick(PLACES)} ${r.pick(EXTRAS)}.`,
    () => `It was the ${r.pick(["first", "second", "largest", "smallest", "fastest"])} ${r.pick(NOUNS)} of its kind, with ${n()} staff and a budget of ${n()} billion dollars.`,
  ];
  return r.pick(templates)().split(" ");
}

/** Sentences added by a correction: a different register, so ground truth stays unambiguous. */
function makeInsertedSentence(r: Random): string[] {
  const templates = [
    () => `Correction: an earlier version of this story misstated the ${r.pick(["title", "affiliation", "hometown"])} of ${r.pick(PEOPLE)}.`,
    () => `${r.pick(ORGS)} did not immediately respond to a request for comment about ${r.pick(["the figures", "the allegations", "the delay", "the report"])}.`,
    () => `(Adds comment from ${r.pick(PEOPLE)} in paragraph ${1 + r.int(20)}, updates ${r.pick(["headline", "figures", "dateline"])})`,
  ];
  return r.pick(templates)().split(" ");
}

interface Sentence { words: string[]; editedWords: Set<number>; isDeleted: boolean }
interface Claim { sentence: Sentence; from: number; to: number }

/** Where a claim should be after the edits: exact offsets, or changed words, or gone. */
export type ExpectedAnchor =
  | { kind: "exact"; start: number; end: number }
  | { kind: "changed"; start: number; end: number }
  | { kind: "deleted" };

/** The benchmark's input: two revisions, the claims (code points in the old one) and the truth. */
export interface GeneratedArticle {
  oldText: string;
  newText: string;
  claims: { start: number; end: number }[];
  expected: ExpectedAnchor[];
  editedChars: number;
}

const cpLength = (s: string) => [...s].length;

/** Renders paragraphs and returns the code-point start of each claim's words. */
function render(paragraphs: Sentence[][], claims: Claim[]) {
  const starts = new Map<Sentence, number>();
  const parts: string[] = [];
  let offset = 0;
  for (const [p, para] of paragraphs.entries()) {
    if (p > 0) { parts.push("\n\n"); offset += 2; }
    for (const [s, sentence] of para.filter((x) => !x.isDeleted).entries()) {
      if (s > 0) { parts.push(" "); offset += 1; }
      starts.set(sentence, offset);
      const text = sentence.words.join(" ");
      parts.push(text);
      offset += cpLength(text);
    }
  }
  const range = (c: Claim) => {
    const base = starts.get(c.sentence) ?? -1;
    const start = base + cpLength(c.sentence.words.slice(0, c.from).join(" ")) + (c.from > 0 ? 1 : 0);
    return { start, end: start + cpLength(c.sentence.words.slice(c.from, c.to + 1).join(" ")) };
  };
  return { text: parts.join(""), range };
}

/**
 * Generates the article (≈ `targetBytes` of text), `claimCount` claims of 3–10 words, and a
 * corrected revision with about `editRatio` of its characters edited: words replaced or
 * added, sentences deleted and inserted, paragraphs moved to the end.
 */
export function generateArticle({ seed = 20251201, targetBytes = 100_000, claimCount = 1000, editRatio = 0.05 } = {}): GeneratedArticle {
  const r = createRandom(seed);
  const paragraphs: Sentence[][] = [];
  let size = 0;
  while (size < targetBytes) {
    const para: Sentence[] = [];
    for (let k = 3 + r.int(3); k > 0; k--) {
      const words = makeSentence(r);
      size += words.join(" ").length + 1;
      para.push({ words, editedWords: new Set(), isDeleted: false });
    }
    paragraphs.push(para);
  }
  const all = paragraphs.flat();
  const claims: Claim[] = Array.from({ length: claimCount }, () => {
    const sentence = r.pick(all);
    const from = r.int(Math.max(1, sentence.words.length - 3));
    return { sentence, from, to: Math.min(sentence.words.length - 1, from + 2 + r.int(8)) };
  });
  const old = render(paragraphs, claims);
  const oldRanges = claims.map(old.range);

  let edited = 0;
  const budget = old.text.length * editRatio;
  while (edited < budget) {
    const op = r.next();
    const sentence = r.pick(all);
    if (op < 0.45) {
      const i = r.int(sentence.words.length);
      sentence.words[i] = r.pick(["roughly", "nearly", "about", "over", "some"]) + (r.next() < 0.5 ? "" : ` ${sentence.words[i]}`);
      sentence.editedWords.add(i);
      edited += 8;
    } else if (op < 0.6) {
      if (!sentence.isDeleted) { sentence.isDeleted = true; edited += sentence.words.join(" ").length; }
    } else if (op < 0.85) {
      const para = r.pick(paragraphs);
      const words = makeInsertedSentence(r);
      para.splice(r.int(para.length + 1), 0, { words, editedWords: new Set(), isDeleted: false });
      edited += words.join(" ").length;
    } else {
      const at = r.int(paragraphs.length);
      const [moved] = paragraphs.splice(at, 1);
      if (moved) paragraphs.push(moved);
      edited += moved?.map((s) => s.words.join(" ")).join(" ").length ?? 0;
    }
  }
  const next = render(paragraphs, claims);
  const expected = claims.map((c): ExpectedAnchor => {
    if (c.sentence.isDeleted) return { kind: "deleted" };
    for (const i of c.sentence.editedWords) if (i >= c.from && i <= c.to) return { kind: "changed", ...next.range(c) };
    return { kind: "exact", ...next.range(c) };
  });
  return { oldText: old.text, newText: next.text, claims: oldRanges, expected, editedChars: edited };
}
