// `node bench/edit-loop.mjs` (also run by `npm run bench`): the edit loop, beside pdfmake making one
// small PDF in its own process, in one run, alternating, so a busy moment of the machine weighs on both
// sides of each ratio alike.
//  1. save → all six outputs written by `grantdocs watch` (the «Venter på endringer» line, printed after
//     the last file is renamed into place): 20 edits of four kinds, a text, an amount, a date, a template;
//  2. save → the preview page in Chromium shows the new pages (the page's build number goes up after
//     every changed document is drawn), for the same edits;
//  3. cold `grantdocs build` of all six outputs, as a whole process.
// Prints a JSON line with the medians and ratios, and a table.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const EDITS = 20;
const CHROMIUM = '/usr/bin/chromium';

const root = mkdtempSync(join(tmpdir(), 'grantdocs-bench-edit-'));
const project = join(root, 'felles-ansvar');
const templates = join(root, 'templates');
const out = join(root, 'out');
cpSync('content/felles-ansvar', project, { recursive: true });
cpSync('templates', templates, { recursive: true });

// The peer: pdfmake making the sample's application, one PDF, in its own process.
execFileSync(
  process.execPath,
  [
    'dist/cli/main.js',
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

/** Saves as editors do: a temporary file renamed into place. */
function save(file, from, to) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: ${from} not found`);
  writeFileSync(`${file}.tmp`, text.replace(from, to));
  renameSync(`${file}.tmp`, file);
}
/** Four kinds of edit, each between two values, so every save changes the documents. */
const kinds = [
  ['text', join(project, 'prosjekt.yaml'), 'navn: Kjell-Idar Juvik', 'navn: Kari Nordmann'],
  ['amount', join(project, 'budsjett.yaml'), 'beløp: { fra: 2500000', 'beløp: { fra: 2450000'],
  ['date', join(project, 'tidsplan.yaml'), 'dato: 2025-07-04', 'dato: 2025-07-11'],
  ['template', join(templates, 'soknad-statsforvalteren.md.hbs'), '\n\n', '\n\nEn ny setning.\n\n'],
];
const applied = new Map();
/** Edit n: the kinds in turn; each kind's even rounds go from the first value to the second, odd back. */
function applyEdit(n) {
  const [kind, file, a, b] = kinds[n % kinds.length];
  const k = applied.get(kind) ?? 0;
  applied.set(kind, k + 1);
  if (k % 2 === 0) save(file, a, b);
  else save(file, b, a);
  return kind;
}

// The watch process, as the user runs it (the bundle), with the preview.
const child = spawn(
  process.execPath,
  ['dist/cli/main.js', 'watch', project, '--templates', templates, '--out', out, '--port', '0'],
  { env: { ...process.env, NO_COLOR: '1' } },
);
let text = '';
const waiters = new Set();
child.stdout.on('data', (d) => {
  text += d.toString();
  for (const w of [...waiters]) w();
});
child.stderr.on('data', (d) => process.stderr.write(d));
const waitFor = (re, from) =>
  new Promise((resolve) => {
    const check = () => {
      if (re.test(text.slice(from))) {
        waiters.delete(check);
        resolve(performance.now());
      }
    };
    waiters.add(check);
    check();
  });
await waitFor(/Venter på endringer/, 0);
const url = /Forhåndsvisning: (\S+)/.exec(text)[1];

let browser;
let page;
if (existsSync(CHROMIUM)) {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
  const from = text.length;
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
  if (/\sfeil\s/.test(text.slice(from))) throw new Error(`edit ${n} (${kind}) failed:\n${text.slice(from)}`);
  peer.push(pdfmake());
}
await browser?.close();
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));

// Cold builds of all six outputs, alternating with the peer.
const buildArgs = ['dist/cli/main.js', 'build', 'content/felles-ansvar', '--out', join(root, 'cold')];
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
