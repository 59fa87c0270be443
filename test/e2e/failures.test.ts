import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { CLI, runCli, snapshot } from '../cli-run.js';
import { buildOptions, copySample, editYaml, resolvedSample } from './fixture-project.js';

const opts = buildOptions;
const cli = (...args: string[]) => runCli(args);

describe('--final', () => {
  it('fails on the sample and names the unresolved items, writing nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gd-final-'));
    const r = await buildProject('content/felles-ansvar', opts(out, { final: true }));
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const paths = errors.map((d) => d.path ?? '');
    expect(paths).toContain('vertskommune');
    expect(paths.some((p) => p.startsWith('kommuner['))).toBe(true);
    expect(paths.some((p) => p.startsWith('budsjett.finansiering'))).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });

  it('passes once every open item is decided, without the draft watermark', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gd-final-'));
    const dir = resolvedSample();
    const only = ['prosjektbeskrivelse', 'soknad-nfk'];
    const r = await buildProject(dir, opts(out, { final: true, emit: ['tree'], only }));
    expect(r.diagnostics).toEqual([]);
    const tree = JSON.parse(readFileSync(join(out, 'felles-ansvar', 'soknad-nfk.tree.json'), 'utf8'));
    expect(tree.meta.draft).toBe(false);
    expect(readFileSync(join(out, 'felles-ansvar', 'soknad-nfk.pdf')).includes('UTKAST')).toBe(false);
  });
});

describe('--final searches the built documents', () => {
  it('refuses an application without a signatory, at the document in dokumenter.yaml', async () => {
    const dir = resolvedSample();
    editYaml(dir, 'dokumenter.yaml', (doc) => {
      doc.deleteIn(['dokumenter', 2, 'underskriver']);
    });
    const out = mkdtempSync(join(tmpdir(), 'gd-final-'));
    const r = await buildProject(dir, opts(out, { final: true, formats: [] }));
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'document/signatory',
        file: expect.stringMatching(/dokumenter\.yaml$/),
      }),
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('builds the resolved sample with a signatory under --final without a word', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gd-final-'));
    const r = await buildProject(resolvedSample(), opts(out, { final: true, formats: [] }));
    expect(r.diagnostics).toEqual([]);
  });

  it('places an open value a template leaves beside a content text at the field of that text', async () => {
    const templates = join(mkdtempSync(join(tmpdir(), 'gd-tpl-')), 'templates');
    cpSync('templates', templates, { recursive: true });
    const file = join(templates, 'soknad-fylkeskommune.md.hbs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n{{prosjekt.tittel}}: {{uavklart}}\n`);
    const out = mkdtempSync(join(tmpdir(), 'gd-final-'));
    const r = await buildProject(
      resolvedSample(),
      opts(out, { final: true, formats: [], only: ['soknad-nfk'], templatesDir: templates }),
    );
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'final/open-value',
        path: 'prosjekt.tittel',
        file: expect.stringMatching(/felles-ansvar\/prosjekt\.yaml$/),
        start: expect.objectContaining({ line: expect.any(Number) }),
      }),
    ]);
  });
});

describe('nothing lost', () => {
  let project: string;
  let out: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    project = copySample();
    out = mkdtempSync(join(tmpdir(), 'gd-keep-'));
    await buildProject(project, opts(out));
    before = snapshot(join(out, 'felles-ansvar'));
  });

  it('leaves the previous outputs untouched when the content breaks', () => {
    writeFileSync(join(project, 'budsjett.yaml'), 'budsjett:\n  kostnader: [\n');
    const r = cli('build', project, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/budsjett\.yaml:\d+:\d+/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(join(out, 'felles-ansvar'))).toEqual(before);
  });

  it('leaves complete files only when a build is killed midway', async () => {
    const p = copySample();
    editYaml(p, 'prosjekt.yaml', (doc) => doc.setIn(['prosjekt', 'versjon'], 'utkast 2'));
    const outDir = join(out, 'felles-ansvar');
    const previous = new Set(Object.values(before));
    for (const delay of [150, 300, 450, 600]) {
      const child = spawn(process.execPath, [CLI, 'build', p, '--out', out], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
    }
    // Every output is either the old file or a complete new one (listed in the new manifest).
    const done = spawnSync(process.execPath, [
      CLI,
      'build',
      p,
      '--out',
      mkdtempSync(join(tmpdir(), 'gd-ref-')),
    ]);
    expect(done.status).toBe(0);
    for (const [name, hash] of Object.entries(snapshot(outDir))) {
      if (name.endsWith('.tmp')) continue; // a killed process cannot remove its temporary file
      if (previous.has(hash)) continue;
      const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
      const listed = manifest.outputs.map((o: { sha256: string }) => o.sha256);
      expect(name === 'manifest.json' || listed.includes(hash)).toBe(true);
    }
  });
});

describe('command-line errors', () => {
  it('exits 1 with a Norwegian message for a missing project folder', () => {
    const r = cli('build', 'content/finnes-ikke');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Fant ikke prosjektmappen');
  });

  it('exits 2 for an unknown --only document and lists the known ones', () => {
    const r = cli(
      'build',
      'content/felles-ansvar',
      '--only',
      'soknad-ukjent',
      '--out',
      mkdtempSync(join(tmpdir(), 'gd-')),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('soknad-ukjent');
    expect(r.stderr).toContain('soknad-nfk');
  });

  it('exits 1 with a diagnostic when out/ cannot be written', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'gd-')), 'fil');
    writeFileSync(blocker, 'not a folder');
    const r = cli('build', 'content/felles-ansvar', '--out', blocker);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Kunne ikke skrive');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown format', () => {
    expect(cli('build', 'content/felles-ansvar', '--format', 'odt').status).toBe(2);
  });
});
