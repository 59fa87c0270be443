import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { checkProject } from '../../src/content/check.js';
import { runInit } from '../../src/cli/commands/init.js';

const MAIN = 'dist/cli/grantdocs.cjs';
const compiled = existsSync(MAIN);

describe('grantdocs init', () => {
  it('scaffolds a project that passes check and builds every document without a warning', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gd-init-')), 'nytt-prosjekt');
    expect(await runInit(dir)).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      'budsjett.yaml',
      'dokumenter.yaml',
      'partnere.yaml',
      'prosjekt.yaml',
      'tidsplan.yaml',
    ]);
    for (const f of files) {
      const first = readFileSync(join(dir, f), 'utf8').split('\n')[0]!;
      const ref = /\$schema=(\S+)/.exec(first)?.[1];
      expect(ref, f).toBeDefined();
      expect(existsSync(join(dir, ref!)), `${f}: ${ref}`).toBe(true);
    }
    const checked = await checkProject(dir, { final: true });
    expect(checked.diagnostics).toEqual([]);
    const out = mkdtempSync(join(tmpdir(), 'gd-init-out-'));
    const options = {
      final: false,
      only: [],
      formats: ['pdf', 'docx'] as ('pdf' | 'docx')[],
      outDir: out,
      emit: [],
      templatesDir: 'templates',
    };
    const built = await buildProject(dir, options);
    expect(built.diagnostics).toEqual([]);
    expect(built.outputs.filter((o) => o.format === 'pdf')).toHaveLength(3);
    // Every value of the scaffold is decided, signatories included: a final build has nothing to say.
    const final = await buildProject(dir, { ...options, final: true, formats: [] });
    expect(final.diagnostics).toEqual([]);
  });

  it('writes no text of the sample projects, and no message names a sample project', () => {
    const sample = /Mo i Rana|AU-sak|Felles Ansvar|Polarsirkel|politi|SLT|felles-ansvar|Helgeland|kystlag/i;
    for (const f of readdirSync('scaffold')) {
      const text = readFileSync(join('scaffold', f), 'utf8');
      expect({ f, hit: sample.exec(text)?.[0] ?? null }).toEqual({ f, hit: null });
    }
    for (const f of ['content/load.ts', 'cli/program.ts', 'cli/commands/check.ts', 'cli/commands/build.ts']) {
      const code = readFileSync(join('src', f), 'utf8').replace(/^\s*(\/\*\*|\*|\/\/).*$/gm, '');
      expect({ f, hit: /felles-ansvar/.exec(code)?.[0] ?? null }).toEqual({ f, hit: null });
    }
  });

  it('refuses a folder that already has files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-init-'));
    writeFileSync(join(dir, 'mine.yaml'), 'x: 1\n');
    expect(await runInit(dir)).toBe(2);
    expect(readdirSync(dir)).toEqual(['mine.yaml']);
  });
});

/** Collects a child's output and resolves when it contains `text` (rejects after `ms`). */
function waitFor(
  child: ReturnType<typeof spawn>,
  seen: { text: string },
  pattern: RegExp,
  from: number,
  ms = 60_000,
) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}:\n${seen.text}`)), ms);
    const check = () => {
      if (pattern.test(seen.text.slice(from))) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    check();
  });
}

describe.skipIf(!compiled && !process.env.CI)('grantdocs watch', () => {
  it('rebuilds on a change, survives a broken file and recovers when it is fixed', async () => {
    const project = join(mkdtempSync(join(tmpdir(), 'gd-watch-')), 'felles-ansvar');
    cpSync('content/felles-ansvar', project, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'gd-watch-out-'));
    const child = spawn(
      process.execPath,
      [MAIN, 'watch', project, '--only', 'soknad-nfk', '--format', 'pdf', '--out', out],
      {
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    const seen = { text: '' };
    child.stdout.on('data', (d: Buffer) => (seen.text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (seen.text += d.toString()));
    try {
      await waitFor(child, seen, /Venter på endringer/, 0);
      expect(existsSync(join(out, 'felles-ansvar', 'soknad-nfk.pdf'))).toBe(true);
      const good = readFileSync(join(project, 'budsjett.yaml'), 'utf8');

      let mark = seen.text.length;
      writeFileSync(join(project, 'budsjett.yaml'), good + '  ødelagt: [\n');
      await waitFor(child, seen, /budsjett\.yaml:\d+:\d+\s+feil[\s\S]*Venter på endringer/, mark);
      expect(seen.text.slice(mark)).toContain('Endret:');

      mark = seen.text.length;
      writeFileSync(join(project, 'budsjett.yaml'), good.replace('2500000', '2600000'));
      await waitFor(child, seen, /soknad-nfk\.pdf[\s\S]*Venter på endringer/, mark);
      expect(seen.text.slice(mark)).not.toMatch(/\sfeil\s/);

      // A folder made after the start is watched too: a file saved in it later triggers a rebuild.
      mkdirSync(join(project, 'bilder', 'nye'), { recursive: true });
      await waitFor(child, seen, /Endret:[^\n]*bilder[\s\S]*Venter på endringer/, mark);
      mark = seen.text.length;
      writeFileSync(join(project, 'bilder', 'nye', 'notat.txt'), 'tekst');
      await waitFor(child, seen, /Endret:[^\n]*notat\.txt[\s\S]*Venter på endringer/, mark);
      expect(child.exitCode).toBeNull(); // still running
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
