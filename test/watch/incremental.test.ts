import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWatch } from './watch-process.js';

/**
 * `grantdocs watch` keeps work between builds (src/build/incremental/) and writes only outputs whose
 * bytes changed. It must never be stale: after each kind of edit the watched outputs equal, byte for
 * byte, those of a cold `grantdocs build` of the same content in a new process.
 */
const compiled = existsSync('dist/cli/grantdocs.cjs');
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

function coldBuild(project: string, templates: string): string {
  const out = mkdtempSync(join(tmpdir(), 'gd-inc-cold-'));
  const r = spawnSync(
    process.execPath,
    ['dist/cli/grantdocs.cjs', 'build', project, '--templates', templates, '--out', out],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...EPOCH } },
  );
  expect(r.status, r.stderr + r.stdout).toBe(0);
  return join(out, 'felles-ansvar');
}

function expectSameFiles(watched: string, cold: string, what: string) {
  const names = readdirSync(cold).sort();
  expect(readdirSync(watched).sort(), what).toEqual(names);
  expect(names).toContain('soknad-nfk.pdf');
  for (const f of names) {
    expect(readFileSync(join(watched, f)).equals(readFileSync(join(cold, f))), `${what}: ${f}`).toBe(true);
  }
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file}: ${String(from)} not found`).not.toBe(text);
  writeFileSync(file, next);
}

describe.skipIf(!compiled)('incremental rebuilds in watch', () => {
  it('after edits of a text, an amount, a date and a template the outputs equal a cold build', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gd-inc-'));
    const project = join(root, 'felles-ansvar');
    const templates = join(root, 'templates');
    cpSync('content/felles-ansvar', project, { recursive: true });
    cpSync('templates', templates, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'gd-inc-out-'));
    const watched = join(out, 'felles-ansvar');
    const w = startWatch([project, '--templates', templates, '--out', out, '--no-preview']);
    try {
      await w.nextBuild(0);
      expectSameFiles(watched, coldBuild(project, templates), 'first build');

      // An edit that changes no document: nothing is laid out again, and only the manifest (which holds
      // the hash of each input) is written.
      let mark = w.output().length;
      const before = Object.fromEntries(
        readdirSync(watched).map((f) => [f, readFileSync(join(watched, f))] as const),
      );
      edit(join(project, 'budsjett.yaml'), /^/, '# en kommentar\n');
      let log = await w.nextBuild(mark);
      expect(log.match(/\(uendret\)/g)?.length).toBe(8);
      for (const [f, bytes] of Object.entries(before)) {
        expect(readFileSync(join(watched, f)).equals(bytes), f).toBe(f !== 'manifest.json');
      }

      const edits: [string, () => void][] = [
        ['a text', () => edit(join(project, 'prosjekt.yaml'), 'Kjell-Idar Juvik', 'Kari Nordmann')],
        [
          'an amount',
          () => edit(join(project, 'budsjett.yaml'), 'beløp: { fra: 2500000', 'beløp: { fra: 2450000'),
        ],
        ['a date', () => edit(join(project, 'tidsplan.yaml'), 'dato: 2025-07-04', 'dato: 2025-07-11')],
        [
          'a template',
          () => edit(join(templates, 'soknad-statsforvalteren.md.hbs'), /\n/, '\nEn ny setning i malen.\n'),
        ],
      ];
      for (const [what, change] of edits) {
        mark = w.output().length;
        change();
        log = await w.nextBuild(mark);
        expect(log, what).toMatch(/Endret:/);
        expect(log, what).not.toMatch(/\sfeil\s/);
        expectSameFiles(watched, coldBuild(project, templates), what);
      }
      // The template of one document changed only that document's outputs.
      expect(log).toMatch(/prosjektbeskrivelse\.pdf[^\n]*\(uendret\)/);
      expect(log).toMatch(/soknad-nfk\.docx[^\n]*\(uendret\)/);
      expect(log).not.toMatch(/soknad-statsforvalteren\.pdf[^\n]*\(uendret\)/);
    } finally {
      await w.stop();
    }
  });
});
