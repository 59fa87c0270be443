/** Helpers that read a LayoutResult back for assertions. */
import { defaultPageSetup } from '../../src/layout/layout-document.js';
import { expect } from 'vitest';
import type { Item, LayoutResult, TextItem } from '../../src/layout/types.js';
import { fakeMeasurer } from './fake-measurer.js';

export const setup = defaultPageSetup;
export const body = {
  left: setup.margin.left,
  right: setup.width - setup.margin.right,
  top: setup.margin.top,
  bottom: setup.height - setup.margin.bottom,
};

export const isText = (it: Item): it is TextItem => it.type === 'text';
export const structOf = (it: Item): string | undefined =>
  it.tag && 'struct' in it.tag ? it.tag.struct : undefined;
export const roleOf = (it: Item): string | undefined =>
  it.tag && 'role' in it.tag ? it.tag.role : undefined;
export const isArtifact = (it: Item): boolean => !!it.tag && 'artifact' in it.tag && it.tag.artifact === true;

export const textWidth = (t: TextItem): number => fakeMeasurer.width(t.text, t.font, t.size);

/** Content text items (not furniture) per page, in drawing order. */
export function contentTexts(r: LayoutResult): TextItem[][] {
  return r.pages.map((p) => p.items.filter(isText).filter((t) => !isArtifact(t)));
}

/** Lines of a structure element: text items grouped by page and baseline, in order. */
export function linesOf(r: LayoutResult, key: string): { page: number; y: number; text: string }[] {
  const lines: { page: number; y: number; text: string }[] = [];
  r.pages.forEach((p, page) => {
    for (const t of p.items.filter(isText)) {
      const s = structOf(t);
      if (s !== key && !s?.startsWith(key + '/')) continue;
      const last = lines[lines.length - 1];
      if (last && last.page === page && Math.abs(last.y - t.y) < 0.01) last.text += t.text;
      else lines.push({ page, y: t.y, text: t.text });
    }
  });
  return lines;
}

/** Bounds of an item (x0, y0, x1, y1); text from baseline with the fake measurer's ascent/descent. */
export function bounds(it: Item): [number, number, number, number] {
  switch (it.type) {
    case 'text':
      return [it.x, it.y - it.size * 0.8, it.x + textWidth(it), it.y + it.size * 0.2];
    case 'line':
      return [Math.min(it.x1, it.x2), Math.min(it.y1, it.y2), Math.max(it.x1, it.x2), Math.max(it.y1, it.y2)];
    case 'polygon': {
      const xs = it.points.map((p) => p.x);
      const ys = it.points.map((p) => p.y);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }
    default:
      return [it.x, it.y, it.x + it.width, it.y + it.height];
  }
}

/**
 * Checks a joined line sequence against the original text: lines must follow each other in the text,
 * separated by spaces, or split inside a word either with a drawn hyphen (hyphenation) or without
 * (after an explicit hyphen or a break between characters of a long word). Returns the problems.
 */
export function checkLines(original: string, lines: string[]): string[] {
  const problems: string[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    while (original[at] === ' ' || original[at] === '\n') at++;
    if (original.startsWith(line, at)) {
      at += line.length;
    } else if (line.endsWith('-') && original.startsWith(line.slice(0, -1), at)) {
      at += line.length - 1;
      const before = original.slice(Math.max(0, at - 2), at);
      const after = original.slice(at, at + 3);
      if (!/^\p{L}{2}$/u.test(before) || !/^\p{L}{3}$/u.test(after)) {
        problems.push(`line ${i}: hyphen between «${before}» and «${after}»`);
      }
    } else {
      problems.push(
        `line ${i}: «${line}» does not continue the text at ${at}: «${original.slice(at, at + 30)}»`,
      );
    }
  });
  if (original.slice(at).trim() !== '') problems.push(`text left over: «${original.slice(at)}»`);
  return problems;
}

/** Every item except the running header, footer and watermark lies inside the margins. */
export function expectInsideMargins(r: LayoutResult): void {
  r.pages.forEach((p, page) => {
    for (const it of p.items) {
      if (it.type === 'text' && it.rotate) continue; // watermark
      const [x0, y0, x1, y1] = bounds(it);
      const where = `page ${page}: ${JSON.stringify(it).slice(0, 120)}`;
      expect(x0, where).toBeGreaterThanOrEqual(body.left - 1.6); // «Ikke avklart» tint reaches 1.5 pt out
      expect(x1, where).toBeLessThanOrEqual(body.right + 1.6);
      const furniture = isArtifact(it) && (y1 < body.top || y0 > body.bottom);
      if (furniture) continue;
      expect(y0, where).toBeGreaterThanOrEqual(body.top - 0.01);
      expect(y1, where).toBeLessThanOrEqual(body.bottom + 0.01);
    }
  });
}
