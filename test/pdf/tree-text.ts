/**
 * The text a reader should find in a document tree, block by block in reading order, for comparing with
 * text extracted from the PDF.
 */
import {
  assertNever,
  inlineText,
  type Block,
  type DocumentTree,
  type Heading,
} from '../../src/tree/types.js';
import type { PageMap } from '../../src/layout/page-map.js';

/** Texts of the blocks (table cells, list items, signature lines one by one), in document order. */
export function treeTexts(tree: DocumentTree): string[] {
  const out: string[] = [];
  const visit = (b: Block): void => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(inlineText(b.children));
        return;
      case 'list':
        b.items.forEach((item) => item.children.forEach(visit));
        return;
      case 'table':
        if (b.caption) out.push(inlineText(b.caption));
        for (const row of [...b.header, ...b.body])
          for (const c of row.cells) out.push(inlineText(c.children));
        return;
      case 'image':
        if (b.caption) out.push(inlineText(b.caption));
        return;
      case 'section':
      case 'callout':
        b.children.forEach(visit);
        return;
      case 'chart':
        out.push(b.title);
        return;
      case 'signature':
        out.push(`${b.place}, ${b.date}`);
        for (const s of b.signers) out.push(s.name, s.role ?? '', s.organisation ?? '');
        return;
      case 'pageBreak':
        return;
      default:
        return assertNever(b);
    }
  };
  tree.children.forEach(visit);
  return out.filter((t) => t.trim() !== '');
}

/**
 * Text reduced for comparison across line breaks: no whitespace and no hyphens (so a hyphen the layout
 * added where it broke a word does not matter).
 */
export function comparable(s: string): string {
  return s.replace(/[\s\u00a0\u202f\u00ad-]+/g, '');
}

/**
 * Checks that every expected text occurs in `extracted`, in order. Returns the texts that were not found
 * after the previous one (empty when all is well).
 */
export function missingInOrder(expected: string[], extracted: string): string[] {
  const hay = comparable(extracted);
  const missing: string[] = [];
  let at = 0;
  for (const t of expected) {
    const needle = comparable(t);
    const i = hay.indexOf(needle, at);
    if (i < 0) missing.push(t);
    else at = i + needle.length;
  }
  return missing;
}

/** Page text without the running header, the footer («… Side X av Y») and the watermark. */
export function withoutFurniture(pageText: string, shortTitle: string): string {
  return pageText
    .split('\n')
    .filter((l) => l.trim() !== shortTitle && l.trim() !== 'UTKAST' && !/Side \d+ av \d+\s*$/.test(l))
    .join('\n');
}

/** The headings a table of contents lists: those with text, in document order (as Word lists them). */
export function contentsHeadings(tree: DocumentTree): Heading[] {
  const out: Heading[] = [];
  const visit = (b: Block): void => {
    if (b.type === 'heading') {
      if (inlineText(b.children).trim() !== '') out.push(b);
    } else if (b.type === 'list') b.items.forEach((item) => item.children.forEach(visit));
    else if (b.type === 'section' || b.type === 'callout') b.children.forEach(visit);
  };
  tree.children.forEach(visit);
  return out;
}

/**
 * The texts of a PDF's table of contents, where its layout has one: «Innhold», then each entry's title
 * and page number (one text each, in reading order).
 */
export function contentsTexts(tree: DocumentTree, pages: PageMap): string[] {
  if (!pages.contents) return [];
  return [
    'Innhold',
    ...contentsHeadings(tree).flatMap((h) => [
      inlineText(h.children).replace(/\s+/g, ' ').trim(),
      String(pages.headings[h.id]),
    ]),
  ];
}
