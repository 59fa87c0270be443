/**
 * The DOCX worker that `watch` uses (src/build/parallel/docx-worker.ts): the real worker writes the same
 * bytes as the main thread, and a worker that cannot load, dies or fails a job only costs time: each job is then written
 * on the main thread, the same bytes as always.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocxWorker } from '../../src/build/parallel/docx-worker.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { pagesOf } from '../../src/writers/page-numbers.js';
import { generatedTree } from '../docx/generated.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import { contentProjects, projectDocuments } from '../pdf/sample-docs.js';

const fixture = (name: string) => resolve('test/fixtures/workers', name);

describe('a worker that misbehaves', () => {
  for (const name of ['crashes.mjs', 'fails.mjs', 'garbles.mjs']) {
    it(`still gives every job its DOCX (${name})`, async () => {
      const worker = DocxWorker.start(fixture(name));
      expect(worker).toBeDefined();
      try {
        const trees = [sampleTree(), generatedTree(4), sampleTree({ draft: false })];
        const results = await Promise.all(trees.map((t) => worker!.write(t, pagesOf(t))));
        for (const [i, t] of trees.entries()) {
          const here = await writeDocx(t, pagesOf(t));
          expect(Buffer.compare(Buffer.from(results[i]!.bytes), Buffer.from(here.bytes))).toBe(0);
        }
        // And later jobs too, after the worker is gone.
        const again = await worker!.write(trees[0]!, pagesOf(trees[0]!));
        expect(again.bytes.length).toBeGreaterThan(1000);
        expect(worker!.answered).toBe(0);
      } finally {
        worker!.close();
      }
    });
  }

  it('is not started when turned off', () => {
    process.env.GRANTDOCS_DOCX_WORKER = '0';
    try {
      expect(DocxWorker.start()).toBeUndefined();
    } finally {
      delete process.env.GRANTDOCS_DOCX_WORKER;
    }
  });
});

describe('the real worker (the compiled program, as watch starts it)', () => {
  it('writes the same bytes as the main thread for every document of every project under content/', async () => {
    // npm test compiles first; dist/ holds the worker's entry and the bundle it runs.
    const worker = DocxWorker.start(resolve('dist/build/parallel/docx-worker-main.js'));
    expect(worker).toBeDefined();
    try {
      let count = 0;
      for (const project of contentProjects()) {
        const docs = await projectDocuments(project);
        const fromWorker = await Promise.all(docs.map(({ tree }) => worker!.write(tree, pagesOf(tree))));
        for (const [i, { id, tree }] of docs.entries()) {
          const here = await writeDocx(tree, pagesOf(tree));
          const same = Buffer.from(fromWorker[i]!.bytes).equals(Buffer.from(here.bytes));
          expect({ doc: `${project}/${id}`, same }).toEqual({ doc: `${project}/${id}`, same: true });
          count++;
        }
      }
      expect(count).toBeGreaterThanOrEqual(8);
      // All of them from the worker, none from the fallback.
      expect(worker!.answered).toBe(count);
    } finally {
      worker!.close();
    }
  }, 120_000);
});
