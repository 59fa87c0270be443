import type { Block, DocumentTree } from '../../src/tree/types.js';
import { sampleTree } from '../fixtures/sample-tree.js';

/**
 * A generated document of roughly `pages` A4 pages: per page a heading, three paragraphs, a list and
 * (every other page) a budget table. Used for the text-order test and the speed benchmark.
 */
export function generatedTree(pages: number, meta: Partial<DocumentTree['meta']> = {}): DocumentTree {
  const base = sampleTree({ id: `generert-${pages}`, title: `Generert dokument på ${pages} sider`, ...meta });
  const children: Block[] = [];
  const words =
    'Prosjektet skal styrke det tverrfaglige samarbeidet mellom kommunene i regionen, ' +
    'med tidlig innsats for ungdom og likeverdige tilbud uansett bosted. ';
  for (let page = 1; page <= pages; page++) {
    const line = page * 10;
    children.push({
      type: 'heading',
      level: page % 5 === 1 ? 1 : 2,
      id: `kapittel-${page}`,
      children: [{ type: 'text', text: `Kapittel ${page}: mål og tiltak` }],
      source: { line },
    });
    for (let p = 0; p < 3; p++) {
      children.push({
        type: 'paragraph',
        source: { line: line + 1 + p },
        children: [
          { type: 'text', text: words.repeat(4) },
          { type: 'strong', children: [{ type: 'text', text: `Delmål ${page}.${p + 1}` }] },
          { type: 'text', text: ' er beskrevet i ' },
          {
            type: 'link',
            href: `#kapittel-${Math.max(1, page - 1)}`,
            children: [{ type: 'text', text: 'forrige kapittel' }],
          },
          { type: 'text', text: '. Ansvarlig: ' },
          { type: 'unresolved', text: 'Ikke avklart' },
          { type: 'text', text: '.' },
        ],
      });
    }
    children.push({
      type: 'list',
      ordered: page % 2 === 0,
      start: 1,
      source: { line: line + 4 },
      items: ['Kartlegging', 'Oppfølging', 'Evaluering'].map((text, i) => ({
        children: [{ type: 'paragraph', source: { line: line + 4 + i }, children: [{ type: 'text', text }] }],
      })),
    });
    if (page % 2 === 1) {
      children.push({
        type: 'table',
        source: { line: line + 8 },
        columns: [{ align: 'left' }, { align: 'right' }, { align: 'right' }],
        header: [
          {
            cells: ['Post', '2026', '2027'].map((text) => ({ children: [{ type: 'text' as const, text }] })),
          },
        ],
        body: [
          ...['Lønn', 'Reise', 'Lokaler', 'Materiell'].map((post, i) => ({
            cells: [post, `${(i + 1) * 125} 000 kr`, `${(i + 2) * 110} 000 kr`].map((text) => ({
              children: [{ type: 'text' as const, text }],
            })),
          })),
          {
            total: true,
            cells: ['Sum', '1 250 000 kr', '1 540 000 kr'].map((text) => ({
              children: [{ type: 'text' as const, text }],
            })),
          },
        ],
        caption: [{ type: 'text', text: `Tabell ${page}. Kostnader` }],
      });
    }
  }
  return { ...base, children };
}
