/** The Source Sans 3 files (for resvg) and the measurer for chart text. */
import { dirname, join } from 'node:path';
import { packageJsonPath } from '../build/version.js';
import { createMeasurer } from '../fonts/measurer.js';
import type { FontStyle, Measurer } from '../layout/types.js';

const FILES: Record<FontStyle, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  bold: 'SourceSans3-Bold.ttf',
  boldItalic: 'SourceSans3-BoldIt.ttf',
};

/** Absolute paths of the Source Sans 3 TTF files (regular, italic, bold, bold italic). */
export function sourceSansFiles(): string[] {
  const dir = join(dirname(packageJsonPath('source-sans', import.meta.url)), 'TTF');
  return Object.values(FILES).map((f) => join(dir, f));
}

/**
 * The measurer for chart text when none is passed in: the program's one measurer (src/fonts), so chart
 * labels are measured exactly as the PDF painter draws them (one glyph per character, no ligatures, with
 * the fallback face for characters Source Sans 3 lacks).
 */
export function createChartMeasurer(): Measurer {
  return createMeasurer();
}
