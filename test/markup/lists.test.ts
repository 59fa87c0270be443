import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { inlineText, type Block } from '../../src/tree/types.js';

/** Each list as the texts of its items (and its start number). */
function lists(md: string): { start: number; items: string[] }[] {
  return parseMarkup(md).children.flatMap((b: Block) =>
    b.type === 'list'
      ? [
          {
            start: b.start,
            items: b.items.map((i) =>
              i.children.map((c) => (c.type === 'paragraph' ? inlineText(c.children) : '')).join(),
            ),
          },
        ]
      : [],
  );
}

describe('separate Markdown lists', () => {
  it('two lists apart by a blank line stay two lists (references, then attachments)', () => {
    expect(lists('- a\n- b\n- c\n\n- d\n- e\n')).toEqual([
      { start: 1, items: ['a', 'b', 'c'] },
      { start: 1, items: ['d', 'e'] },
    ]);
  });

  it('an ordered list split by a blank line goes on counting', () => {
    expect(lists('1. a\n2. b\n\n3. c\n')).toEqual([
      { start: 1, items: ['a', 'b'] },
      { start: 3, items: ['c'] },
    ]);
  });

  it('a list whose items are all apart, or all together, stays one list', () => {
    expect(lists('- a\n\n- b\n\n- c\n')).toEqual([{ start: 1, items: ['a', 'b', 'c'] }]);
    expect(lists('- a\n- b\n')).toEqual([{ start: 1, items: ['a', 'b'] }]);
    // A second paragraph inside an item is not a gap between items.
    expect(lists('- a\n\n  mer\n- b\n')).toHaveLength(1);
  });
});
