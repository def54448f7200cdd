/** indexOf counted in Unicode code points (the unit of Factmark's offsets); -1 when absent. */
export function codePointIndexOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? -1 : [...text.slice(0, i)].length;
}
