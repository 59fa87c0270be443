import { describe, expect, it } from 'vitest';
import { isBefore } from '../../src/template/helpers.js';
import { buildAll } from '../document/build-all.js';
import { treeText } from '../document/tree-text.js';
import { loadSampleProjectWith } from '../helpers/sample-project.js';

/** «skal behandles» or «ble behandlet»: the case date against the document's date (prosjekt.dato). */
function text(documentDate: string): string {
  const project = loadSampleProjectWith((p) => {
    p.prosjekt.dato = documentDate;
  });
  return treeText(buildAll(project, true).get('prosjektbeskrivelse')!.tree!).replace(/\u00a0/g, ' ');
}

describe('tense from the dates', () => {
  it('says the AU meeting is to come in a document dated before it', () => {
    const t = text('2025-09-16');
    expect(t).toContain('Saken skal behandles som AU-sak 58/25');
    expect(t).toContain('25. september 2025: AU behandler saken (AU-sak 58/25) (planlagt)');
    expect(t).not.toContain('ble behandlet som AU-sak');
  });
  it('says it took place in a document dated after it', () => {
    const t = text('2025-10-01');
    expect(t).toContain('Saken ble behandlet som AU-sak 58/25');
    expect(t).toContain('25. september 2025: AU behandler saken (AU-sak 58/25) (gjennomført)');
    expect(t).toContain('10. oktober 2025: Polarsirkelrådet fatter prinsippvedtak (planlagt)');
  });
  it('treats a date on or around the document date, and an open date, as still to come', () => {
    expect(isBefore('2025-09-16', '2025-09-16')).toBe(false);
    expect(isBefore('2025-09', '2025-09-16')).toBe(false);
    expect(isBefore('2025-08', '2025-09-16')).toBe(true);
    expect(isBefore('2025-08 eller 2025-10', '2025-09-16')).toBe(false);
    expect(isBefore('ikke avklart', '2025-09-16')).toBe(false);
    expect(isBefore('2025-08', null)).toBe(false);
  });
});
