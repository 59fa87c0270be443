/**
 * Small helpers that write PDF content-stream operators as text. Numbers are written with at most three
 * decimals, the same way on every machine, so content streams are byte-stable.
 */
import type { Color } from '../../layout/types.js';

/** A number as PDF content-stream text: at most 3 decimals, no trailing zeros, never "-0". */
export function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  // The shortest round-trip form of a multiple of 1/1000 has at most three decimals.
  return r === 0 ? '0' : String(r);
}

export function fillColor(c: Color): string {
  return `${num(c.r)} ${num(c.g)} ${num(c.b)} rg`;
}

export function strokeColor(c: Color): string {
  return `${num(c.r)} ${num(c.g)} ${num(c.b)} RG`;
}

export function dashPattern(dash: number[] | undefined): string {
  return dash && dash.length > 0 ? `[${dash.map(num).join(' ')}] 0 d` : '';
}

/** The painting operator for a closed shape: fill, stroke or both (empty when neither). */
export function paintOp(fill: boolean, stroke: boolean): string {
  return fill && stroke ? 'B' : fill ? 'f' : stroke ? 'S' : 'n';
}

/** A structure role or tag as a valid PDF name (letters and digits only). */
export function pdfName(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9]/g, '');
  return clean.length > 0 ? clean : 'Span';
}
