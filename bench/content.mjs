// Timings of the content stage (load + validate) and of `grantdocs check` from a cold start.
// Run after `npm run build:ts`: node bench/content.mjs
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const DIR = 'content/felles-ansvar';
const t0 = performance.now();
const { checkProject } = await import('../dist/content/check.js');
const imported = performance.now() - t0;

const runs = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await checkProject(DIR, { final: false });
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const cold = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  spawnSync(process.execPath, ['dist/cli/grantdocs.cjs', 'check', DIR], { stdio: 'ignore' });
  cold.push(performance.now() - t);
}
cold.sort((a, b) => a - b);
const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`import content stage   ${ms(imported)}`);
console.log(`checkProject (first)   ${ms(runs.at(-1))}`);
console.log(`checkProject (median)  ${ms(runs[10])}`);
console.log(`grantdocs check, cold  ${ms(cold[2])} (median of 5)`);
