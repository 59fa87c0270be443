import { describe, expect, it } from 'vitest';
import { charCount, renderPortalExport } from '../../src/build/portal-export.js';

describe('renderPortalExport', () => {
  it('lists fields in order with counts and warns over the limit', () => {
    const { text, diagnostics } = renderPortalExport('Søknad', 'Nordland fylkeskommune', [
      { label: 'Prosjektnavn', text: 'Felles Ansvar' },
      { label: 'Kort beskrivelse', text: 'å'.repeat(501), limit: 500 },
    ]);
    expect(text).toContain('## 1. Prosjektnavn (13 tegn)');
    expect(text).toContain('## 2. Kort beskrivelse (501 av maks 500 tegn – FOR LANG)');
    expect(text.indexOf('Prosjektnavn')).toBeLessThan(text.indexOf('Kort beskrivelse'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', rule: 'portal/limit' });
    expect(diagnostics[0]!.message).toContain('501 tegn');
  });

  it('counts characters, not bytes or UTF-16 units', () => {
    expect(charCount('æøå')).toBe(3);
    expect(charCount('ŋ😀')).toBe(2);
  });
});
