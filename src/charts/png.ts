/** Renders a chart's SVG to PNG with resvg, using only the bundled Source Sans 3 files (no system fonts). */
import { Resvg } from '@resvg/resvg-js';
import { sourceSansFiles } from './font-measurer.js';

/** PNG bytes of the SVG scaled to `widthPx` pixels wide (height keeps the aspect ratio). */
export function svgToPng(svg: string, widthPx: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPx) },
    background: '#ffffff',
    font: {
      fontFiles: sourceSansFiles(),
      loadSystemFonts: false,
      defaultFontFamily: 'Source Sans 3',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
