import { chartHeight } from '../../charts/draw-chart.js';
import { svgToPng } from '../../charts/png.js';
import { chartToSvg } from '../../charts/svg.js';
import type { Chart } from '../../tree/types.js';
import { addMedia, type DocxContext } from './context.js';
import { drawing } from './drawing.js';
import { BREAK_RUN, textRun } from './inlines.js';
import { paragraph } from './paragraph.js';
import { t } from './xml.js';
import { TEXT_WIDTH_PX } from './images.js';
import { STYLE } from './styles.js';

/** Width of the text column in points (160 mm): the chart is drawn at the size it has in the PDF. */
const CHART_WIDTH_PT = (160 / 25.4) * 72;
/** The PNG fallback is rendered at twice the display resolution, so it stays sharp when printed. */
const PNG_SCALE = 2;

/** What a chart looks like: its SVG, the PNG fallback and the height in points at the column width. */
interface ChartPicture {
  svg: Uint8Array;
  png: Uint8Array;
  height: number;
}

/**
 * Drawn charts by chart node (as JSON). Drawing (text measuring, SVG) and rendering the PNG are the slow
 * part of a chart, and a rebuild (watch mode, several documents showing the same chart) draws the same
 * chart again; the picture depends on the chart node only.
 */
const pictures = new Map<string, ChartPicture>();

function pictureOf(chart: Chart): ChartPicture {
  const key = JSON.stringify(chart);
  let picture = pictures.get(key);
  if (picture === undefined) {
    const height = chartHeight(chart, CHART_WIDTH_PT);
    const svg = chartToSvg(chart, CHART_WIDTH_PT, height);
    const png = svgToPng(svg, TEXT_WIDTH_PX * PNG_SCALE);
    picture = { svg: new TextEncoder().encode(svg), png, height };
    if (pictures.size >= 32) pictures.delete(pictures.keys().next().value ?? '');
    pictures.set(key, picture);
  }
  return picture;
}

/**
 * The picture of a chart: the chart module's SVG with a PNG fallback (for Word before 2016 and other
 * readers without SVG), at the column width, with the chart's alt text.
 */
export function chartDrawing(chart: Chart, ctx: DocxContext): string {
  const n = ctx.nextDrawing++;
  const { svg, png, height } = pictureOf(chart);
  // The SVG is added first: it is image1.svg, its fallback the next PNG.
  const svgId = addMedia(ctx, svg, 'svg');
  const pngId = addMedia(ctx, png, 'png');
  return drawing(ctx, {
    width: TEXT_WIDTH_PX,
    height: Math.round((TEXT_WIDTH_PX * height) / CHART_WIDTH_PT),
    name: `Figur ${n}`,
    title: chart.title,
    description: chart.alt,
    blip: pngId,
    svg: svgId,
  });
}

/**
 * A chart node as in the PDF: its title in bold above the picture, kept together. If the
 * chart cannot be drawn, a placeholder with title and text alternative takes its place.
 */
export function renderChart(chart: Chart, ctx: DocxContext): string {
  let picture: string;
  try {
    picture = chartDrawing(chart, ctx);
  } catch (error) {
    ctx.diagnostics.push({
      severity: 'warning',
      message: `Figuren «${chart.title}» kunne ikke tegnes i Word-filen (${(error as Error).message}); den vises som tekst.`,
      rule: 'docx/chart',
    });
    return paragraph(
      { style: STYLE.chartPlaceholder },
      textRun(chart.title, { bold: true }) + `<w:r><w:br/>${t(chart.alt)}</w:r>`,
    );
  }
  // Title and picture share one paragraph that may not split: LibreOffice does not always honour
  // keep-with-next before a picture, and a title left alone at the foot of a page looks broken.
  return paragraph({ style: STYLE.figure }, textRun(chart.title, { bold: true }) + BREAK_RUN + picture);
}
