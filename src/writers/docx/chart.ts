import { ImageRun, Paragraph, TextRun, type FileChild } from 'docx';
import { chartHeight } from '../../charts/draw-chart.js';
import { svgToPng } from '../../charts/png.js';
import { chartToSvg } from '../../charts/svg.js';
import type { Chart } from '../../tree/types.js';
import type { DocxContext } from './context.js';
import { TEXT_WIDTH_PX } from './images.js';
import { STYLE } from './styles.js';

/** Width of the text column in points (160 mm): the chart is drawn at the size it has in the PDF. */
const CHART_WIDTH_PT = (160 / 25.4) * 72;
/** The PNG fallback is rendered at twice the display resolution, so it stays sharp when printed. */
const PNG_SCALE = 2;

/**
 * PNG renderings by SVG text. Rendering is the slow part of a chart, and a rebuild (watch mode, several
 * documents with the same chart) draws the same SVG again; the bytes depend on the SVG only.
 */
const pngCache = new Map<string, Uint8Array>();

function pngFor(svg: string, widthPx: number): Uint8Array {
  let png = pngCache.get(svg);
  if (png === undefined) {
    png = svgToPng(svg, widthPx);
    if (pngCache.size >= 32) pngCache.delete(pngCache.keys().next().value ?? '');
    pngCache.set(svg, png);
  }
  return png;
}

/**
 * The picture of a chart: the chart module's SVG with a PNG fallback (for Word before 2016 and other
 * readers without SVG), at the column width, with the chart's alt text.
 */
export function chartImageRun(chart: Chart, ctx: DocxContext): ImageRun {
  const height = chartHeight(chart, CHART_WIDTH_PT);
  const svg = chartToSvg(chart, CHART_WIDTH_PT, height);
  const png = pngFor(svg, TEXT_WIDTH_PX * PNG_SCALE);
  const n = ctx.nextDrawing++;
  return new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(svg),
    fallback: { type: 'png', data: png },
    transformation: { width: TEXT_WIDTH_PX, height: Math.round((TEXT_WIDTH_PX * height) / CHART_WIDTH_PT) },
    altText: { name: `Figur ${n}`, title: chart.title, description: chart.alt },
  });
}

/**
 * A chart node as in the PDF: its title in bold above the picture, kept together. If the
 * chart cannot be drawn, a placeholder with title and text alternative takes its place.
 */
export function renderChart(chart: Chart, ctx: DocxContext): FileChild[] {
  let image: ImageRun;
  try {
    image = chartImageRun(chart, ctx);
  } catch (error) {
    ctx.diagnostics.push({
      severity: 'warning',
      message: `Figuren «${chart.title}» kunne ikke tegnes i Word-filen (${(error as Error).message}); den vises som tekst.`,
      rule: 'docx/chart',
    });
    return [
      new Paragraph({
        style: STYLE.chartPlaceholder,
        children: [
          new TextRun({ text: chart.title, bold: true }),
          new TextRun({ text: chart.alt, break: 1 }),
        ],
      }),
    ];
  }
  // Title and picture share one paragraph that may not split: LibreOffice does not always honour
  // keep-with-next before a picture, and a title left alone at the foot of a page looks broken.
  return [
    new Paragraph({
      style: STYLE.figure,
      children: [new TextRun({ text: chart.title, bold: true }), new TextRun({ break: 1 }), image],
    }),
  ];
}
