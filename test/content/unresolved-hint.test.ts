import { rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/content/check.js';
import { copySample, editYaml } from '../e2e/fixture-project.js';

describe('unresolved items and broken open questions', () => {
  it('a question without an id is a schema error, and no hint reads «undefined»', async () => {
    const dir = copySample();
    try {
      editYaml(dir, 'avklaringer.yaml', (doc) => void doc.deleteIn(['åpne_spørsmål', 0, 'id']));
      const r = await checkProject(relative(process.cwd(), dir), { final: false });
      expect(r.diagnostics.some((d) => d.rule === 'schema/required' && d.path === 'åpne_spørsmål[0].id')).toBe(true);
      const texts = r.diagnostics.map((d) => `${d.message} ${d.hint ?? ''}`);
      expect(texts.filter((t) => t.includes('undefined'))).toEqual([]);
      // Items the other questions cover still point at them.
      expect(texts.some((t) => t.includes('Avklares av spørsmål «ressursfordeling»'))).toBe(true);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
