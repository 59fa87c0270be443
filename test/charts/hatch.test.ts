import { describe, expect, test } from 'vitest';
import { hatchLines } from '../../src/charts/hatch.js';

const black = { r: 0, g: 0, b: 0 };

describe('hatching', () => {
  test.each(['rising', 'falling'] as const)('%s lines stay inside the rectangle at 45°', (direction) => {
    const lines = hatchLines(10.3, 20.7, 37, 11, black, 4, 0.6, direction);
    expect(lines.length).toBeGreaterThan(8);
    for (const l of lines) {
      for (const [x, y] of [
        [l.x1, l.y1],
        [l.x2, l.y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(10.3 - 1e-9);
        expect(x).toBeLessThanOrEqual(47.3 + 1e-9);
        expect(y).toBeGreaterThanOrEqual(20.7 - 1e-9);
        expect(y).toBeLessThanOrEqual(31.7 + 1e-9);
      }
      // y grows downwards: a rising line has y falling as x grows.
      const slope = (l.y2 - l.y1) / (l.x2 - l.x1);
      expect(slope).toBeCloseTo(direction === 'rising' ? -1 : 1, 9);
    }
  });

  test('lines sit on a fixed grid, so neighbouring areas line up', () => {
    const a = hatchLines(0, 0, 20, 10, black, 4);
    const b = hatchLines(20, 0, 20, 10, black, 4);
    const sums = (ls: typeof a) => new Set(ls.map((l) => Math.round(l.x1 + l.y1)));
    for (const k of sums(b)) expect(k % 4).toBe(0);
    for (const k of sums(a)) expect(k % 4).toBe(0);
  });
});
