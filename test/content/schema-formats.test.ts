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
  '{', '|', '}', '\n', 'ſ', '\u212a', 'HTTPS://', 'Www.', '%2f', '%Af', '%aG', 'İ', 'ı',
);
const loose = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
/** Address-shaped: scheme, separator, host, path, query and fragment, each from the pieces above. */
const good = fc.constantFrom(
  'a', 'Z', '0', '9', '-', '.', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':',
  '@', '%2F', '%Af', 'www.', 'example', '.no', ':8080', '1.2.3.4',
);
const part = fc
  .array(fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: piece, weight: 1 }), { maxLength: 4 })
  .map((p) => p.join(''));
const shaped = fc
  .tuple(
    fc.constantFrom('https', 'http', 'HTTP', 'ftp', 'x-y.z', '1a', ''),
    fc.constantFrom('://', ':/', ':', '//', ':///'),
    fc.option(part),
    part,
    fc.array(part, { maxLength: 3 }),
    fc.option(part),
    fc.option(part),
  )
  .map(
    ([scheme, sep, user, host, path, query, fragment]) =>
      `${scheme}${sep}${user === null ? '' : `${user}@`}${host}${path.map((p) => `/${p}`).join('')}` +
      `${query === null ? '' : `?${query}`}${fragment === null ? '' : `#${fragment}`}`,
  );
const address = fc.oneof(loose, shaped);

describe('the uri format', () => {
  it('answers as ajv-formats does, on generated addresses', () => {
    fc.assert(
      fc.property(address, (s) => {
        expect(uri(s)).toBe(full(s));
      }),
      { numRuns: 5000 },
    );
    // The generator makes both kinds: the comparison is not only of refusals.
    const sample = fc.sample(address, 5000);
    expect(sample.filter(full).length).toBeGreaterThan(500);
    expect(sample.filter((s) => !full(s)).length).toBeGreaterThan(500);
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
