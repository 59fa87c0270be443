import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layout-document.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { Block } from '../../src/tree/types.js';
import { colors } from '../../src/layout/style.js';
import { fakeMeasurer } from './fake-measurer.js';
import { isText, textWidth } from './inspect.js';

const signature = (name: string, place = 'Mo i Rana'): Block => ({
  type: 'signature',
  place,
  date: '16. september 2025',
  signers: [
    { name, role: 'Sekretariatsleder', organisation: 'Polarsirkelrådet' },
    { name: 'Ola Nordmann', role: 'Leder' },
  ],
  source: { line: 1 },
});

/** Every text item of the layout lies inside its page. */
function offPage(children: Block[]): string[] {
  const r = layoutDocument({ ...sampleTree({ draft: false }), children }, fakeMeasurer);
  return r.pages.flatMap((p, i) =>
    p.items
      .filter(isText)
      .filter((t) => !t.rotate)
      .filter((t) => t.x < 0 || t.x + textWidth(t) > p.width || t.y < 0 || t.y > p.height)
      .map((t) => `side ${i + 1}: ${t.text.slice(0, 20)} @ ${Math.round(t.y)}`),
  );
}

/** A 20 000-character name or place made the signature block (one box) run off the bottom of the page. */
describe('signature block taller than a page', () => {
  it('a very long signer name breaks across pages, inside them', () => {
    expect(offPage([signature('x'.repeat(20_000))])).toEqual([]);
  });

  it('a very long place breaks across pages, inside them', () => {
    expect(offPage([signature('Kari Nordmann', 'y'.repeat(20_000))])).toEqual([]);
  });

  it('a normal signature keeps each signer’s lines together, in reading order', () => {
    const r = layoutDocument(
      { ...sampleTree({ draft: false }), children: [signature('Kari Nordmann')] },
      fakeMeasurer,
    );
    const texts = r.pages.flatMap((p) => p.items.filter(isText).map((t) => t.text));
    const order = ['Kari Nordmann', 'Sekretariatsleder', 'Polarsirkelrådet', 'Ola Nordmann', 'Leder'];
    const at = order.map((s) => texts.lastIndexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('a signer not decided yet', () => {
  it('is marked as an open value (tinted, bold italic), the decided signer is not', () => {
    const r = layoutDocument(
      { ...sampleTree({ draft: true }), children: [signature('Ikke avklart')] },
      fakeMeasurer,
    );
    const items = r.pages.flatMap((p) => p.items);
    const open = items.filter(isText).find((t) => t.text === 'Ikke avklart')!;
    expect(open.font).toBe('boldItalic');
    const tints = items.filter((i) => i.type === 'rect' && i.fill === colors.unresolvedFill);
    expect(tints).toHaveLength(1);
    expect(items.filter(isText).find((t) => t.text === 'Ola Nordmann')!.font).toBe('bold');
  });
});
