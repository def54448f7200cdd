const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const PREFIX = String.raw`^(?:(?:published|updated|posted|last updated)\s*(?:on)?\s*:?\s*)?`;
const SUFFIX = String.raw`(?:[\s,|]+\d{1,2}[:.]\d{2}.*)?$`;

// "Friday, August 1, 2025", "August 1, 2025", "1 August 2025", "2025-08-01", each optionally
// with "Updated:" before and a time after. Anchored: a date line holds only a date.
const MONTH_FIRST = new RegExp(`${PREFIX}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${SUFFIX}`, "i");
const DAY_FIRST = new RegExp(`${PREFIX}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${SUFFIX}`, "i");
const ISO = new RegExp(`${PREFIX}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s].*)?$`, "i");

function toIsoDate(year: number, monthIndex: number, day: number): string | null {
  const d = new Date(Date.UTC(year, monthIndex, day));
  // Date.UTC rolls over (Feb 31 → Mar 3); a rolled-over date was not a real date.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== monthIndex || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * Reads a line that consists only of a date ("Friday, August 1, 2025") and returns it as
 * an ISO date ("2025-08-01"), or null when the line is anything else. Dates are taken as
 * calendar dates: no time zone is applied, so the day printed on the page is kept.
 */
export function parseDateLine(text: string): string | null {
  const s = text.trim();
  if (s.length > 60) return null;
  let m = MONTH_FIRST.exec(s);
  if (m) return toIsoDate(Number(m[3]), MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()), Number(m[2]));
  m = DAY_FIRST.exec(s);
  if (m) return toIsoDate(Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()), Number(m[1]));
  m = ISO.exec(s);
  if (m) return toIsoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return null;
}

/** Parses a machine date from metadata (ISO 8601 or anything `Date` reads) to an ISO date. */
export function parseMetaDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  // Keep the calendar day as written: "2025-08-01T23:30:00-04:00" was published on Aug 1 there.
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const fromLine = parseDateLine(value);
  if (fromLine) return fromLine;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
