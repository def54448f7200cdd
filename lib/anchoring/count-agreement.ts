/**
 * How many UTF-16 units agree verbatim, reading backwards from `aEnd` in `a` and from
 * `bEnd` in `b` (at most `cap`): the length of the context two places share on their left.
 */
export function countAgreementBefore(a: string, aEnd: number, b: string, bEnd: number, cap: number): number {
  let n = 0;
  while (n < cap && n < aEnd && n < bEnd && a.charCodeAt(aEnd - 1 - n) === b.charCodeAt(bEnd - 1 - n)) n++;
  return n;
}

/** Like {@link countAgreementBefore}, reading forwards from `aStart` and `bStart`: the shared right context. */
export function countAgreementAfter(a: string, aStart: number, b: string, bStart: number, cap: number): number {
  let n = 0;
  while (n < cap && aStart + n < a.length && bStart + n < b.length && a.charCodeAt(aStart + n) === b.charCodeAt(bStart + n)) n++;
  return n;
}
