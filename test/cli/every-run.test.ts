import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImportsLeft } from '../../src/cli/build-bundle.js';
import { snapshot } from '../cli-run.js';

/**
 * The documented CI step runs `grantdocs check` and `grantdocs build` in a fresh checkout, and the
 * secretariat runs the same commands day after day. Each command must behave the same on its first run
 * (no caches yet), on every later run (caches made by earlier runs, of any command), without caches, and
 * with cache folders that cannot be written: same exit code, same output, and nothing on stderr that the
 * program did not write itself (no Node warning, no stack trace).
 */
const ROOT = resolve('.');
const bundled = existsSync('dist/bundle/grantdocs.cjs');
const asRoot = process.getuid?.() === 0;
/** A user without write access to the copy, when the tests run as root (root can write anything). */
const NOBODY = 65534;

/** A fresh copy of the installed tool: its own dist/, and node_modules without .cache/. */
function freshCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gd-every-run-'));
  chmodSync(dir, 0o755);
  for (const f of ['dist', 'package.json', 'schema', 'scaffold', 'templates', 'content']) {
    cpSync(join(ROOT, f), join(dir, f), { recursive: true, preserveTimestamps: true });
  }
  for (const f of readdirSync(join(dir, 'dist/bundle'))) {
    if (f.endsWith('.v8cache')) rmSync(join(dir, 'dist/bundle', f));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const f of readdirSync(join(ROOT, 'node_modules'))) {
    if (f !== '.cache') symlinkSync(join(ROOT, 'node_modules', f), join(dir, 'node_modules', f));
  }
  return dir;
}

type Run = { status: number | null; stdout: string; stderr: string };

/** The commands, each with a fresh place to write to. `scratch` is writable by the user who runs them. */
function commands(scratch: string, n: number): [string, string[]][] {
  return [
    ['version', ['--version']],
    ['help', ['--help']],
    ['schema', ['schema']],
    ['check', ['check']],
    ['check folder', ['check', 'content/felles-ansvar', '--format', 'json']],
    ['build', ['build', 'content/felles-ansvar', '--only', 'soknad-nfk', '--out', join(scratch, `out${n}`)]],
    ['init', ['init', join(scratch, `nytt${n}`)]],
    ['unknown command', ['lag']],
    ['watch without folder', ['watch', join(scratch, 'finnes-ikke')]],
  ];
}

function run(copy: string, args: string[], user: boolean): Run {
  const r = spawnSync(process.execPath, ['dist/cli/grantdocs.cjs', ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
    ...(user ? { uid: NOBODY, gid: NOBODY } : {}),
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Output that the program did not write: Node's warnings, stack traces, uncaught errors. */
const FOREIGN = /Warning|ERR_|Error:|\n\s+at |node:internal|Node\.js v\d/;

/** Runs every command three times; returns the runs by command name, with paths made comparable. */
function threeTimes(copy: string, scratch: string, user = false, between?: () => void) {
  const runs = new Map<string, Run[]>();
  for (let n = 0; n < 3; n++) {
    for (const [name, args] of commands(scratch, n)) {
      const r = run(copy, args, user);
      expect(r.stderr, `${name}, run ${n + 1}`).not.toMatch(FOREIGN);
      const norm = (s: string) =>
        s
          .replaceAll(scratch, '<scratch>')
          .replace(/\s+\d+ ms/g, ' <ms>')
          .replace(/(out|nytt)\d/g, '$1');
      runs.set(name, [...(runs.get(name) ?? []), { ...r, stdout: norm(r.stdout), stderr: norm(r.stderr) }]);
    }
    between?.();
  }
  for (const [name, rs] of runs) {
    for (const r of rs.slice(1)) expect(r, `${name}: a later run differs from the first`).toEqual(rs[0]);
  }
  const outs = [0, 1, 2].map((n) => snapshot(join(scratch, `out${n}`, 'felles-ansvar')));
  expect(outs[1]).toEqual(outs[0]);
  expect(outs[2]).toEqual(outs[0]);
  return { runs, out: outs[0]! };
}

function expectStatuses(runs: Map<string, Run[]>) {
  const status = (name: string) => runs.get(name)![0]!.status;
  expect(status('version')).toBe(0);
  expect(status('help')).toBe(0);
  expect(status('schema')).toBe(0);
  expect(JSON.parse(runs.get('schema')![0]!.stdout)).toHaveProperty('$schema');
  expect(status('check')).toBe(0);
  expect(status('check folder')).toBe(0);
  expect(status('build')).toBe(0);
  expect(status('init')).toBe(0);
  expect(status('unknown command')).toBe(2);
  expect(runs.get('unknown command')![0]!.stderr).toMatch(/^grantdocs: /);
  expect(status('watch without folder')).not.toBe(0);
  expect(runs.get('watch without folder')![0]!.stderr).toMatch(/^grantdocs: /);
}

describe.skipIf(!bundled)('every command on every run', () => {
  let reference: Record<string, string> | undefined;

  it('runs each command three times in a row in a fresh copy, caches made by the first run', () => {
    const copy = freshCopy();
    const scratch = mkdtempSync(join(tmpdir(), 'gd-every-run-out-'));
    const { runs, out } = threeTimes(copy, scratch);
    expectStatuses(runs);
    // The first runs made the code caches and the other caches; the later runs used them.
    expect(readdirSync(join(copy, 'dist/bundle')).some((f) => f.endsWith('.v8cache'))).toBe(true);
    expect(existsSync(join(copy, 'node_modules/.cache'))).toBe(true);
    reference = out;
  });

  it('runs each command three times with the caches removed before each round', () => {
    const copy = freshCopy();
    const scratch = mkdtempSync(join(tmpdir(), 'gd-every-run-out-'));
    const removeCaches = () => {
      rmSync(join(copy, 'node_modules/.cache'), { recursive: true, force: true });
      for (const f of readdirSync(join(copy, 'dist/bundle'))) {
        if (f.endsWith('.v8cache')) rmSync(join(copy, 'dist/bundle', f));
      }
    };
    const { runs, out } = threeTimes(copy, scratch, false, removeCaches);
    expectStatuses(runs);
    if (reference) expect(out).toEqual(reference);
  });

  it('runs each command three times with the cache folders read-only or missing and not creatable', () => {
    const copy = freshCopy();
    const scratch = mkdtempSync(join(tmpdir(), 'gd-every-run-out-'));
    chmodSync(scratch, 0o777);
    if (asRoot) chownSync(scratch, NOBODY, NOBODY);
    // node_modules/.cache is missing and node_modules cannot be written; dist/bundle is read-only.
    chmodSync(join(copy, 'node_modules'), 0o555);
    chmodSync(join(copy, 'dist/bundle'), 0o555);
    const { runs, out } = threeTimes(copy, scratch, asRoot);
    expectStatuses(runs);
    expect(existsSync(join(copy, 'node_modules/.cache'))).toBe(false);
    expect(readdirSync(join(copy, 'dist/bundle')).some((f) => f.endsWith('.v8cache'))).toBe(false);
    if (reference) expect(out).toEqual(reference);
  });

  it('runs each command three times with read-only cache folders made by an earlier run', () => {
    const copy = freshCopy();
    const scratch = mkdtempSync(join(tmpdir(), 'gd-every-run-out-'));
    chmodSync(scratch, 0o777);
    if (asRoot) chownSync(scratch, NOBODY, NOBODY);
    // One build as the owner fills the caches, then they become read-only for the user who runs.
    expect(
      run(copy, ['build', 'content/felles-ansvar', '--out', join(tmpdir(), 'gd-unused')], false).status,
    ).toBe(0);
    expect(run(copy, ['check'], false).status).toBe(0);
    const lock = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) lock(join(dir, e.name));
      }
      chmodSync(dir, 0o555);
    };
    lock(join(copy, 'node_modules/.cache'));
    chmodSync(join(copy, 'dist/bundle'), 0o555);
    const { runs, out } = threeTimes(copy, scratch, asRoot);
    expectStatuses(runs);
    if (reference) expect(out).toEqual(reference);
  });
});

describe('the bundle holds no import()', () => {
  it('finds an import() that esbuild would leave in the bundle', async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      stdin: {
        contents: "export const f = () => import('node:path'); export const g = () => import('node:fs');",
      },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      write: false,
      metafile: true,
    });
    expect(dynamicImportsLeft(result.metafile)).toEqual(['node:fs', 'node:path']);
  });

  it.skipIf(!bundled)('the built bundle never calls import()', () => {
    const source = readFileSync('dist/bundle/grantdocs.cjs', 'utf8');
    expect(source).not.toMatch(/\bimport\("/);
  });
});
