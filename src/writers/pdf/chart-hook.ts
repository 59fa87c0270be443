/**
 * Charts in the PDF: the layout reserves a box (ChartBoxItem); a chart drawer turns the chart into
 * primitive items inside that box, which the painter draws like any other item. Until a real drawer is
 * registered (src/charts), a placeholder draws a light frame with the chart's title.
 */
import type { ChartBoxItem, Color, Item, LaidOutPage, Measurer } from '../../layout/types.js';
import type { Chart } from '../../tree/types.js';

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Turns a chart into primitives inside `box` (same signature as src/charts drawChart). */
export type ChartDrawer = (chart: Chart, box: ChartBox, measurer: Measurer) => Item[];

const FRAME: Color = { r: 0.75, g: 0.78, b: 0.82 };
const TITLE: Color = { r: 0.35, g: 0.38, b: 0.42 };

/** The stand-in drawer: a light frame and the chart title in its top-left corner. */
export const placeholderChart: ChartDrawer = (chart, box, measurer) => {
  const size = 9;
  const pad = 6;
  return [
    {
      type: 'rect',
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      stroke: FRAME,
      lineWidth: 0.75,
    },
    {
      type: 'text',
      x: box.x + pad,
      y: box.y + pad + measurer.ascent('bold', size),
      text: chart.title,
      font: 'bold',
      size,
      color: TITLE,
    },
  ];
};

let drawer: ChartDrawer = placeholderChart;

/** Registers the drawer the painter uses for charts; null restores the placeholder. */
export function setChartDrawer(d: ChartDrawer | null): void {
  drawer = d ?? placeholderChart;
}

export function chartDrawer(): ChartDrawer {
  return drawer;
}

/**
 * Replaces every chart box with the primitives of its chart. Items the drawer returns without a tag take
 * the chart box's tag (the chart is one figure for a reader); nested chart boxes are dropped; each text
 * label ends with an invisible space.
 */
export function expandCharts(pages: LaidOutPage[], measurer: Measurer, draw: ChartDrawer): LaidOutPage[] {
  return pages.map((page) => {
    if (!page.items.some((i) => i.type === 'chart')) return page;
    const items: Item[] = [];
    for (const item of page.items) {
      if (item.type !== 'chart') items.push(item);
      else items.push(...chartItems(item, measurer, draw));
    }
    return { ...page, items };
  });
}

function chartItems(box: ChartBoxItem, measurer: Measurer, draw: ChartDrawer): Item[] {
  const out: Item[] = [];
  const area = { x: box.x, y: box.y, width: box.width, height: box.height };
  for (const drawn of draw(box.chart, area, measurer)) {
    if (drawn.type === 'chart') continue;
    // Each label ends with an invisible space, so a chart's labels do not run together in copied text.
    const item = drawn.type === 'text' && !drawn.lineEnd ? { ...drawn, lineEnd: 'space' as const } : drawn;
    out.push(item.tag || !box.tag ? item : { ...item, tag: box.tag });
  }
  return out;
}
