/**
 * The build makes every PDF before any DOCX and tells `pdfsReady` in between (watch shows the new pages
 * from there, src/cli/commands/watch.ts): the PDFs it hands over are the ones then committed, nothing is
 * committed before, and a build with errors never calls it. With `firstDocuments` and `pdfReady` it
 * makes the preview's documents first and hands over each PDF as soon as it is made, while no error has
 * been found; the outputs, the manifest and the diagnostics are the same as without.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
    pdfReady: (pdf, diagnostics) => {
      log.push(`pdf ready ${pdf.document}`);
      handed.push(pdf);
      expect(existsSync(join(outDir, project))).toBe(false);
      expect(diagnostics.some((d) => d.severity === 'error')).toBe(false);
    },
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
    const ids = [...new Set(r.outputs.map((o) => o.document))];
    const docs = r.outputs.filter((o) => o.format === 'pdf').length;
    expect(docs).toBeGreaterThan(1);
    expect(log).toEqual([
      ...ids.flatMap((id) => ['pdf', `pdf ready ${id}`]),
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
    expect(log.filter((l) => l.includes('ready'))).toEqual([]);
  });

  it('does not call it when --final turns a warning into an error', async () => {
    const dir = copySample();
    const out = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-'));
    const { log, reuse } = recording(out, dir.split('/').pop()!);
    const r = await buildProject(dir, buildOptions(out, { reuse, final: true }));
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(log.filter((l) => l.includes('ready'))).toEqual([]);
  });
});

describe("the preview's documents first, each PDF as soon as it is made", () => {
  /** Every file of a build's output folder, by name. */
  const files = (out: string, project: string) =>
    new Map(readdirSync(join(out, project)).map((f) => [f, readFileSync(join(out, project, f))]));

  it('makes the named documents first; outputs, manifest and diagnostics are as without', async () => {
    const dir = copySample();
    const project = dir.split('/').pop()!;
    const plainOut = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-'));
    const plain = await buildProject(dir, buildOptions(plainOut));
    const ids = [...new Set(plain.outputs.map((o) => o.document))];
    expect(ids.length).toBeGreaterThan(2);
    const first = [ids.at(-1)!, ids[1]!, 'finnes-ikke'];

    const out = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-'));
    const { log, handed, reuse } = recording(out, project);
    const r = await buildProject(
      dir,
      buildOptions(out, { reuse: { ...reuse, firstDocuments: () => first } }),
    );
    // The PDFs in that order (an id the project does not have is passed over), then the rest.
    const order = [ids.at(-1)!, ids[1]!, ...ids.filter((id) => id !== ids.at(-1) && id !== ids[1])];
    expect(log.filter((l) => l.startsWith('pdf ready'))).toEqual(order.map((id) => `pdf ready ${id}`));
    expect(log.indexOf(`ready ${ids.length}`)).toBe(2 * ids.length);
    for (const h of handed) {
      const file = r.outputs.find((o) => o.document === h.document && o.format === 'pdf')!.file;
      expect(Buffer.compare(readFileSync(file), Buffer.from(h.pdf))).toBe(0);
    }
    // Listed, reported and written as by a build in the project's order, byte for byte.
    const strip = (o: { ms: number; file: string }) => ({ ...o, ms: 0, file: o.file.split('/').pop() });
    expect(r.outputs.map(strip)).toEqual(plain.outputs.map(strip));
    expect(r.diagnostics).toEqual(plain.diagnostics);
    const written = files(out, project);
    const expected = files(plainOut, project);
    expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, bytes] of expected) expect(Buffer.compare(written.get(name)!, bytes), name).toBe(0);
  });

  it('hands over no PDF once a document has an error, also those made after it', async () => {
    const dir = copySample();
    const templates = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-templates-'));
    cpSync('templates', templates, { recursive: true });
    // The application to the county governor names a partial template that does not exist.
    appendFileSync(join(templates, 'soknad-statsforvalteren.md.hbs'), '\n{{> finnes-ikke}}\n');
    const out = mkdtempSync(join(tmpdir(), 'grantdocs-pdfs-first-'));
    const { log, reuse } = recording(out, dir.split('/').pop()!);
    const first = ['soknad-nfk', 'soknad-statsforvalteren', 'prosjektbeskrivelse'];
    const r = await buildProject(
      dir,
      buildOptions(out, { templatesDir: templates, reuse: { ...reuse, firstDocuments: () => first } }),
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual([
      'template/missing-partial',
    ]);
    // The first is handed over; the broken one has no PDF; the last is made but not handed over.
    expect(log).toEqual(['pdf', 'pdf ready soknad-nfk', 'pdf', 'docx', 'docx']);
    expect(existsSync(join(out, dir.split('/').pop()!))).toBe(false);
  });
});
