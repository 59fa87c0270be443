/**
 * Whole-number percentage shares that add up to exactly 100, by largest-remainder rounding (Hamilton's
 * method): round every share down, then give the remaining points to the largest remainders. Ties go to
 * the earlier item, so the result is deterministic.
 */
export function largestRemainderPercentages(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (values.length === 0 || total <= 0 || values.some((v) => v < 0)) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * 100);
  const floors = exact.map((e) => Math.floor(e + 1e-9));
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e - floors[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}
