/**
 * Golden files: each sample document's generated Markdown and tree JSON, pinned under test/golden/.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npx vitest run test/golden` and review the
 * diff like code. SOURCE_DATE_EPOCH is unset during the test so the files do not depend on it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleProject } from '../helpers/sample-project.js';
import { buildAll } from '../document/build-all.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden Markdown and tree of the sample documents', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  beforeAll(() => {
    delete process.env.SOURCE_DATE_EPOCH;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.SOURCE_DATE_EPOCH = saved;
  });

  const check = (file: string, actual: string) => {
    const path = join(DIR, file);
    if (UPDATE || !existsSync(path)) {
      if (!UPDATE && process.env.CI) throw new Error(`Golden file missing: ${file} (run with UPDATE_GOLDEN=1)`);
      writeFileSync(path, actual);
    }
    expect(actual, `${file} differs; run with UPDATE_GOLDEN=1 if the change is intended`).toBe(
      readFileSync(path, 'utf8'),
    );
  };

  for (const id of ['prosjektbeskrivelse', 'soknad-nfk', 'soknad-statsforvalteren']) {
    it(id, () => {
      delete process.env.SOURCE_DATE_EPOCH;
      const r = buildAll(loadSampleProject(), true).get(id)!;
      expect(r.diagnostics).toEqual([]);
      check(`${id}.md`, r.markdown);
      check(`${id}.tree.json`, JSON.stringify(r.tree, null, 2) + '\n');
    });
  }
});
