import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The installed command: dist/cli/grantdocs.cjs as package.json's bin runs it (compiled by `npm run
 * build:ts`, which `npm test` runs first). Outside CI the test is skipped, visibly, when nothing is
 * compiled yet. dist/cli/main.js, the entry of earlier versions, must still behave the same.
 */
const MAIN = 'dist/cli/grantdocs.cjs';
const compiled = existsSync(MAIN);
if (process.env.CI && !compiled) throw new Error(`${MAIN} mangler: kjør npm run build:ts før testene`);

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe.skipIf(!compiled)('dist/cli/grantdocs.cjs', () => {
  it('starts with a shebang so npm can link it as `grantdocs`, and is what package.json names', () => {
    expect(readFileSync(MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.grantdocs).toBe(MAIN);
  });

  it('is CommonJS, so Node does not set up its ES module loader to start it', () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'gd-bin-')), 'probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write(String(process.moduleLoadList.some((m) => m.includes('esm/module_job')))));",
    );
    const r = spawnSync(process.execPath, ['--require', probe, MAIN, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('false');
    const old = spawnSync(process.execPath, ['--require', probe, 'dist/cli/main.js', '--version'], {
      encoding: 'utf8',
    });
    expect(old.stderr).toBe('true');
  });

  it('the earlier entry, dist/cli/main.js, runs the same command', () => {
    const old = (args: string[]) =>
      spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8' });
    for (const args of [['--version'], ['check', '--ukjent'], ['check', 'content/felles-ansvar']]) {
      const [a, b] = [run(args), old(args)];
      expect([b.status, b.stdout, b.stderr]).toEqual([a.status, a.stdout, a.stderr]);
    }
  });

  it('exit codes: 0 for the sample draft, 1 with --final, 2 for a usage error', () => {
    expect(run(['check', 'content/felles-ansvar']).status).toBe(0);
    expect(run(['check', '--final', 'content/felles-ansvar']).status).toBe(1);
    const bad = run(['check', '--ukjent']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('grantdocs: Ukjent valg «--ukjent».\nSkriv «grantdocs --help» for hjelp.\n');
  });

  it('never a stack trace for a user mistake', () => {
    for (const args of [
      ['check', 'finnes/ikke'],
      ['check', 'package.json'],
      ['build', '--format', 'xml'],
    ]) {
      const r = run(args);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
      expect([1, 2]).toContain(r.status);
    }
  });

  it('NO_COLOR and a pipe: no escape codes', () => {
    const r = run(['check', 'content/felles-ansvar'], { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(r.stdout).not.toContain('\x1b[');
  });
});
