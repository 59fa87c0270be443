import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject, type BuildOptions, type ProjectBuildResult } from '../../src/build/build-project.js';
import { sha256 } from '../../src/build/manifest.js';
import { checkProject } from '../../src/content/check.js';
import { findUnresolved } from '../../src/model/unresolved.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { badSums, emptyHeadings, FORBIDDEN } from '../property/checks.js';
import { treeTexts } from '../pdf/tree-text.js';
import { docxText, missingInOrder, pdfBodyText } from './read-outputs.js';

/** Every project under content/ is built: the samples are part of what CI proves. */
const PROJECTS = readdirSync('content', { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(join('content', e.name)).some((f) => f.endsWith('.yaml')))
  .map((e) => e.name)
  .sort();
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

it('content/ holds the sample projects, among them one complete and one minimal', () => {
  expect(PROJECTS).toEqual(expect.arrayContaining(['felles-ansvar', 'fritid-for-alle', 'vega-kystlag']));
});

describe.each(PROJECTS)('building content/%s', (name) => {
  const source = `content/${name}`;
  let out: string;
  let first: ProjectBuildResult;
  let docs: string[];
  let complete: boolean;
  const dir = () => join(out, name);
  const tree = (id: string) =>
    JSON.parse(readFileSync(join(dir(), `${id}.tree.json`), 'utf8')) as DocumentTree;

  beforeAll(async () => {
    const checked = await checkProject(source, { final: false });
    docs = checked.project!.dokumenter.map((d) => d.id);
    const { åpne_spørsmål: _q, ...rest } = checked.loaded!.data as Record<string, unknown>;
    complete = findUnresolved(rest).length === 0;
    out = mkdtempSync(join(tmpdir(), 'gd-e2e-'));
    first = await buildProject(source, options(out, { final: complete }));
  });

  it('succeeds (a complete project with --final and not one warning) and writes every document', () => {
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (complete) expect(first.diagnostics).toEqual([]);
    const files = readdirSync(dir()).sort();
    for (const id of docs) {
      expect(files).toContain(`${id}.pdf`);
      expect(files).toContain(`${id}.docx`);
    }
    expect(files).toContain('manifest.json');
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('records every output with its hash in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(dir(), 'manifest.json'), 'utf8'));
    expect(manifest.tool).toBe('grantdocs');
    // Content inputs are named relative to the project folder, templates as templates/<file>.
    const inputs: string[] = manifest.inputs.map((i: { file: string }) => i.file);
    for (const f of readdirSync(source).filter((x) => x.endsWith('.yaml'))) expect(inputs).toContain(f);
    for (const o of manifest.outputs) {
      const file = join(dir(), o.file);
      expect(sha256(readFileSync(file))).toBe(o.sha256);
    }
    const pdfs = manifest.outputs.filter((o: { format: string }) => o.format === 'pdf');
    expect(pdfs).toHaveLength(docs.length);
    for (const p of pdfs) expect(p.pages).toBeGreaterThan(0);
  });

  it('gives byte-identical outputs when built again', async () => {
    const again = mkdtempSync(join(tmpdir(), 'gd-e2e-'));
    await buildProject(source, options(again, { final: complete }));
    const a = readFileSync(join(dir(), 'manifest.json'), 'utf8');
    const b = readFileSync(join(again, name, 'manifest.json'), 'utf8');
    expect(b).toBe(a);
  });

  it('each PDF and DOCX holds the text of its document tree in reading order', async () => {
    for (const id of docs) {
      const text = await pdfBodyText(join(dir(), `${id}.pdf`));
      expect({ id, missing: missingInOrder(tree(id), text) }).toEqual({ id, missing: [] });
      const word = docxText(join(dir(), `${id}.docx`));
      expect({ id, missing: missingInOrder(tree(id), word) }).toEqual({ id, missing: [] });
    }
  });

  it('has no empty heading, no stray «null» or «NaN», and sums that add up', async () => {
    for (const id of docs) {
      const t = tree(id);
      const tables = t.children.flatMap((b) => (b.type === 'table' ? [b] : []));
      const pdf = await pdfBodyText(join(dir(), `${id}.pdf`));
      expect({
        id,
        empty: emptyHeadings(t.children),
        stray: FORBIDDEN.exec(`${treeTexts(t).join('\n')}\n${pdf}`)?.[0] ?? null,
        sums: tables.flatMap(badSums),
      }).toEqual({ id, empty: [], stray: null, sums: [] });
    }
  });

  it('keeps every short description within its portal limit', () => {
    for (const f of readdirSync(dir()).filter((x) => x.endsWith('.felt.md'))) {
      const felt = readFileSync(join(dir(), f), 'utf8');
      const m = /## \d+\. Kort beskrivelse \((\d+) av maks (\d+) tegn\)/i.exec(felt);
      if (m) expect(Number(m[1])).toBeLessThanOrEqual(Number(m[2]));
    }
  });

  it.skipIf(!has('qpdf') && !process.env.CI)('passes qpdf --check', () => {
    for (const id of docs) {
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
        ...docs.map((id) => join(dir(), `${id}.docx`)),
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    for (const id of docs) expect(existsSync(join(conv, `${id}.pdf`))).toBe(true);
  });
});

describe('the sample portal exports', () => {
  it('fritid-for-alle has a field list for the county and the State Administrator, not for others', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gd-e2e-'));
    await buildProject('content/fritid-for-alle', options(out, { formats: [], emit: [] }));
    const files = readdirSync(join(out, 'fritid-for-alle'));
    expect(files).toContain('soknad-nfk.felt.md');
    expect(files).toContain('soknad-statsforvalteren.felt.md');
    expect(files).not.toContain('soknad-stiftelsen.felt.md');
  });
});
