/**
 * The alternative text of each table in the Word file (its title and description, as Word's «Alt Text»
 * pane shows them): the caption, or the column headings when there is none, and what the table holds.
 */
import { inlineText, type Block } from '../../tree/types.js';
import { allBlocks } from '../../tree/walk.js';

export function tableAltTexts(blocks: Block[]): { caption: string; description: string }[] {
  return [...allBlocks(blocks)].flatMap((b) => {
    if (b.type !== 'table') return [];
    const columns = (b.header[0]?.cells ?? []).map((c) => inlineText(c.children).trim()).filter(Boolean);
    const caption = b.caption?.length ? inlineText(b.caption).trim() : columns.join(', ') || 'Tabell';
    const rows = b.body.length;
    const description =
      `Tabell med ${rows} ${rows === 1 ? 'rad' : 'rader'}` +
      (columns.length ? ` og kolonnene ${columns.join(', ')}.` : '.');
    return [{ caption, description }];
  });
}
