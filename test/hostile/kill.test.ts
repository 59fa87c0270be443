import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/build/manifest.js';
import { CLI } from '../cli-run.js';

/**
 * Builds killed at random moments (SIGKILL and SIGINT, alternating): after each, the output folder holds
 * one complete set that matches its manifest, every PDF passes `qpdf --check`, and a build that runs to
 * its end leaves no staging behind. The content changes between builds, so old and new sets differ.
 */
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
const RUNS = 30;

/** A small deterministic random number generator, so a failure can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function build(dir: string, out: string, kill?: { after: number; signal: NodeJS.Signals }) {
  return new Promise<{ code: number | null; ms: number }>((done) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, 'build', dir, '--out', out, '--format', 'pdf'], {
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const timer = kill ? setTimeout(() => child.kill(kill.signal), kill.after) : undefined;
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      done({ code, ms: Date.now() - t0 });
    });
  });
}

/** The set in the output folder is whole: exactly the manifest's files, with its hashes; PDFs are sound. */
function expectWholeSet(folder: string): void {
  if (!existsSync(folder)) return; // no build has finished yet
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  const listed = manifest.outputs.map((o: { file: string }) => o.file).sort();
  expect(readdirSync(folder).sort()).toEqual([...listed, 'manifest.json'].sort());
  for (const o of manifest.outputs as { file: string; sha256: string }[]) {
    expect(sha256(readFileSync(join(folder, o.file)))).toBe(o.sha256);
    if (o.file.endsWith('.pdf')) {
      const check = spawnSync('qpdf', ['--check', join(folder, o.file)], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    }
  }
}

function staging(out: string): string[] {
  return readdirSync(out).filter((n) => n.startsWith('.'));
}

describe.skipIf(!hasQpdf || !existsSync(CLI))('builds killed at random moments', () => {
  it(`leave the complete old or new set, ${RUNS} times`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'gd-kill-'));
    const dir = join(root, 'prosjekt');
    cpSync('test/fixtures/content/base', dir, { recursive: true });
    const out = join(root, 'out');
    const folder = join(out, 'prosjekt');
    const file = join(dir, 'prosjekt.yaml');
    const original = readFileSync(file, 'utf8');
    const edit = (i: number) =>
      writeFileSync(file, original.replace('tittel: Testprosjekt', `tittel: Testprosjekt ${i}`));

    const first = await build(dir, out);
    expect(first.code).toBe(0);
    const rnd = random(15);
    for (let i = 0; i < RUNS; i++) {
      edit(i);
      const signal: NodeJS.Signals = i % 2 === 0 ? 'SIGKILL' : 'SIGINT';
      await build(dir, out, { after: Math.round(rnd() * first.ms * 1.2), signal });
      expectWholeSet(folder);
      expect(lstatSync(folder).isSymbolicLink()).toBe(true);
      if (i % 10 === 9) {
        expect((await build(dir, out)).code).toBe(0);
        expectWholeSet(folder);
        // Only the generation the link points at.
        expect(staging(out)).toHaveLength(1);
      }
    }
  }, 600_000);
});
