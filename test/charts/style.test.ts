import { describe, expect, test } from 'vitest';
import { SOURCE_PALETTE } from '../../src/charts/source-style.js';
import { COLORS, contrastRatio, greyLightness, hex, WHITE } from '../../src/charts/style.js';

const SOURCE_COLORS = SOURCE_PALETTE.map((p) => p.color);

describe('chart colours', () => {
  test('contrast arithmetic matches WCAG reference values', () => {
    expect(contrastRatio(hex('#000000'), WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(contrastRatio(hex('#767676'), WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(hex('#777777'), WHITE)).toBeLessThan(4.5);
  });

  test('text colours reach 4.5:1 against white', () => {
    for (const c of [COLORS.text, COLORS.axisText])
      expect(contrastRatio(c, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  test('ten source colours, all different, each with its own Norwegian name', () => {
    expect(SOURCE_PALETTE.length).toBeGreaterThanOrEqual(10);
    expect(new Set(SOURCE_PALETTE.map((p) => JSON.stringify(p.color))).size).toBe(SOURCE_PALETTE.length);
    expect(new Set(SOURCE_PALETTE.map((p) => p.name)).size).toBe(SOURCE_PALETTE.length);
  });

  test('graphic colours reach 3:1 against white', () => {
    for (const c of [COLORS.axis, COLORS.timeline, COLORS.unresolved, ...SOURCE_COLORS]) {
      expect(contrastRatio(c, WHITE)).toBeGreaterThanOrEqual(3);
    }
  });

  test('the first four source colours differ in greyscale lightness by at least 8 L*', () => {
    const l = SOURCE_COLORS.slice(0, 4).map(greyLightness);
    for (let i = 0; i < l.length; i++) {
      for (let j = i + 1; j < l.length; j++) expect(Math.abs(l[i]! - l[j]!)).toBeGreaterThanOrEqual(8);
    }
  });
});
