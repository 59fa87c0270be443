#!/usr/bin/env node
/**
 * The entry of earlier versions, kept for `node dist/cli/main.js …`: it runs the `grantdocs` command
 * (grantdocs.cts, the package's `bin`), which starts sooner as CommonJS.
 */
import './grantdocs.cjs';
