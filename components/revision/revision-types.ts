/** A claim the update could not place, as the orphan list shows it. */
export type OrphanItem = { id: string; exact: string; prefix: string; suffix: string; statement: string; status: string };

/** A claim placed on the text the re-attach view shows. */
export type PlacedSpan = { id: string; start: number; end: number; status: string };
