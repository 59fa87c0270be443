import { describe, expect, test } from 'vitest';
import { COLORS, contrastRatio, greyLightness, hex, SOURCE_COLORS, WHITE } from '../../src/charts/style.js';

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
