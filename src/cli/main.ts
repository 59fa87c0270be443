#!/usr/bin/env node
/**
 * Entry point of the `grantdocs` command (package.json `bin`). Kept tiny: see program.ts. It runs the
 * one-file bundle of the program when there is a fresh one (bundle-loader.ts: several times faster to
 * start than hundreds of modules), and the compiled modules otherwise.
 */
import { loadBundle, type Program } from './bundle-loader.js';
import { keepYoungGenerationSmall } from './heap.js';

keepYoungGenerationSmall(process.argv[2]);

const bundle = loadBundle(process.argv[2]);
const { runCli } = bundle?.program ?? ((await import('./program.js')) as Program);
process.exitCode = await runCli(process.argv.slice(2));
bundle?.saveCodeCache();
