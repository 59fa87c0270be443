/** Generated document trees for layout tests: long, varied and deterministic. */
import type { Block, DocumentTree, Inline, TableRow } from '../../src/tree/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';

const WORDS = (
  'kommunene i Polarsirkelrådet samarbeider om et lavterskeltilbud for ungdom som står i fare for å ' +
  'utvikle kriminell atferd prosjektet bygger på kontraktsbasert oppfølging over seks måneder med ' +
  'tverrfaglig innsats fra politi barnevern skole og helsetjeneste kunnskapsgrunnlaget viser at tidlig ' +
  'innsats virker forebyggende og gir likeverdige tilbud i hele regionen'
).split(' ');

/** Deterministic pseudo-random numbers (LCG). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function words(n: number, rand: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

export const text = (t: string): Inline => ({ type: 'text', text: t });
export const para = (children: Inline[] | string, line = 1): Block => ({
  type: 'paragraph',
  children: typeof children === 'string' ? [text(children)] : children,
  source: { line },
});

export function budgetTable(rows: number, withTotal = true): Block {
  const body: TableRow[] = [];
  for (let i = 0; i < rows; i++) {
    body.push({
      cells: [
        { children: [text(`Kostnadspost ${i + 1} for tiltak i kommunene`)] },
        { children: [text(`${100 + i}\u00a0000\u00a0kr`)] },
        { children: [text(`${200 + i}\u00a0500\u00a0kr`)] },
      ],
    });
  }
  if (withTotal) {
    body.push({
      total: true,
      cells: [
        { children: [text('Sum')] },
        { children: [text('9\u00a0999\u00a0000\u00a0kr')] },
        { children: [text('8\u00a0888\u00a0000\u00a0kr')] },
      ],
    });
  }
  return {
    type: 'table',
    columns: [{ align: 'left' }, { align: 'right' }, { align: 'right' }],
    header: [
      {
        cells: [{ children: [text('Kostnad')] }, { children: [text('2026')] }, { children: [text('2027')] }],
      },
    ],
    body,
    caption: [text('Tabell 1. Kostnadsplan')],
    source: { line: 1 },
  };
}

/** A long document of `sections` sections, each with headings, paragraphs, a list and sometimes a table. */
export function bigTree(sections: number, seed = 1, draft = false): DocumentTree {
  const rand = rng(seed);
  const children: Block[] = [];
  for (let s = 0; s < sections; s++) {
    children.push({
      type: 'heading',
      level: 1,
      id: `kap${s}`,
      children: [text(`Kapittel ${s + 1}`)],
      source: { line: 1 },
    });
    for (let p = 0; p < 3; p++) children.push(para(words(20 + Math.floor(rand() * 90), rand)));
    children.push({
      type: 'heading',
      level: 2,
      id: `kap${s}-del`,
      children: [text(`Delkapittel ${s + 1}.1`)],
      source: { line: 1 },
    });
    children.push({
      type: 'list',
      ordered: s % 2 === 0,
      start: 1,
      source: { line: 1 },
      items: Array.from({ length: 3 }, () => ({
        children: [para(words(5 + Math.floor(rand() * 25), rand))],
      })),
    });
    children.push(para(words(40 + Math.floor(rand() * 60), rand)));
    if (s % 3 === 0) children.push(budgetTable(4 + Math.floor(rand() * 8)));
    if (s % 4 === 1) {
      children.push({
        type: 'callout',
        kind: 'note',
        source: { line: 1 },
        children: [para(words(30, rand))],
      });
    }
  }
  const base = sampleTree({ draft });
  return { ...base, children };
}
