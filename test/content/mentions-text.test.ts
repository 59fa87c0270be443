import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionsText } from '../../src/content/rules/templates.js';

/** The rule «text/unused» once compiled this expression per text; mentionsText must answer the same. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byRegex = (text: string, key: string) =>
  new RegExp(`tekster\\.${escapeRe(key)}(?![\\p{L}\\p{N}_])`, 'u').test(text);

describe('mentionsText', () => {
  it('answers as the expression tekster\\.<key>(?![\\p{L}\\p{N}_]) does', () => {
    const key = fc.constantFrom('mål', 'utrulling', 'a.b', 'x_1', 'ø', 'tekst(1)', '');
    const bit = fc.constantFrom(
      'tekster.', 'mål', 'utrulling', 'a.b', 'x_1', 'ø', 'tekst(1)', ' ', '}}', '_', '1', 'é', '𝐀', '\ud835',
      '.', '-', 'tekster.mål', 'tekster.målet', '{{tekster.utrulling}}',
    );
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 8 }), key, (bits, k) => {
        const text = bits.join('');
        expect(mentionsText(text, k)).toBe(byRegex(text, k));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a later whole mention after a longer name', () => {
    expect(mentionsText('{{tekster.målet}} og {{tekster.mål}}', 'mål')).toBe(true);
    expect(mentionsText('{{tekster.målet}}', 'mål')).toBe(false);
    expect(mentionsText('tekster.mål𝐀', 'mål')).toBe(false);
    expect(mentionsText('tekster.mål', 'mål')).toBe(true);
  });
});
