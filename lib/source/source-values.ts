/** A source's kinds as plain constants, without zod (the research form's first render needs only these). */
export const SOURCE_KINDS = ["PRIMARY_DOCUMENT", "OFFICIAL_STATEMENT", "DATASET", "EXPERT", "NEWS_REPORT"] as const;
export type SourceKindValue = (typeof SOURCE_KINDS)[number];
