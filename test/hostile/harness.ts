import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect } from 'vitest';
import { sha256 } from '../../src/build/manifest.js';
import { CLI } from '../cli-run.js';

/**
 * One hostile case: a copy of the small fixture project (`<root>/prosjekt`) that a case edits, the
 * command run in a child process with a time limit and a memory limit, and the rules every case must
 * keep: the exit code, a Norwegian message at a place, no stack trace, the inputs untouched, and nothing
 * written outside --out (`<root>/out`).
 */
export interface Hostile {
  root: string;
  dir: string;
  out: string;
}

export function hostileProject(): Hostile {
  const root = mkdtempSync(join(tmpdir(), 'gd-hostile-'));
  const dir = join(root, 'prosjekt');
  cpSync('test/fixtures/content/base', dir, { recursive: true });
  return { root, dir, out: join(root, 'out') };
}

/** Every entry below `dir` by path: file hashes, link targets, and kinds of the rest (FIFOs are not read). */
export function tree(dir: string, skip?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (skip && resolve(p) === resolve(skip)) continue;
      const st = lstatSync(p);
      const key = relative(dir, p);
      if (st.isSymbolicLink()) out[key] = `link ${readlinkSync(p)}`;
      else if (st.isDirectory()) walk(p);
      else if (st.isFile()) out[key] = sha256(readFileSync(p));
      else out[key] = 'special';
    }
  };
  walk(dir);
  return out;
}

const STACK = /\n\s+at |Error: |RangeError|TypeError/;
const ENGLISH =
  /\b(Parse error|Expecting|Keys with collection|is not|cannot|undefined|ENOENT:|no such file)\b/;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command with at most `seconds` and a 512 MB heap; fails the test if it is killed by either. */
export function run(h: Hostile, args: string[], opts: { cwd?: string; seconds?: number } = {}): Run {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', resolve(CLI), ...args], {
    cwd: opts.cwd ?? process.cwd(),
    encoding: 'utf8',
    timeout: (opts.seconds ?? 30) * 1000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.signal, `killed: ${r.signal} (time or memory limit)`).toBeNull();
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs a case and checks the rules: exit code `status`; the message matches `message` and stands at
 * `where` (a regular expression for «file:line:col» or the file); no stack trace, no English; the inputs
 * (everything under root except --out) are as before.
 */
export function expectRefused(
  h: Hostile,
  args: string[],
  expected: { status: number; message: RegExp; where?: RegExp; cwd?: string },
): Run {
  const before = tree(h.root, h.out);
  const r = run(h, args, { cwd: expected.cwd });
  const text = r.stdout + r.stderr;
  expect(r.status, text).toBe(expected.status);
  expect(text).toMatch(expected.message);
  if (expected.where) {
    const line = text.split('\n').find((l) => expected.message.test(l)) ?? '';
    expect(line).toMatch(expected.where);
  }
  expect(text).not.toMatch(STACK);
  expect(text).not.toMatch(ENGLISH);
  expect(tree(h.root, h.out)).toEqual(before);
  return r;
}
