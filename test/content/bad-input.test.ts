import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/content/load.js';
import { checkProject } from '../../src/content/check.js';
import { assemble, checkText, type Assembled } from './fixture-helper.js';

/** Bad inputs that cannot live as fixture files (binary, huge, missing): built in a temp folder. */
let current: Assembled | undefined;
afterEach(async () => {
  await current?.cleanup();
  current = undefined;
});

async function withFile(name: string, bytes: Uint8Array | string): Promise<Assembled> {
  current = await assemble('bad');
  await writeFile(join(current.root, 'content', 'bad', name), bytes);
  return current;
}

describe('bad input', () => {
  it('non-UTF-8 bytes: the position of the first bad byte', async () => {
    const a = await withFile(
      'notater.yaml',
      Buffer.concat([Buffer.from('notat:\n  tekst: Tr'), Buffer.from([0xe6]), Buffer.from('na\n')]),
    );
    const r = await checkProject(a.dir, { final: false });
    expect(a.normalize(checkText(r.diagnostics))).toBe(
      'content/bad/notater.yaml:2:12  feil  Filen er ikke lagret som UTF-8 (ugyldige tegn)  [file/encoding]\n' +
        '    Lagre filen på nytt med tegnkoding UTF-8 i tekstbehandleren (ikke Latin-1/Windows-1252).\n' +
        '1 feil.\n',
    );
    expect(r.project).toBeUndefined();
  });

  it('a file over 5 MB is refused before it is parsed', async () => {
    const a = await withFile('stor.yaml', 'a: ' + 'x'.repeat(5 * 1024 * 1024) + '\n');
    const r = await checkProject(a.dir, { final: false });
    expect(a.normalize(checkText(r.diagnostics))).toBe(
      'content/bad/stor.yaml  feil  Filen er for stor (5 MB); grensen er 5 MB  [file/too-large]\n' +
        '    Innholdsfiler er vanlig tekst og blir sjelden større enn noen hundre kB. Er det riktig fil?\n' +
        '1 feil.\n',
    );
  });

  it('a missing project folder', async () => {
    const r = await checkProject('content/finnes-ikke', { final: false });
    expect(checkText(r.diagnostics)).toBe(
      'content/finnes-ikke  feil  Fant ikke prosjektmappen «content/finnes-ikke»  [file/missing-folder]\n' +
        '    Sjekk stavemåten. Prosjektmapper ligger under content/, for eksempel content/mitt-prosjekt.\n' +
        '1 feil.\n',
    );
  });

  it('a file given instead of a folder', async () => {
    const r = await checkProject('package.json', { final: false });
    expect(r.diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual([
      'file/missing-folder: «package.json» er ikke en mappe',
    ]);
  });

  it('a folder without YAML files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'grantdocs-empty-'));
    try {
      await mkdir(join(root, 'tom'));
      const dir = relative(process.cwd(), join(root, 'tom'));
      const r = await checkProject(dir, { final: false });
      expect(r.diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual([
        `file/no-yaml: Mappen «${dir}» inneholder ingen YAML-filer (.yaml)`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a folder with only empty files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'grantdocs-empty-'));
    try {
      await mkdir(join(root, 'tom'));
      await writeFile(join(root, 'tom', 'prosjekt.yaml'), '');
      const dir = relative(process.cwd(), join(root, 'tom'));
      const r = await checkProject(dir, { final: false });
      expect(r.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual([
        'warning yaml/empty',
        'error file/no-yaml',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('an alias to an anchor that does not exist', async () => {
    const a = await withFile('notater.yaml', 'notat: *ukjent\n');
    const r = await loadProject(a.dir);
    expect(r.diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual([
      'yaml/syntax: Et alias (*navn) viser til et anker (&navn) som ikke finnes tidligere i filen',
    ]);
  });
});

describe('loadProject', () => {
  it('merges the files and locates nodes and keys in the file that owns them', async () => {
    current = await assemble('ok');
    const { loaded, diagnostics } = await loadProject(current.dir);
    expect(diagnostics).toEqual([]);
    expect(loaded!.name).toBe('ok');
    expect(loaded!.files.map((f) => f.path.split('/').at(-1))).toEqual([
      'budsjett.yaml',
      'dokumenter.yaml',
      'partnere.yaml',
      'prosjekt.yaml',
      'tidsplan.yaml',
    ]);
    const at = loaded!.locate(['partnere', 0, 'orgnr'])!;
    expect([current.normalize(at.file), at.start, at.source]).toEqual([
      'content/ok/partnere.yaml',
      { line: 5, column: 12 },
      "'964982953'",
    ]);
    const key = loaded!.locateKey(['prosjekt', 'kontaktperson', 'rolle'])!;
    expect(key.start).toEqual({ line: 12, column: 5 });
    // A path that does not exist points at its deepest existing ancestor.
    expect(loaded!.locate(['prosjekt', 'kontaktperson', 'epost'])!.start).toEqual({ line: 11, column: 5 });
    expect(loaded!.locate(['finnes_ikke'])).toBeUndefined();
  });
});
