/**
 * Parsed content files are kept by path and text (src/content/load-file.ts), so `watch` parses only the
 * files a save changed. Kept files must give exactly a fresh parse: the same data as a copy of its own
 * (the check cleans strings in place), a changed text parsed anew, and a file with problems reported
 * again every time.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { keepParsedFiles, parseFileBytes } from '../../src/content/load-file.js';
import { checkProject } from '../../src/content/check.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('kept parses of content files', () => {
  // `grantdocs watch` turns keeping on; a one-off build parses each file once.
  beforeAll(() => keepParsedFiles());

  it('hand out data of their own, equal to the first parse', () => {
    const text = readFileSync('content/felles-ansvar/budsjett.yaml', 'utf8');
    const a = parseFileBytes(enc(text), 'minne/budsjett.yaml');
    const b = parseFileBytes(enc(text), 'minne/budsjett.yaml');
    expect(b.data).toEqual(a.data);
    expect(b.data).not.toBe(a.data);
    // Changing one (as the check does when it cleans strings) leaves the next one as parsed.
    (a.data as Record<string, unknown>).budsjett = 'endret';
    const c = parseFileBytes(enc(text), 'minne/budsjett.yaml');
    expect(c.data).toEqual(b.data);
    expect(c.diagnostics).toEqual([]);
    c.diagnostics.push({ severity: 'error', rule: 'x', message: 'x' });
    expect(parseFileBytes(enc(text), 'minne/budsjett.yaml').diagnostics).toEqual([]);
  });

  it('parse a changed text anew, and report a broken file every time', () => {
    const path = 'minne/prosjekt.yaml';
    expect(parseFileBytes(enc('prosjekt:\n  navn: A\n'), path).data).toEqual({ prosjekt: { navn: 'A' } });
    expect(parseFileBytes(enc('prosjekt:\n  navn: B\n'), path).data).toEqual({ prosjekt: { navn: 'B' } });
    const broken = 'prosjekt:\n  navn: "A\n';
    const first = parseFileBytes(enc(broken), path);
    expect(first.diagnostics.length).toBe(1);
    expect(parseFileBytes(enc(broken), path).diagnostics).toEqual(first.diagnostics);
    // The last good text still parses after the broken one.
    expect(parseFileBytes(enc('prosjekt:\n  navn: B\n'), path).data).toEqual({ prosjekt: { navn: 'B' } });
  });

  it('equal a fresh parse for any sequence of texts under one path', () => {
    const texts = fc.oneof(
      fc.constantFrom('a: 1\n', 'a: 2\n', 'b:\n  - x\n  - y\n', 'a: [1, 2\n', '', 'a: &x 1\nb: *x\n'),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 8 }), fc.nat(1000), (seq, n) => {
        const path = `minne/egenskap-${n}.yaml`;
        for (const t of seq) {
          const kept = parseFileBytes(enc(t), path);
          const fresh = parseFileBytes(enc(t), `minne/fersk-${Math.random()}.yaml`);
          expect(kept.data).toEqual(fresh.data);
          expect(kept.diagnostics.map((d) => [d.rule, d.message, d.start])).toEqual(
            fresh.diagnostics.map((d) => [d.rule, d.message, d.start]),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('give the same check of a project twice in a row', async () => {
    const a = await checkProject('content/fritid-for-alle', { final: false });
    const b = await checkProject('content/fritid-for-alle', { final: false });
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect(b.project).toEqual(a.project);
  });
});
