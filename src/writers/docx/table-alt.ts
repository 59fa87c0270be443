/**
 * The alternative text of a table in the Word file (its title and description, as Word's «Alt Text»
 * pane shows them): the caption, or the column headings when there is none, and what the table holds.
 */
import { inlineText, type Table } from '../../tree/types.js';

export interface TableAltText {
  caption: string;
  description: string;
}

export function tableAltText(table: Table): TableAltText {
  const columns = (table.header[0]?.cells ?? []).map((c) => inlineText(c.children).trim()).filter(Boolean);
  const caption = table.caption?.length ? inlineText(table.caption).trim() : columns.join(', ') || 'Tabell';
  const rows = table.body.length;
  const description =
    `Tabell med ${rows} ${rows === 1 ? 'rad' : 'rader'}` +
    (columns.length ? ` og kolonnene ${columns.join(', ')}.` : '.');
  return { caption, description };
}
