import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../src/cli/build-bundle.js';

/**
 * build-bundle.ts escapes the non-ASCII characters esbuild leaves in regular-expression literals. The
 * escaped source must mean the same: here each snippet is run before and after escaping.
 */
const run = (source: string): unknown => new Function(`return (${source});`)() as unknown;
const escaped = (source: string): string => Buffer.from(asciiOnly(source)).toString('latin1');

describe('asciiOnly', () => {
  it('gives ASCII bytes only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(Buffer.from(asciiOnly(s)).every((b) => b <= 0x7f)).toBe(true);
      }),
    );
  });

  it('keeps the meaning of regular expressions with Norwegian letters, signs and emoji', () => {
    const tests: [string, string[]][] = [
      ['/^(personal|lønn)/i', ['lønn', 'LØNN', 'lonn']],
      ['/[æøåáŋčđšŧž]/g', ['ø', 'x', 'Ŧ']],
      ['/^\\[!([A-ZÆØÅ]+)\\]/', ['[!ÆRE]', '[!ære]']],
      ['/[\\s(:,–-]+$/u', ['a –', 'a -', 'a']],
      ['/(?:kr|§) $/i', ['kr ', '§ ', 'x ']],
      ['/😀+/u', ['😀😀', '\ud83d']],
      ['/[😀]/', ['\ud83d', 'a']],
      ['/\\é/', ['é', '\\é']],
      ['/\\\\é/', ['\\é', 'é']],
    ];
    for (const [literal, inputs] of tests) {
      const before = run(literal) as RegExp;
      const after = run(escaped(literal)) as RegExp;
      expect(escaped(literal)).toMatch(/^[\x00-\x7f]*$/);
      for (const input of inputs)
        expect(after.test(input), `${literal} on ${input}`).toBe(before.test(input));
    }
  });

  it('keeps strings as they are', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const literal = JSON.stringify(s);
        expect(run(escaped(literal))).toBe(s);
      }),
    );
  });
});
