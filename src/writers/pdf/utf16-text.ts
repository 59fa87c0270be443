import { PDFHexString } from '@cantoo/pdf-lib';

/**
 * A PDF text string in UTF-16BE with a byte-order mark, as hex: the same string as pdf-lib's
 * `PDFHexString.fromText` (test/pdf/utf16-text.test.ts compares them, lone surrogates included), made
 * with Node's encoder instead of one `toString(16)`, `padStart` and `toUpperCase` per code unit, which
 * took ~8 ms of a cold build for the link descriptions alone.
 */
export function utf16Text(text: string): PDFHexString {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return PDFHexString.of('FEFF' + bytes.toString('hex').toUpperCase());
}
