#!/usr/bin/env node
/**
 * Entry point of the `grantdocs` command (package.json `bin`). Kept tiny: see program.ts. It runs the
 * esbuild bundle of the program (dist/bundle/, made by `npm run build:bundle`) when that is at least as
 * new as the compiled program.js: one file instead of hundreds of modules makes the start several times
 * faster. A missing or stale bundle (only `tsc` was run since) falls back to the compiled modules.
 */
import { statSync } from 'node:fs';

type Program = typeof import('./program.js');

const BUNDLE = new URL('../bundle/grantdocs.js', import.meta.url);

function bundleIsFresh(): boolean {
  if (process.env.GRANTDOCS_BUNDLE === '0') return false;
  try {
    return statSync(BUNDLE).mtimeMs >= statSync(new URL('./program.js', import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}

const { runCli } = (bundleIsFresh() ? await import(BUNDLE.href) : await import('./program.js')) as Program;
process.exitCode = await runCli(process.argv.slice(2));
