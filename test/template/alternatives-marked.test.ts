import { describe, expect, it } from 'vitest';
import { buildAll } from '../document/build-all.js';
import { treeText } from '../document/tree-text.js';
import { loadSampleProjectWith } from '../helpers/sample-project.js';

/** A date with alternatives is open whether or not «avklart: false» says so, and is marked in a draft. */
describe('dates with alternatives in a draft', () => {
  const project = loadSampleProjectWith((p) => {
    for (const d of p.dokumenter) delete d.frist_avklart;
    delete p.prosjektperiode.avklart;
    p.prosjektperiode.start = '2026-01 eller 2026-02';
  });
  const text = treeText(buildAll(project, true).get('soknad-nfk')!.tree!).replace(/\u00a0/g, ' ');

  it('marks a deadline with alternatives', () => {
    expect(text).toContain('Søknadsfrist | desember 2025 / januar 2026 (Ikke avklart)');
  });
  it('marks a project period whose start has alternatives', () => {
    expect(text).toMatch(/Prosjektperioden er [^.]*\(Ikke avklart\)/);
  });
});
