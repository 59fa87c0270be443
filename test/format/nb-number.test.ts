/**
 * The hand-written nb-NO number formatter (src/format/nb-number.ts) writes what Intl.NumberFormat('nb-NO')
 * writes, for every number: integers, amounts, fractions, halves, negatives, −0, huge and tiny numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNbNumber } from '../../src/format/nb-number.js';

const intl = (n: number, digits: number) =>
  new Intl.NumberFormat('nb-NO', { maximumFractionDigits: digits })
    .format(n)
    .replace(/[ \u202f]/g, '\u00a0')
    .replace(/-/g, '\u2212');

describe('nb-NO numbers by hand', () => {
  it('equal Intl on chosen numbers', () => {
    const numbers = [
      0,
      -0,
      1,
      -1,
      9,
      99,
      999,
      1000,
      2500,
      9999,
      10000,
      12500,
      999999,
      1e6,
      2_500_000,
      -2_500_000,
      0.5,
      1.5,
      2.5,
      -2.5,
      -0.4,
      -0.5,
      0.05,
      0.005,
      1.005,
      1.255,
      9.995,
      99.999,
      999.5,
      999999.5,
      2.45,
      1e20,
      1e21,
      1.5e-7,
      123456789.987654321,
      Number.MAX_SAFE_INTEGER,
      NaN,
      Infinity,
      -Infinity,
    ];
    for (const n of numbers)
      for (const d of [0, 1, 2]) expect({ n, d, s: formatNbNumber(n, d) }).toEqual({ n, d, s: intl(n, d) });
  });

  it('equal Intl on generated numbers', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -1e8, max: 1e8 }).map((i) => i / 1000),
          fc.integer({ min: -1e6, max: 1e6 }).map((i) => i + 0.5),
          fc.double({ noNaN: true }),
        ),
        fc.integer({ min: 0, max: 3 }),
        (n, d) => {
          expect(formatNbNumber(n, d)).toBe(intl(n, d));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
