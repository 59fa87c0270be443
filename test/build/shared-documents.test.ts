/**
 * `grantdocs build` shares the documents of a project between the main thread and a worker thread
 * (src/build/build-project.ts, src/build/parallel/docx-worker.ts): every output, the manifest included,
 * has the bytes of a build made on one thread, for every project under content/; the worker really made
 * documents; and a worker that cannot load, dies or fails its jobs only costs time.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, type BuildOptions } from '../../src/build/build-project.js';
import { DocxWorker } from '../../src/build/parallel/docx-worker.js';
import { contentProjects } from '../pdf/sample-docs.js';

const options = (outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  final: false,
  only: [],
  formats: ['pdf', 'docx'],
  outDir,
  emit: ['markdown'],
  templatesDir: 'templates',
  ...extra,
});

/** The files of a project's output folder by name. */
function outputs(outDir: string, project: string): Map<string, Buffer> {
  const dir = join(outDir, project);
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

async function build(dir: string, worker?: DocxWorker): Promise<Map<string, Buffer>> {
  const out = mkdtempSync(join(tmpdir(), 'grantdocs-shared-'));
  const r = await buildProject(dir, options(out, worker ? { documentWorker: worker } : {}));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return outputs(out, r.project);
}

function expectSame(a: Map<string, Buffer>, b: Map<string, Buffer>, label: string): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) {
    expect({ file: `${label}/${name}`, same: bytes.equals(b.get(name)!) }).toEqual({
      file: `${label}/${name}`,
      same: true,
    });
  }
}

describe('documents shared with a worker thread', () => {
  it('gives the bytes of a one-thread build for every project under content/, the worker making some', async () => {
    // npm test compiles first; dist/ holds the worker's entry and the bundle it runs.
    const worker = DocxWorker.start(resolve('dist/build/parallel/docx-worker-main.js'));
    expect(worker).toBeDefined();
    try {
      for (const dir of contentProjects()) {
        const alone = await build(dir);
        const shared = await build(dir, worker);
        expectSame(alone, shared, dir);
      }
      expect(worker!.answered).toBeGreaterThan(0);
    } finally {
      worker!.close();
    }
  }, 240_000);

  for (const name of ['crashes.mjs', 'fails.mjs', 'garbles.mjs']) {
    it(`still makes every output when the worker misbehaves (${name})`, async () => {
      const dir = contentProjects()[0]!;
      const worker = DocxWorker.start(resolve('test/fixtures/workers', name));
      expect(worker).toBeDefined();
      try {
        expectSame(await build(dir), await build(dir, worker), dir);
        expect(worker!.answered).toBe(0);
      } finally {
        worker!.close();
      }
    }, 120_000);
  }
});
