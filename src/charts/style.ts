/**
 * Colours, sizes and contrast arithmetic of the charts. Every colour that carries meaning (bars, diamonds,
 * outlines, text) meets WCAG 2.1 contrast against white: ≥ 3:1 for graphics, ≥ 4.5:1 for text. Source
 * colours differ in lightness, not only in hue, so they stay apart in greyscale print.
 */
import type { Color } from '../layout/types.js';

/** Parses '#rrggbb' into an sRGB colour with channels 0..1. */
export function hex(code: string): Color {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(code);
  if (!m) throw new Error(`Not a colour: ${code}`);
  return { r: parseInt(m[1]!, 16) / 255, g: parseInt(m[2]!, 16) / 255, b: parseInt(m[3]!, 16) / 255 };
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) .. 1 (white). */
export function luminance(c: Color): number {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

/** WCAG contrast ratio between two colours, 1..21. */
export function contrastRatio(a: Color, b: Color): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** CIE L* (perceived lightness, 0..100): how a colour reads when printed in greyscale. */
export function greyLightness(c: Color): number {
  const y = luminance(c);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** Mixes a colour with white; `amount` 0 keeps the colour, 1 gives white. Used for light backgrounds. */
export function tint(c: Color, amount: number): Color {
  const mix = (v: number) => Math.round((v + (1 - v) * amount) * 255) / 255;
  return { r: mix(c.r), g: mix(c.g), b: mix(c.b) };
}

export const WHITE: Color = { r: 1, g: 1, b: 1 };

/** Colours with a meaning; each is checked against white in test/charts/style.test.ts. */
export const COLORS = {
  /** Labels, amounts, legend text. */
  text: hex('#1a1a1a'),
  /** Axis labels (month, quarter, amount ticks). */
  axisText: hex('#4d4d4d'),
  /** Axis lines and year separators. */
  axis: hex('#595959'),
  /** Timeline bars and diamonds. */
  timeline: hex('#1f4e79'),
  /** Outline of an undecided financing bar. */
  unresolved: hex('#595959'),
} as const;

/** Decorative colours (grid lines, row bands): not needed to read the chart, exempt from WCAG 1.4.11. */
export const DECOR = {
  grid: hex('#d0d0d0'),
  band: hex('#f2f2f2'),
} as const;

/** The colours of financing sources are in source-style.ts, with their patterns. */

/** Font sizes in points: at least 9 pt at print size, so the labels stay readable on paper. */
export const SIZES = {
  label: 9,
  axis: 9,
  year: 9,
  legend: 9,
  amount: 9,
} as const;

/** Dash pattern of tentative or undecided outlines. */
export const DASH = [2.5, 1.5];
