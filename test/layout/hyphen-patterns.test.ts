import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  markers,
  packPatterns,
  patternsFromBytes,
  patternsToBytes,
  type PatternDefinition,
} from '../../src/layout/hyphen-patterns.js';
import { loadPatterns } from '../../src/layout/hyphenate.js';

/**
 * hyphen-patterns.ts runs the `hyphen` package's hyphenation on a packed copy of its patterns. For any
 * word it must put the hyphens where the package puts them.
 */
const require = createRequire(import.meta.url);
const reference = require('hyphen/nb/index.js') as { hyphenateSync(text: string, o?: object): string };
const definition = require('hyphen/patterns/nb.js') as PatternDefinition;

/** The package's hyphen offsets in `word` (U+00AD inserted by its hyphenator, read back). */
function referenceMarkers(word: string): number[] {
  const marked = reference.hyphenateSync(word, { minWordLength: 1, html: false });
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of marked) {
    if (ch === '\u00ad') offsets.push(offset);
    else offset += ch.length;
  }
  return offsets;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const packed = packPatterns(definition);

describe('packed hyphenation patterns', () => {
  it('give the package’s hyphens for every long word of every sample project and template', () => {
    const text = [...filesUnder('content'), ...filesUnder('templates')]
      .filter((f) => /\.(ya?ml|md|hbs)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const words = [...new Set(text.match(/\p{L}{5,}/gu) ?? [])];
    expect(words.length).toBeGreaterThan(500);
    const differ = words.filter((w) => markers(w, packed).join() !== referenceMarkers(w).join());
    expect(differ).toEqual([]);
  });

  it('give the package’s hyphens for its exception words, in any case', () => {
    const exceptions = Object.keys(definition[2] ?? {});
    expect(exceptions.length).toBeGreaterThan(50);
    for (const w of exceptions.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)])) {
      expect(markers(w, packed), w).toEqual(referenceMarkers(w));
    }
  });

  it('give the package’s hyphens for generated words', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnoprstuvyæøåéüöäkkssnnAÆØÅŋİßﬁ𝐀'.split(/(?:)/u));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 40 }), (letters) => {
        const w = letters.join('');
        expect(markers(w, packed)).toEqual(referenceMarkers(w));
      }),
      { numRuns: 3000 },
    );
  });

  it('read back from their file as they were written', () => {
    const back = patternsFromBytes(patternsToBytes(packed));
    expect(back).toBeDefined();
    expect(Buffer.from(back!.first.buffer, back!.first.byteOffset, back!.first.byteLength)).toEqual(
      Buffer.from(packed.first.buffer),
    );
    expect([...back!.chars]).toEqual([...packed.chars]);
    expect([...back!.level]).toEqual([...packed.level]);
    expect(back!.levels).toEqual(packed.levels);
    expect(back!.exceptions).toEqual(packed.exceptions);
    expect(markers('samarbeidsprosjekt', back!)).toEqual(markers('samarbeidsprosjekt', packed));
  });

  it('refuse a file that is cut short, changed, misaligned or not theirs', () => {
    const bytes = Buffer.from(patternsToBytes(packed));
    expect(patternsFromBytes(bytes.subarray(0, bytes.length - 2))).toBeUndefined();
    const changed = Buffer.from(bytes);
    changed[changed.length - 100]! ^= 1;
    expect(patternsFromBytes(changed)).toBeUndefined();
    expect(patternsFromBytes(Buffer.from('{"format":"other"}'))).toBeUndefined();
    expect(patternsFromBytes(new Uint8Array(0))).toBeUndefined();
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(patternsFromBytes(shifted)).toBeDefined();
  });

  it('are what the layout loads (from the cache or the package)', () => {
    const loaded = loadPatterns();
    expect([...loaded.level]).toEqual([...packed.level]);
  });
});
