import type { FontStyle, Measurer } from '../../src/layout/types.js';

/** Every character 0.5 × size wide (bold 0.55 ×); ascent 0.8 × size, descent 0.2 × size. */
export const fakeMeasurer: Measurer = {
  width: (text: string, font: FontStyle, size: number) =>
    [...text].length * size * (font === 'bold' || font === 'boldItalic' ? 0.55 : 0.5),
  ascent: (_font: FontStyle, size: number) => size * 0.8,
  descent: (_font: FontStyle, size: number) => size * 0.2,
};
