import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive.js';
import { portalFields } from '../../src/facts/portal.js';
import { loadSampleProject } from '../helpers/sample-project.js';

describe('portal fields', () => {
  const project = loadSampleProject();
  const doc = project.dokumenter.find((d) => d.id === 'soknad-nfk')!;
  const fields = portalFields(project, deriveFacts(project), doc);
  it('come in the form order', () => {
    expect(fields.map((f) => f.label)).toEqual([
      'Prosjektnavn',
      'Kort beskrivelse',
      'Bakgrunn',
      'Mål',
      'Målgruppe',
      'Organisering',
      'Aktiviteter og milepæler',
      'Kostnadsplan',
      'Finansieringsplan',
      'Søknadsbeløp',
    ]);
  });
  it('keep the short description within the portal limit of 500 characters', () => {
    const short = fields[1]!;
    expect(short.limit).toBe(500);
    expect([...short.text].length).toBeLessThanOrEqual(500);
  });
  it('are plain text: no Markdown markup, undecided values spelled out', () => {
    const all = fields.map((f) => f.text).join('\n');
    expect(all).not.toMatch(/\*\*|\{\.uavklart\}|\\/);
    expect(fields[2]!.text).toContain('gratis lavterskeltilbud');
    expect(fields[2]!.text).not.toContain('\n1. september'); // Markdown line breaks are joined
    expect(fields[7]!.text).toContain('Sum: 7\u00a0500\u00a0000–9\u00a0000\u00a0000\u00a0kr + ikke avklart');
    expect(fields[9]!.text).toContain('- 2026: Ikke avklart');
  });
});
