import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The installed command: dist/cli/main.js as package.json's bin runs it (compiled by `npm run build:ts`,
 * which `npm test` runs first). Outside CI the test is skipped, visibly, when nothing is compiled yet.
 */
const MAIN = 'dist/cli/main.js';
const compiled = existsSync(MAIN);
if (process.env.CI && !compiled) throw new Error(`${MAIN} mangler: kjør npm run build:ts før testene`);

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe.skipIf(!compiled)('dist/cli/main.js', () => {
  it('starts with a shebang so npm can link it as `grantdocs`', () => {
    expect(readFileSync(MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
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
