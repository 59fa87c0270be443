/**
 * A longer document tree with the shape of a grant application (sections of prose, lists, a budget
 * table, charts, signature), built from the sample tree and Norwegian sentences of the sample project.
 */
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block, DocumentTree, Inline, TableRow } from '../../src/tree/types.js';

const SENTENCES = [
  'Felles Ansvar er et gratis lavterskeltilbud for ungdom fra 12 år.',
  'Det består av kontraktsbasert oppfølging over 6 måneder, tverrfaglig samarbeid og koordinert innsats rettet mot ungdom i risikosonen.',
  'Erfaring fra Salten viser at modellen gir rask hjelp uten ventetid, og styrker samarbeidet mellom etatene.',
  'Tiltaket skal rulles ut trinnvis i hele fylket, og kommunene inviteres til å delta med lokal tilpasning.',
  'Det legges vekt på samarbeid på tvers av kommunegrensene, slik at flere kommuner kan dele fagressurser og organisering.',
  'Prosjektet løfter forebyggende innsats for barn og unge gjennom tidlig innsats og likeverdige tjenester i hele regionen.',
  'Polarsirkelrådet koordinerer arbeidet sammen med politiet i Rana, Statsforvalteren i Nordland og Nordland fylkeskommune.',
  'Stedsnavnene Porsáŋgu og Divtasvuotna skrives med samiske bokstaver som čđŋšŧž.',
];

function para(i: number, sentences: number): Block {
  const text = Array.from({ length: sentences }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
  const children: Inline[] = [{ type: 'text', text }];
  if (i % 3 === 0)
    children.push(
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'Viktig.' }] },
    );
  return { type: 'paragraph', source: { line: i }, children };
}

function row(label: string, a: string, b: string, total = false): TableRow {
  return { total, cells: [label, a, b].map((t) => ({ children: [{ type: 'text', text: t } as Inline] })) };
}

/** About `sections` sections of prose; 5 sections fill about five A4 pages. */
export function longTree(sections: number): DocumentTree {
  const sample = sampleTree();
  const extra = sample.children.filter((b) => b.type === 'chart' || b.type === 'list');
  const children: Block[] = [];
  for (let s = 0; s < sections; s++) {
    children.push({
      type: 'heading',
      level: s === 0 ? 1 : 2,
      id: `del-${s}`,
      children: [{ type: 'text', text: `Del ${s + 1}: Mål og gjennomføring` }],
      source: { line: s * 10 },
    });
    for (let p = 0; p < 4; p++) children.push(para(s * 4 + p, 4 + (p % 3)));
    children.push(...extra.filter((b) => b.type === 'list'));
    if (s === 1) {
      children.push({
        type: 'table',
        source: { line: 99 },
        columns: [{ align: 'left' }, { align: 'right' }, { align: 'right' }],
        header: [row('Kostnad', '2026', '2027')],
        body: [
          ...Array.from({ length: 14 }, (_, i) =>
            row(`Budsjettpost ${i + 1}`, `${i + 1}\u00a0000\u00a0000 kr`, `${i + 2}\u00a0500\u00a0000 kr`),
          ),
          row('Sum', '105\u00a0000\u00a0000 kr', '140\u00a0000\u00a0000 kr', true),
        ],
      });
    }
    if (s === 2) children.push(...extra.filter((b) => b.type === 'chart'));
  }
  children.push(...sample.children.filter((b) => b.type === 'signature'));
  return { ...sample, children };
}
