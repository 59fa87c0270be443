import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uri } from '../../src/content/schema-formats.js';

const full = fullFormats.uri as (s: string) => boolean;

/** Characters that matter to the URI grammar, and some that are never allowed. */
const piece = fc.constantFrom(
  'https://', 'http://', 'ftp:', 'mailto:', '//', '/', '?', '#', '@', ':', '%', '%2F', '%zz', '[', ']',
  '::1', 'v1.a', '1.2.3.4', '255.256.0.1', 'www.', 'example', '.no', ':8080', 'a', 'Z', '0', '-', '_',
  '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ' ', '"', '<', '>', 'æ', '\\', '^', '`',
  '{', '|', '}', '\n',
);
const address = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('the uri format', () => {
  it('answers as ajv-formats does, on generated addresses', () => {
    fc.assert(
      fc.property(address, (s) => {
        expect(uri(s)).toBe(full(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('answers as ajv-formats does on typical and broken addresses', () => {
    for (const s of [
      'https://www.politiet.no/globalassets/nyheter/rapport_.pdf',
      'https://example.com/a?b=c#d',
      'http://1.2.3.4:80/x',
      'https://[::1]:8080/x',
      'https://[v1.abc]/',
      'https://[::1/',
      'https://a b',
      'https://x.no/%zz',
      'https://user:pw@host/p',
      'example.com',
      '',
    ]) {
      expect(uri(s), s).toBe(full(s));
    }
    expect(uri('https://www.politiet.no/a.pdf')).toBe(true);
    expect(uri('https://a b')).toBe(false);
  });
});
