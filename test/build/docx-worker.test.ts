/**
 * The DOCX worker (src/build/parallel/docx-worker.ts): the command's outputs are the same bytes with and
 * without it, and a worker that cannot load, dies or fails a job only costs time: each job is then written
 * on the main thread, the same bytes as always.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocxWorker } from '../../src/build/parallel/docx-worker.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { pagesOf } from '../../src/writers/page-numbers.js';
import { generatedTree } from '../docx/generated.js';
import { sampleTree } from '../../src/tree/sample.js';

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

describe('the command with and without the worker', () => {
  it('writes the same bytes for every project under content/', () => {
    const outs = ['1', '0'].map((on) => {
      const out = mkdtempSync(join(tmpdir(), `grantdocs-worker-${on}-`));
      execFileSync(process.execPath, ['dist/cli/main.js', 'build', '--out', out], {
        env: { ...process.env, GRANTDOCS_DOCX_WORKER: on },
        stdio: 'pipe',
      });
      return out;
    });
    const projects = readdirSync(outs[0]!).filter((n) => !n.startsWith('.'));
    expect(projects.length).toBeGreaterThanOrEqual(3);
    for (const p of projects) {
      const files = readdirSync(join(outs[0]!, p)).filter((f) => f.endsWith('.docx'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const a = readFileSync(join(outs[0]!, p, f));
        const b = readFileSync(join(outs[1]!, p, f));
        expect({ file: `${p}/${f}`, same: a.equals(b) }).toEqual({ file: `${p}/${f}`, same: true });
      }
    }
  }, 120_000);
});
