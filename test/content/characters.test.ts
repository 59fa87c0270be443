import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { COVERED } from '../../src/content/rules/characters.js';
import { FONT_STYLES } from '../../src/fonts/fonts.js';
import { resolveGlyph } from '../../src/fonts/shape.js';
import { buildOptions, copySample, editYaml } from '../e2e/fixture-project.js';

describe('characters the documents cannot show', () => {
  it('COVERED lists only characters both fonts draw, in every style', () => {
    const covered: number[] = [];
    for (let cp = 0x20; cp < 0x2300; cp++) if (COVERED.test(String.fromCodePoint(cp))) covered.push(cp);
    expect(covered.length).toBeGreaterThan(300);
    for (const style of FONT_STYLES) {
      const missing = covered.filter((cp) => resolveGlyph(cp, style)?.missing);
      expect(missing.map((cp) => cp.toString(16)), style).toEqual([]);
    }
  });

  it('a character no font has is reported at its line by the check, and not again by the PDF writer', async () => {
    const dir = copySample();
    editYaml(dir, 'prosjekt.yaml', (doc) => {
      doc.setIn(['tekster', 'kortbeskrivelse'], 'Felles Ansvar \u{1F600} for ungdom i regionen.');
    });
    const out = mkdtempSync(join(tmpdir(), 'gd-chars-'));
    const r = await buildProject(dir, buildOptions(out, { only: ['soknad-nfk'], formats: ['pdf'] }));
    const found = r.diagnostics.filter((d) => d.message.includes('U+1F600'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'text/missing-glyph',
      severity: 'warning',
      path: 'tekster.kortbeskrivelse',
    });
    expect(found[0]!.file).toMatch(/prosjekt\.yaml$/);
    expect(found[0]!.start?.line).toBeGreaterThan(1);
    expect(r.outputs.map((o) => o.format)).toEqual(['pdf', 'felt']);
  });
});
