import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/content/check.js';
import { findUnresolved } from '../../src/model/unresolved.js';

/** The real sample project: a draft with open questions. */
const DIR = 'content/felles-ansvar';

describe('content/felles-ansvar', () => {
  it('is a valid draft: no errors, the open questions appear as warnings', async () => {
    const r = await checkProject(DIR, { final: false });
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(r.project?.prosjekt.kortnavn).toBe('Felles Ansvar');
    const warnings = r.diagnostics.map((d) => d.message).join('\n');
    for (const q of r.project!.åpne_spørsmål ?? []) expect(warnings).toContain(`«${q.spørsmål}»`);
    // Every warning points at a line in a file of the folder.
    for (const d of r.diagnostics) {
      expect(d.file).toMatch(/^content\/felles-ansvar\/[a-z]+\.yaml$/);
      expect(d.start?.line).toBeGreaterThan(0);
    }
  });

  it('with --final, every unresolved item is an error naming its field', async () => {
    const r = await checkProject(DIR, { final: true });
    expect(r.project).toBeUndefined();
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const named = new Set(errors.filter((d) => d.rule === 'unresolved').map((d) => d.path));
    const { loaded } = r;
    const items = findUnresolved(loaded!.data);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(named).toContain(item.pathText);
    expect(errors.some((d) => d.rule === 'budget/balance')).toBe(true);
  });
});
