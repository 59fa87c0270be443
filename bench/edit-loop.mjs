// `node bench/edit-loop.mjs` (also run by `npm run bench`): the edit loop, beside pdfmake making one
// small PDF in its own process, in one run, alternating, so a busy moment of the machine weighs on both
// sides of each ratio alike.
//  1. save → all six outputs written by `grantdocs watch` (the «Venter på endringer» line, printed after
//     the last file is renamed into place): 20 edits of four kinds, a text, an amount, a date, a template;
//  2. save → the preview page in Chromium shows the new pages (the page's build number goes up after
//     every changed document is drawn), for the same edits;
//  3. cold `grantdocs build` of all six outputs, as a whole process.
// Prints a JSON line with the medians and ratios, and a table.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHROMIUM, CHROMIUM_ARGS, copySample, editor, median, startWatch } from './watch-session.mjs';

const EDITS = 20;

const sample = copySample('grantdocs-bench-edit-');
const { root, project, templates } = sample;

// The peer: pdfmake making the sample's application, one PDF, in its own process.
execFileSync(
  process.execPath,
  [
    'dist/cli/grantdocs.cjs',
    'build',
    project,
    '--templates',
    templates,
    '--out',
    join(root, 'tree'),
    '--only',
    'soknad-nfk',
    '--emit',
    'tree',
    '--format',
    'pdf',
  ],
  { stdio: 'ignore' },
);
const treeFile = join(root, 'tree', 'felles-ansvar', 'soknad-nfk.tree.json');
function timeProcess(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}
const pdfmake = () => timeProcess(['bench/pdfmake-once.mjs', treeFile]);
pdfmake();

const applyEdit = editor(sample);

// The watch process, as the user runs it (the bundle), with the preview.
const watch = await startWatch(sample);
const { url, waitFor } = watch;

let browser;
let page;
if (existsSync(CHROMIUM)) {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => Number(document.body.dataset.generation) > 0, null, { timeout: 120_000 });
} else {
  console.error(`edit-loop: ${CHROMIUM} is missing; the preview row is left out.`);
}

const written = [];
const shown = [];
const peer = [];
const byKind = {};
for (let n = 0; n < EDITS; n++) {
  const generation = page ? await page.evaluate(() => Number(document.body.dataset.generation)) : 0;
  const from = watch.output().length;
  const t0 = performance.now();
  const kind = applyEdit(n);
  const shownAt = page
    ? page
        .waitForFunction((g) => Number(document.body.dataset.generation) > g, generation, {
          timeout: 120_000,
          polling: 'raf',
        })
        .then(() => performance.now())
    : undefined;
  const doneAt = await waitFor(/Venter på endringer/, from);
  written.push(doneAt - t0);
  (byKind[kind] ??= []).push(doneAt - t0);
  if (shownAt) shown.push((await shownAt) - t0);
  const printed = watch.output().slice(from);
  if (/\sfeil\s/.test(printed)) throw new Error(`edit ${n} (${kind}) failed:\n${printed}`);
  peer.push(pdfmake());
}
await browser?.close();
await watch.stop();

// Cold builds of all six outputs, alternating with the peer.
const buildArgs = ['dist/cli/grantdocs.cjs', 'build', 'content/felles-ansvar', '--out', join(root, 'cold')];
timeProcess(buildArgs);
const cold = [];
const coldPeer = [];
for (let i = 0; i < 7; i++) {
  cold.push(timeProcess(buildArgs));
  coldPeer.push(pdfmake());
}
rmSync(root, { recursive: true, force: true });

const result = {
  saveToWritten: median(written),
  saveToShown: shown.length ? median(shown) : null,
  pdfmakeDuringEdits: median(peer),
  cold: median(cold),
  pdfmakeDuringCold: median(coldPeer),
  byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, Math.round(median(v))])),
};
const r = (a, b) => (a / b).toFixed(2);
const rows = [
  [
    'save → 6 outputs written (watch, median of 20)',
    `${result.saveToWritten.toFixed(0)} ms`,
    `${result.pdfmakeDuringEdits.toFixed(0)} ms`,
    r(result.saveToWritten, result.pdfmakeDuringEdits),
    '≤ 0.3',
  ],
  [
    'save → preview shows new pages',
    result.saveToShown === null ? '–' : `${result.saveToShown.toFixed(0)} ms`,
    `${result.pdfmakeDuringEdits.toFixed(0)} ms`,
    result.saveToShown === null ? '–' : r(result.saveToShown, result.pdfmakeDuringEdits),
    '≤ 0.5',
  ],
  [
    'cold `grantdocs build`, 6 outputs',
    `${result.cold.toFixed(0)} ms`,
    `${result.pdfmakeDuringCold.toFixed(0)} ms`,
    r(result.cold, result.pdfmakeDuringCold),
    '≤ 1.0',
  ],
];
console.log(JSON.stringify(result));
console.log('| what | grantdocs | pdfmake, 1 PDF (process) | ratio | goal |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`save → written by kind (median ms): ${JSON.stringify(result.byKind)}`);
