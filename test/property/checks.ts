/**
 * What every built document must satisfy, whatever the content: no empty heading, no «null»,
 * «undefined», «NaN» or «[object Object]», no text of the sample projects (for generated projects), and
 * every «Sum» row of a table equal to the sum of the rows above it.
 */
import type { Block, DocumentTree, Table } from '../../src/tree/types.js';
import { inlineText, placeCells, tableColumnCount } from '../../src/tree/types.js';
import { treeTexts } from '../pdf/tree-text.js';

export const FORBIDDEN = /\bnull\b|\bundefined\b|\bNaN\b|\[object Object\]/;
/** Words from the sample projects that no generated project contains. */
export const OTHER_PROJECTS =
  /Felles Ansvar|Polarsirkel|Rana|Hemnes|SLT|politi|Salten|Nordland|Helgeland|Brønnøy|Fritid for alle|kystlag|Mo i Rana/;

/** Headings followed by nothing, or directly by a heading of the same or a higher level. */
export function emptyHeadings(blocks: Block[]): string[] {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (b.type !== 'heading') return;
    const next = blocks[i + 1];
    if (!next || (next.type === 'heading' && next.level <= b.level)) out.push(inlineText(b.children));
  });
  return out;
}

/** «1 200 000 kr» or «1–2 kr» as [low, high]; null for a cell without an amount. */
function amount(cell: string): [number, number] | null {
  const m = /^([\d\s]+)(?:–([\d\s]+))? kr$/.exec(cell.replace(/\u00a0/g, ' ').trim());
  if (!m) return null;
  const n = (s: string) => Number(s.replace(/\s/g, ''));
  return [n(m[1]!), n(m[2] ?? m[1]!)];
}

/** Columns of a table whose «Sum» row does not equal the sum of the amounts above it. */
export function badSums(table: Table): string[] {
  // Text per column: a sum row's label spans the empty cells after it, the amounts stay in their columns.
  const columns = tableColumnCount(table);
  const text = (r: Table['body'][number]) => {
    const out = new Array<string>(columns).fill('');
    for (const p of placeCells(r, columns)) out[p.column] = inlineText(p.cell.children);
    return out;
  };
  const rows = table.body.map(text);
  const sumAt = rows.findIndex((r) => r[0] === 'Sum');
  if (sumAt < 0) return [];
  // Subtotal rows («Sum kontant», «Sum naturalia») are left out of the grand total.
  const subtotal = (r: string[]) => /^Sum\s/.test(r[0] ?? '');
  const bad: string[] = [];
  rows[sumAt]!.forEach((cell, col) => {
    const total = amount(cell);
    if (!total) return;
    const parts = rows
      .slice(0, sumAt)
      .filter((r) => !subtotal(r))
      .map((r) => amount(r[col] ?? ''));
    if (parts.some((p) => p === null)) return; // an open value makes the sum open too
    const low = parts.reduce((a, p) => a + p![0], 0);
    const high = parts.reduce((a, p) => a + p![1], 0);
    if (low !== total[0] || high !== total[1])
      bad.push(`${table.caption ? inlineText(table.caption) : '?'}: ${cell}`);
  });
  return bad;
}

/** The match of `re` in `text` with some context, or null. */
export function around(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  return m ? text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20) : null;
}

export function problems(tree: DocumentTree, markdown: string): Record<string, unknown> {
  const text = treeTexts(tree).join('\n');
  const tables = tree.children.filter((b): b is Table => b.type === 'table');
  return {
    emptyHeadings: emptyHeadings(tree.children),
    forbidden: around(FORBIDDEN, `${markdown}\n${text}`),
    otherProject: around(OTHER_PROJECTS, text),
    badSums: tables.flatMap(badSums),
  };
}
