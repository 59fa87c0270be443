import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, type BuildOptions, type ProjectBuildResult } from '../../src/build/build-project.js';
import { sha256 } from '../../src/build/manifest.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { docxText, missingInOrder, pdfBodyText } from './read-outputs.js';

const SAMPLE = 'content/felles-ansvar';
const DOCS = ['prosjektbeskrivelse', 'soknad-nfk', 'soknad-statsforvalteren'];
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function options(outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    final: false,
    only: [],
    formats: ['pdf', 'docx'],
    outDir,
    emit: ['tree'],
    templatesDir: 'templates',
    ...extra,
  };
}

let out: string;
let first: ProjectBuildResult;
const dir = () => join(out, 'felles-ansvar');
const tree = (id: string) => JSON.parse(readFileSync(join(dir(), `${id}.tree.json`), 'utf8')) as DocumentTree;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'gd-e2e-'));
  first = await buildProject(SAMPLE, options(out));
});

describe('building the sample project', () => {
  it('succeeds as a draft and writes PDF, DOCX, portal export and manifest for every document', () => {
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const files = readdirSync(dir()).sort();
    for (const id of DOCS) {
      expect(files).toContain(`${id}.pdf`);
      expect(files).toContain(`${id}.docx`);
    }
    expect(files).toContain('soknad-nfk.felt.md');
    expect(files).toContain('soknad-statsforvalteren.felt.md');
    expect(files).toContain('manifest.json');
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('records every output with its hash in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(dir(), 'manifest.json'), 'utf8'));
    expect(manifest.tool).toBe('grantdocs');
    const inputs = manifest.inputs.map((i: { file: string }) => i.file);
    expect(inputs).toContain('budsjett.yaml');
    expect(inputs).toContain('templates/soknad-fylkeskommune.md.hbs');
    for (const o of manifest.outputs) {
      const file = join(dir(), o.file);
      expect(sha256(readFileSync(file))).toBe(o.sha256);
    }
    const pdfs = manifest.outputs.filter((o: { format: string }) => o.format === 'pdf');
    expect(pdfs).toHaveLength(3);
    for (const p of pdfs) expect(p.pages).toBeGreaterThan(0);
  });

  it('gives byte-identical outputs when built again', async () => {
    const again = mkdtempSync(join(tmpdir(), 'gd-e2e-'));
    await buildProject(SAMPLE, options(again));
    const a = readFileSync(join(dir(), 'manifest.json'), 'utf8');
    const b = readFileSync(join(again, 'felles-ansvar', 'manifest.json'), 'utf8');
    expect(b).toBe(a);
  });

  it.each(DOCS)('%s.pdf holds the text of the document tree in reading order', async (id) => {
    const text = await pdfBodyText(join(dir(), `${id}.pdf`));
    expect(missingInOrder(tree(id), text)).toEqual([]);
  });

  it.each(DOCS)('%s.docx holds the text of the document tree in reading order', (id) => {
    expect(missingInOrder(tree(id), docxText(join(dir(), `${id}.docx`)))).toEqual([]);
  });

  it('keeps the county short description within the portal limit', () => {
    const felt = readFileSync(join(dir(), 'soknad-nfk.felt.md'), 'utf8');
    const m = /## \d+\. Kort beskrivelse \((\d+) av maks 500 tegn\)/i.exec(felt);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(500);
  });

  it.skipIf(!has('qpdf') && !process.env.CI)('passes qpdf --check', () => {
    for (const id of DOCS) {
      const r = spawnSync('qpdf', ['--check', join(dir(), `${id}.pdf`)], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toContain('No syntax or stream encoding errors');
      expect(r.status).toBe(0);
    }
  });

  it.skipIf(!has('soffice') && !process.env.CI)('converts every DOCX with LibreOffice', () => {
    const conv = mkdtempSync(join(tmpdir(), 'gd-lo-'));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${conv}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        conv,
        ...DOCS.map((id) => join(dir(), `${id}.docx`)),
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    for (const id of DOCS) expect(existsSync(join(conv, `${id}.pdf`))).toBe(true);
  });
});
