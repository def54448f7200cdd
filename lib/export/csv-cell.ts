// A spreadsheet evaluates a cell starting with one of these as a formula (DDE/HYPERLINK
// attacks); a leading apostrophe makes it plain text, as OWASP's CSV-injection advice says.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise spreadsheet formula injection: prefix a dangerous first character with '. */
export function neutraliseCsvFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quote a cell per RFC 4180 when it holds a comma, quote, CR or LF; quotes are doubled. */
export function quoteCsvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record (no line end): each cell neutralised, then quoted. Numbers are written as is. */
export function toCsvRecord(cells: Array<string | number | null>): string {
  return cells
    .map((cell) => (typeof cell === "number" ? String(cell) : quoteCsvCell(neutraliseCsvFormula(cell ?? ""))))
    .join(",");
}
