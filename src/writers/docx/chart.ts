import { Paragraph, TextRun, type FileChild, type ImageRun } from 'docx';
import type { Chart } from '../../tree/types.js';
import type { DocxContext } from './context.js';
import { STYLE } from './styles.js';

/**
 * The picture of a chart: an SVG ImageRun with a PNG fallback and the chart's alt text. Returns null
 * while the chart module (src/charts) is not available; the chart is then shown as a placeholder
 * paragraph with its title and text alternative.
 */
export function chartImageRun(_chart: Chart, _ctx: DocxContext): ImageRun | null {
  return null;
}

/** A chart node: its picture with the title as caption, or a placeholder with title and alt text. */
export function renderChart(chart: Chart, ctx: DocxContext): FileChild[] {
  const image = chartImageRun(chart, ctx);
  if (image) {
    return [
      new Paragraph({ keepNext: true, children: [image] }),
      new Paragraph({ style: STYLE.caption, children: [new TextRun(chart.title)] }),
    ];
  }
  return [
    new Paragraph({
      style: STYLE.chartPlaceholder,
      children: [new TextRun({ text: chart.title, bold: true }), new TextRun({ text: chart.alt, break: 1 })],
    }),
  ];
}
