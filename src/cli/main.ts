#!/usr/bin/env node
/** Entry point of the `grantdocs` command (package.json `bin`). Kept tiny: see program.ts. */
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2));
