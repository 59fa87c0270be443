/**
 * Serialises chart primitives to SVG (the DOCX writer embeds it, with a PNG fallback rendered from it).
 * Numbers are rounded to 0.01 pt and attributes written in a fixed order: the same items give the same
 * string. Units are points; the SVG's width/height carry the 'pt' unit and the viewBox the point grid.
 */
import type { Color, Item, Measurer } from '../layout/types.js';
import { assertNever, type Chart } from '../tree/types.js';
import { drawChart } from './draw-chart.js';
import { createChartMeasurer } from './font-measurer.js';

export const SVG_FONT_FAMILY = "'Source Sans 3', sans-serif";

/** A number with at most two decimals, no trailing zeros, no negative zero. */
function n(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

function color(c: Color): string {
  const h = (v: number) =>
    Math.round(Math.min(1, Math.max(0, v)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function paint(fill: Color | undefined, stroke: Color | undefined, lineWidth = 1, dash?: number[]): string {
  let out = ` fill="${fill ? color(fill) : 'none'}"`;
  if (stroke) {
    out += ` stroke="${color(stroke)}" stroke-width="${n(lineWidth)}"`;
    if (dash && dash.length > 0) out += ` stroke-dasharray="${dash.map(n).join(' ')}"`;
  }
  return out;
}

function itemToSvg(item: Item): string {
  switch (item.type) {
    case 'rect': {
      const opacity = item.opacity !== undefined ? ` opacity="${n(item.opacity)}"` : '';
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${paint(item.fill, item.stroke, item.lineWidth, item.dash)}${opacity}/>`;
    }
    case 'line': {
      const dash =
        item.dash && item.dash.length > 0 ? ` stroke-dasharray="${item.dash.map(n).join(' ')}"` : '';
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${color(item.color)}" stroke-width="${n(item.width)}"${dash}/>`;
    }
    case 'polygon': {
      const points = item.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
      return `<polygon points="${points}"${paint(item.fill, item.stroke, item.lineWidth, item.dash)}/>`;
    }
    case 'text': {
      const weight = item.font === 'bold' || item.font === 'boldItalic' ? ' font-weight="bold"' : '';
      const style = item.font === 'italic' || item.font === 'boldItalic' ? ' font-style="italic"' : '';
      const rotate = item.rotate ? ` transform="rotate(${n(-item.rotate)} ${n(item.x)} ${n(item.y)})"` : '';
      const opacity = item.opacity !== undefined ? ` opacity="${n(item.opacity)}"` : '';
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-family="${SVG_FONT_FAMILY}" font-size="${n(item.size)}"${weight}${style} fill="${color(item.color)}"${rotate}${opacity}>${escapeXml(item.text)}</text>`;
    }
    case 'image':
      return `<image x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" href="${escapeXml(item.src)}"/>`;
    case 'link':
      // A clickable area has no picture.
      return '';
    case 'chart':
      // Charts are expanded with drawChart before serialising; a nested chart box draws nothing.
      return '';
    default:
      return assertNever(item);
  }
}

/** An SVG document of the items on a white background of width × height points. */
export function itemsToSvg(items: Item[], width: number, height: number): string {
  const body = items
    .map(itemToSvg)
    .filter((s) => s)
    .join('\n');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}pt" height="${n(height)}pt" viewBox="0 0 ${n(width)} ${n(height)}">\n` +
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>\n` +
    `${body}\n</svg>\n`
  );
}

let defaultMeasurer: Measurer | undefined;

/** The chart drawn into a width × height box at the origin, as SVG. */
export function chartToSvg(chart: Chart, width: number, height: number, measurer?: Measurer): string {
  const m = measurer ?? (defaultMeasurer ??= createChartMeasurer());
  return itemsToSvg(drawChart(chart, { x: 0, y: 0, width, height }, m), width, height);
}
