import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, toCsv } from "@/lib/export/export-csv";
import { neutraliseCsvFormula, toCsvRecord } from "@/lib/export/csv-cell";
import { buildFixture, HOSTILE } from "./fixture";

/** A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < input.length) {
    let field = "";
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error("unterminated quote");
        if (input[i] === '"' && input[i + 1] === '"') (field += '"'), (i += 2);
        else if (input[i] === '"') { i++; break; }
        else field += input[i++];
      }
    } else {
      while (i < input.length && input[i] !== "," && input[i] !== "\r" && input[i] !== "\n") {
        if (input[i] === '"') throw new Error(`bare quote at ${i}`);
        field += input[i++];
      }
    }
    row.push(field);
    if (input[i] === ",") i++;
    else if (input.startsWith("\r\n", i)) (rows.push(row), (row = []), (i += 2));
    else throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(input[i])}`);
  }
  if (row.length) throw new Error("last record lacks CRLF");
  return rows;
}

describe("toCsv", () => {
  const a = buildFixture();
  const rows = parseCsv(toCsv(a));
  const byId = (id: string) => rows.find((r) => r[CSV_COLUMNS.indexOf("claim_id")] === id)!;
  const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];

  it("writes a header and one equally wide record per claim, CRLF-terminated", () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(a.claims.length + 1);
    for (const row of rows) expect(row.length).toBe(CSV_COLUMNS.length);
  });

  it("round-trips the values, including commas, quotes and code-point offsets", () => {
    const iss = byId("cmclaim000000000000000001");
    const claim = a.claims.find((c) => c.id === "cmclaim000000000000000001")!;
    expect(col(iss, "article_title")).toBe(a.article.title); // contains commas
    expect(col(iss, "exact")).toBe("the $100 billion ISS");
    expect(col(iss, "start")).toBe(String(claim.selector.start));
    expect(col(iss, "rating_label")).toBe("Mostly true");
    expect(col(iss, "rating_value")).toBe("5");
    expect(col(iss, "source_urls")).toBe(`https://oig.nasa.gov/docs/IG-22-005.pdf | ${HOSTILE.sourceUrl}`);
    expect(col(iss, "approved_by")).toBe("Erin Editor");
    expect(col(byId("cmclaim000000000000000004"), "rating_value")).toBe(""); // Unverifiable has no value
  });

  it("neutralises a formula in a cell and keeps its text", () => {
    const draft = byId("cmclaim000000000000000003");
    expect(col(draft, "claimant")).toBe(`'${HOSTILE.claimant}`);
    expect(col(draft, "statement")).toBe(HOSTILE.statement);
  });

  it("starts with a BOM only on request", () => {
    expect(toCsv(a).charCodeAt(0)).not.toBe(0xfeff);
    expect(toCsv(a, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });
});

describe("csv cells", () => {
  it("prefixes every formula-starting character with an apostrophe", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseCsvFormula(s)).toBe(`'${s}`);
    for (const s of ["1+1", "a=b", "", "'quoted"]) expect(neutraliseCsvFormula(s)).toBe(s);
  });

  it("quotes fields holding separators, quotes or line breaks, and leaves numbers alone", () => {
    const record = toCsvRecord(['say "hi"', "a,b", "line\nbreak", -3, null]);
    expect(record).toBe('"say ""hi""","a,b","line\nbreak",-3,');
    expect(parseCsv(`${record}\r\n`)).toEqual([['say "hi"', "a,b", "line\nbreak", "-3", ""]]);
  });
});
