import { PDFHexString } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf16Text } from '../../src/writers/pdf/utf16-text.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('PDF text strings in UTF-16', () => {
  it('are the strings pdf-lib’s PDFHexString.fromText writes: any text, lone surrogates included', () => {
    const codeUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 })
      .map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), codeUnits), (text) => {
        expect(utf16Text(text).toString()).toBe(PDFHexString.fromText(text).toString());
      }),
      { numRuns: 2000 },
    );
    for (const text of ['', 'Søknad – «Felles Ansvar»', '😀 \ud800 x \udfff', 'Ŋ á č đ ŧ']) {
      expect(utf16Text(text).toString()).toBe(PDFHexString.fromText(text).toString());
      // Well-formed text reads back as it was.
      if (!LONE_SURROGATE.test(text)) expect(utf16Text(text).decodeText()).toBe(text);
    }
  });
});
