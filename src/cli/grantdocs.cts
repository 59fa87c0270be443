#!/usr/bin/env node
/**
 * The `grantdocs` command (package.json `bin`). Kept tiny: see program.ts. It runs the one-file bundle of
 * the program when there is a fresh one (bundle-loader.cts: several times faster to start than hundreds
 * of modules), and the compiled modules otherwise.
 *
 * CommonJS (this file, heap.cts and bundle-loader.cts): Node starts a CommonJS entry ~10 ms sooner than
 * an ES module one, whose loader it would otherwise set up first. dist/cli/main.js, the entry of earlier
 * versions, runs this file.
 */
import { loadBundle, type Program } from './bundle-loader.cjs';
import { keepYoungGenerationSmall } from './heap.cjs';

keepYoungGenerationSmall(process.argv[2]);

const bundle = loadBundle(process.argv[2]);

void (async () => {
  const { runCli } = bundle?.program ?? ((await import('./program.js')) as Program);
  process.exitCode = await runCli(process.argv.slice(2));
  bundle?.saveCodeCache();
})();
