/**
 * What a reader copies out of the PDF: for every document of every project under content/, the words
 * that poppler's `pdftotext` (plain and `-layout`) and `pdfinfo -struct-text` read equal the words of
 * the document tree. No watermark letters, no word broken by a line-break hyphen, no two words glued
 * together at a line end or between a label and its value.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { DocumentTree } from '../../src/tree/types.js';
import { allProjectPdfs } from './sample-docs.js';
import { hasTool, run } from './tools.js';
import { contentsTexts, treeTexts, withoutFurniture } from './tree-text.js';
import type { PageMap } from '../../src/layout/page-map.js';
import { parseStructText, type StructTextNode } from './struct-text.js';

interface Built {
  name: string;
  tree: DocumentTree;
  pages: PageMap;
  file: string;
}

const built: Built[] = [];
const tools = hasTool('pdftotext') && hasTool('pdfinfo');

beforeAll(async () => {
  if (!tools) return;
  for (const { name, tree, pages, file } of await allProjectPdfs()) built.push({ name, tree, pages, file });
}, 120_000);

/** Words separated by white space; a soft hyphen at a line end joins the two halves of a word. */
function words(text: string): string[] {
  return text
    .replace(/\u00ad\s*/g, '')
    .split(/[\s\u00a0\u202f]+/)
    .filter((w) => w !== '');
}

/** The words of the title block as the tree's meta data gives them. */
function titleWords(tree: DocumentTree): string[] {
  const m = tree.meta;
  const facts: [string, string | undefined][] = [
    ['Prosjekt', m.project],
    ['Mottaker', m.recipient],
    ['Søker', m.applicant],
    ['Dato', m.date],
    ['Versjon', m.version],
  ];
  return words(
    [m.documentType.toUpperCase(), m.title, ...facts.filter(([, v]) => v).map(([l, v]) => `${l} ${v}`)].join(
      ' ',
    ),
  );
}

function treeWords(tree: DocumentTree): string[] {
  return words(treeTexts(tree).join(' '));
}

/** The words of the table of contents (where the layout made one): heading, then titles and page numbers. */
function contentsWords(b: Built): string[] {
  return words(contentsTexts(b.tree, b.pages).join(' '));
}

/** Text of the structure tree, without list labels (generated) and figures (read from their Alt). */
function structWords(node: StructTextNode, skip: (n: StructTextNode) => boolean): string[] {
  if (skip(node)) return [];
  return node.content.flatMap((c) => (typeof c === 'string' ? words(c) : structWords(c, skip)));
}

function figureWords(node: StructTextNode): string[] {
  if (node.role === 'Figure') return structWords(node, () => false);
  return node.children.flatMap(figureWords);
}

/** Runs of white space (no-break spaces too) as one space, trimmed. */
function spaced(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Counts of each word. */
function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Words of `expected` that `found` has fewer of than `expected`. */
function missing(expected: string[], found: string[]): string[] {
  const have = counts(found);
  return [...counts(expected)].filter(([w, n]) => (have.get(w) ?? 0) < n).map(([w]) => w);
}

function structTree(file: string): StructTextNode {
  const out = run('pdfinfo', ['-struct-text', file]);
  expect(out.code).toBe(0);
  return parseStructText(out.out);
}

describe.runIf(tools)('words a reader copies out of the PDF', () => {
  test('pdfinfo -struct-text reads exactly the tree’s words, in order', () => {
    expect(built.length).toBeGreaterThan(0);
    for (const b of built) {
      const doc = structTree(b.file);
      const [titleBlock, ...body] = doc.children;
      expect({ name: b.name, words: structWords(titleBlock!, () => false) }).toEqual({
        name: b.name,
        words: titleWords(b.tree),
      });
      const skip = (n: StructTextNode): boolean => n.role === 'Lbl' || n.role === 'Figure';
      expect({ name: b.name, words: body.flatMap((n) => structWords(n, skip)) }).toEqual({
        name: b.name,
        words: [...contentsWords(b), ...treeWords(b.tree)],
      });
    }
  });

  for (const mode of ['plain', '-layout'] as const) {
    test(`pdftotext ${mode}: every tree word is there, and nothing else but labels, chart text and furniture`, () => {
      for (const b of built) {
        const args = mode === 'plain' ? [b.file, '-'] : ['-layout', b.file, '-'];
        const out = run('pdftotext', args);
        expect(out.code).toBe(0);
        const { date, version, shortTitle } = b.tree.meta;
        const footer = [date, version].filter(Boolean).join(' · ');
        // The footer line («date · version») is furniture. A footer of the date alone is furniture only
        // beside «Side N av M»: the same date may also stand alone on a line of the body (a table cell).
        const raw = out.out.replace(/\f/g, '\n').split('\n');
        const side = (l: string | undefined) => /^\s*Side \d+ av \d+\s*$/.test(l ?? '');
        const near = (i: number) =>
          side(raw.slice(i + 1).find((l) => l.trim() !== '')) ||
          side(
            raw
              .slice(0, i)
              .reverse()
              .find((l) => l.trim() !== ''),
          );
        const text = withoutFurniture(
          raw
            .filter((l, i) => !(spaced(l) === spaced(footer) && (footer.includes('·') || near(i))))
            .join('\n'),
          shortTitle,
        );
        const expected = [...titleWords(b.tree), ...contentsWords(b), ...treeWords(b.tree)];
        const vocabulary = new Set([...expected, ...figureWords(structTree(b.file))]);
        // pdftotext's word spacing glues a lone digit to the «%» after it («8%») although the gap is the
        // same no-break space as in «31 %» (pdftotext -bbox and the structure text keep them apart), so
        // «8%» is read as «8 %» here. Any other glued word still fails.
        const words = text.split(/[\s\u00a0\u202f]+/).flatMap((w) => (/^\d%$/.test(w) ? [w[0]!, '%'] : [w]));
        // Plain pdftotext also drops the hyphen of a compound broken at a line end («Sør-» + «Helgeland»
        // becomes «SørHelgeland»), as it would a hyphenation: such a word counts as the compound.
        const dehyphenated = new Map(
          [...vocabulary].filter((w) => /\p{L}-\p{L}/u.test(w)).map((w) => [w.replace(/-/g, ''), w]),
        );
        const found = joinSoftHyphens(words.filter(Boolean), vocabulary).map((w) =>
          vocabulary.has(w) ? w : (dehyphenated.get(w) ?? w),
        );
        const label = (w: string): boolean => /^(\d+\.|•|–)$/.test(w);
        expect({ name: b.name, missing: missing(expected, found) }).toEqual({ name: b.name, missing: [] });
        expect({ name: b.name, strange: found.filter((w) => !vocabulary.has(w) && !label(w)) }).toEqual({
          name: b.name,
          strange: [],
        });
        expect(found).not.toContain('UTKAST');
      }
    });
  }
});

/**
 * Joins each word part that ends in a soft hyphen with the part that continues it. pdftotext puts the
 * lines of side-by-side table cells one after another, so the continuation is the nearest following part
 * that makes a known word with it, not always the next one. A part with no continuation keeps its soft
 * hyphen (and then counts as a strange word).
 */
function joinSoftHyphens(parts: string[], vocabulary: Set<string>): string[] {
  const used = new Set<number>();
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (used.has(i)) return;
    // A line may also end after the dash of an amount range («2 500 000–» / «3 000 000 kr»): the dash stays.
    const soft = part.endsWith('\u00ad');
    // A line may end at the hyphen of a compound («Sør-» / «Helgeland»): the hyphen stays.
    if (!soft && !(part.length > 1 && /[–-]$/.test(part))) return void out.push(part);
    const head = soft ? part.slice(0, -1) : part;
    for (let j = i + 1; j < Math.min(parts.length, i + 60); j++) {
      if (!used.has(j) && vocabulary.has(head + parts[j])) {
        used.add(j);
        return void out.push(head + parts[j]);
      }
    }
    out.push(part);
  });
  return out;
}
