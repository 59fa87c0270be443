import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../src/build/manifest.js';

/** The compiled command, as the tests run it. */
export const CLI = 'dist/cli/grantdocs.cjs';

/** Runs `grantdocs …` in a child process without colours; `env` is added to the environment. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
}

/** Hash of every file in a folder, by name. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, sha256(readFileSync(join(dir, f)))]));
}
