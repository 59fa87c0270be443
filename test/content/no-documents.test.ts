import { rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/content/check.js';
import { copySample, editYaml } from '../e2e/fixture-project.js';

describe('document/none', () => {
  it('an empty «dokumenter» list is an error at that list, not a build that writes nothing', async () => {
    const dir = copySample();
    try {
      editYaml(dir, 'dokumenter.yaml', (doc) => doc.set('dokumenter', doc.createNode([])));
      const r = await checkProject(relative(process.cwd(), dir), { final: false });
      const d = r.diagnostics.filter((x) => x.rule === 'document/none');
      expect(d).toHaveLength(1);
      expect(d[0]).toMatchObject({ severity: 'error', path: 'dokumenter', start: { line: 4 } });
      expect(d[0]!.file).toMatch(/dokumenter\.yaml$/);
      expect(r.project).toBeUndefined();
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
