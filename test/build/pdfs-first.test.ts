/**
 * The build makes every PDF before any DOCX and tells `pdfsReady` in between (watch shows the new pages
 * from there, src/cli/commands/watch.ts): the PDFs it hands over are the ones then committed, nothing is
 * committed before, and a build with errors never calls it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject, type BuildReuse } from '../../src/build/build-project.js';
import { buildOptions, copySample, editYaml } from '../e2e/fixture-project.js';

function recording(outDir: string, project: string) {
  const log: string[] = [];
  const handed: { document: string; pdf: Uint8Array }[] = [];
  const reuse: BuildReuse = {
    writer: (format, _tree, make) => {
      log.push(format);
      return make();
    },
    committed: () => log.push('committed'),
    pdfsReady: (pdfs, diagnostics) => {
      log.push(`ready ${pdfs.length}`);
      handed.push(...pdfs);
      // Nothing of this build is in the output folder yet.
      expect(existsSync(join(outDir, project))).toBe(false);
      expect(diagnostics.some((d) => d.severity === 'error')).toBe(false);
    },
  };
  return { log, handed, reuse };
}

describe('PDFs first, then the DOCX files', () => {
  it('hands over every PDF before any DOCX is written, the same bytes that are committed', async () => {
    const dir = copySample();
    const out = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-'));
    const project = dir.split('/').pop()!;
    const { log, handed, reuse } = recording(out, project);
    const r = await buildProject(dir, buildOptions(out, { reuse }));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const docs = r.outputs.filter((o) => o.format === 'pdf').length;
    expect(docs).toBeGreaterThan(1);
    expect(log).toEqual([
      ...Array<string>(docs).fill('pdf'),
      `ready ${docs}`,
      ...Array<string>(docs).fill('docx'),
      'committed',
    ]);
    for (const h of handed) {
      const file = r.outputs.find((o) => o.document === h.document && o.format === 'pdf')!.file;
      expect(Buffer.compare(readFileSync(file), Buffer.from(h.pdf))).toBe(0);
    }
    // The outputs are still listed per document: PDF, DOCX, then the export.
    const formats = r.outputs.filter((o) => o.document === r.outputs[0]!.document).map((o) => o.format);
    expect(formats.slice(0, 2)).toEqual(['pdf', 'docx']);
  });

  it('does not call it when the build has errors', async () => {
    const dir = copySample();
    editYaml(dir, 'prosjekt.yaml', (doc) => doc.setIn(['prosjekt', 'navn'], null));
    const out = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-'));
    const { log, reuse } = recording(out, dir.split('/').pop()!);
    const r = await buildProject(dir, buildOptions(out, { reuse }));
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(log.filter((l) => l.startsWith('ready'))).toEqual([]);
  });

  it('does not call it when --final turns a warning into an error', async () => {
    const dir = copySample();
    const out = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-'));
    const { log, reuse } = recording(out, dir.split('/').pop()!);
    const r = await buildProject(dir, buildOptions(out, { reuse, final: true }));
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(log.filter((l) => l.startsWith('ready'))).toEqual([]);
  });
});
