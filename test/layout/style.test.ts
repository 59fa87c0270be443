import { describe, expect, it } from 'vitest';
import { colors } from '../../src/layout/style.js';
import type { Color } from '../../src/layout/types.js';

/** WCAG 2.1 relative luminance and contrast ratio. */
const lum = (c: Color): number => {
  const f = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
};
const contrast = (a: Color, b: Color): number => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const white: Color = { r: 1, g: 1, b: 1 };

describe('colours meet WCAG AA (4.5:1) for text', () => {
  const backgrounds: [string, Color][] = [
    ['white', white],
    ['table header', colors.tableHeaderFill],
    ...Object.entries(colors.callout).map(([k, v]) => [`callout ${k}`, v.fill] as [string, Color]),
  ];
  const texts: [string, Color][] = [
    ['text', colors.text],
    ['muted', colors.muted],
    ['heading', colors.heading],
    ['link', colors.link],
  ];
  for (const [bn, bg] of backgrounds) {
    for (const [tn, fg] of texts) {
      it(`${tn} on ${bn}`, () => expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5));
    }
  }
  it('«Ikke avklart» on its tint, also inside a table header or callout', () => {
    expect(contrast(colors.unresolvedText, colors.unresolvedFill)).toBeGreaterThanOrEqual(4.5);
  });
});
