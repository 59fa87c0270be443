import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../src/watch/folders.js';
import { startWatch } from './watch-process.js';

const compiled = existsSync('dist/cli/grantdocs.cjs');

describe('isInside', () => {
  it('tells a folder inside another from a neighbour with a longer name', () => {
    expect(isInside('/a/b/out', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a', '/a/b')).toBe(false);
    expect(isInside('/a/b/../c', '/a/b')).toBe(false);
  });
});

describe.skipIf(!compiled)('watch is robust', () => {
  it('refuses an output folder inside the project or templates folder, and writes nothing', () => {
    const project = join(mkdtempSync(join(tmpdir(), 'gd-robust-')), 'felles-ansvar');
    cpSync('content/felles-ansvar', project, { recursive: true });
    for (const out of [join(project, 'ut'), project, join('templates', 'ut')]) {
      const r = spawnSync(
        process.execPath,
        ['dist/cli/grantdocs.cjs', 'watch', project, '--out', out, '--no-preview'],
        {
          encoding: 'utf8',
          timeout: 30_000,
          env: { ...process.env, NO_COLOR: '1' },
        },
      );
      expect(r.status, out).toBe(2);
      expect(r.stderr).toMatch(/^grantdocs: Ut-mappen «.*» ligger i (prosjektmappen|malmappen)/);
      expect(existsSync(join(out, 'felles-ansvar'))).toBe(false);
    }
  });

  it('survives its project folder being deleted and made again, and ignores its own outputs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gd-robust-'));
    const project = join(root, 'felles-ansvar');
    cpSync('content/felles-ansvar', project, { recursive: true });
    // The output folder beside the project, in the same parent: its writes must not trigger builds.
    const out = join(root, 'ut');
    const w = startWatch([project, '--only', 'soknad-nfk', '--format', 'pdf', '--out', out, '--no-preview']);
    try {
      await w.nextBuild(0);
      // Nothing changes for a while after a build: the outputs it wrote are not seen as changes.
      let mark = w.output().length;
      await new Promise((r) => setTimeout(r, 1500));
      expect(w.output().slice(mark)).not.toMatch(/Endret:/);

      // Replaced as git checkout or a restore does: deleted, then made again with other content.
      const saved = join(root, 'kopi');
      renameSync(project, saved);
      await w.waitFor(/Venter på endringer/, mark);
      mark = w.output().length;
      mkdirSync(project);
      cpSync(saved, project, { recursive: true });
      rmSync(saved, { recursive: true });
      const log = await w.waitFor(/soknad-nfk\.pdf[^\n]*\n[\s\S]*Venter på endringer/, mark);
      expect(log).not.toMatch(/\sfeil\s/);

      // A save in the new folder is seen (saved as editors do: a temporary file renamed into place).
      await w.settle();
      mark = w.output().length;
      const budget = join(project, 'budsjett.yaml');
      writeFileSync(
        `${budget}.tmp`,
        readFileSync(budget, 'utf8').replace('beløp: { fra: 2500000', 'beløp: { fra: 2450000'),
      );
      renameSync(`${budget}.tmp`, budget);
      const after = await w.waitFor(/Endret:[^\n]*budsjett\.yaml[\s\S]*Venter på endringer/, mark);
      expect(after).toMatch(/soknad-nfk\.pdf/);
      expect(after).not.toMatch(/soknad-nfk\.pdf[^\n]*\(uendret\)/);
      expect(w.child.exitCode).toBeNull();
    } finally {
      await w.stop();
    }
  });
});
