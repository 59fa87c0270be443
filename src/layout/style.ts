/**
 * Typographic constants of the PDF layout: sizes, leading, spacing and colours. Colours of text meet
 * WCAG AA (contrast at least 4.5:1) against white and against the tints they are drawn on.
 */
import type { Color } from './types.js';

export const rgb = (hex: string): Color => {
  const n = parseInt(hex.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
};

export const colors = {
  text: rgb('#1a1a1a'),
  /** Secondary text (title block labels, footer): 7.4:1 on white. */
  muted: rgb('#555555'),
  heading: rgb('#12263f'),
  /** Links: 8:1 on white. */
  link: rgb('#0b4f9c'),
  /** «Ikke avklart»: dark brown on a light amber tint, 8:1. */
  unresolvedText: rgb('#7a2e00'),
  unresolvedFill: rgb('#fdf0d5'),
  rule: rgb('#8a96a3'),
  ruleLight: rgb('#c9d1da'),
  ruleStrong: rgb('#1a1a1a'),
  tableHeaderFill: rgb('#e6ebf1'),
  watermark: rgb('#808080'),
  callout: {
    draft: { fill: rgb('#fff4e0'), rule: rgb('#b36b00') },
    note: { fill: rgb('#eaf2fb'), rule: rgb('#2b6cb0') },
    warning: { fill: rgb('#fdecea'), rule: rgb('#c53030') },
  },
} as const;

export const type = {
  body: { size: 10.5, leading: 1.42 },
  small: { size: 8.5, leading: 1.3 },
  table: { size: 9.5, leading: 1.3 },
  caption: { size: 9, leading: 1.35 },
  /** Headings: size, line height factor, space before and after (points). */
  h1: { size: 17, leading: 1.2, before: 20, after: 8 },
  h2: { size: 13.5, leading: 1.22, before: 15, after: 6 },
  h3: { size: 11.5, leading: 1.25, before: 11, after: 4 },
  title: { size: 22, leading: 1.18 },
  documentType: { size: 10.5, leading: 1.3 },
  watermark: { size: 110, opacity: 0.16 },
} as const;

export const space = {
  paragraph: 7,
  listItem: 2.5,
  list: 7,
  /** Width reserved for a list label (bullet or number) before the item text. */
  listIndent: 18,
  blockGap: 10,
  cellPadX: 4,
  cellPadY: 3,
  calloutPad: 8,
  calloutRule: 3,
  captionGap: 4,
} as const;

/** Heights reserved for charts, which the chart module fills. */
export const chartSize = {
  timelineRow: 24,
  timelineAxis: 56,
  financing: 220,
} as const;
