// Writes the fixture article's exports to a folder, so scripts/check-conformance.mjs can
// run the external checkers without a running app: `npx tsx <this file> OUT_DIR`.
import fs from "node:fs";
import path from "node:path";
import { toClaimReview } from "@/lib/export/export-claim-review";
import { toCsv } from "@/lib/export/export-csv";
import { toAnnotatedHtml } from "@/lib/export/export-html";
import { toNativeJson } from "@/lib/export/export-json";
import { toW3cCollection } from "@/lib/export/export-w3c";
import { buildFixture, fixtureContext } from "./fixture";

const out = process.argv[2];
if (!out) throw new Error("usage: tsx write-fixture-exports.ts OUT_DIR");
fs.mkdirSync(out, { recursive: true });
const a = buildFixture();
const files: Record<string, string> = {
  "article.json": toNativeJson(a),
  "w3c.jsonld": JSON.stringify(toW3cCollection(a, fixtureContext), null, 2),
  "claimreview.jsonld": JSON.stringify(toClaimReview(a, fixtureContext), null, 2),
  "article.html": toAnnotatedHtml(a, fixtureContext),
  "article.csv": toCsv(a),
};
for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(out, name), body);
console.log(`wrote ${Object.keys(files).join(", ")} to ${out}`);
