// `node bench/preview-steps.mjs [edits]`: where the time from a save to the preview's new pages goes.
// Runs `grantdocs watch` on a copy of content/felles-ansvar with the preview open in Chromium (as
// bench/edit-loop.mjs does), saves the same four kinds of edit in turn, and prints, per step, the
// median time after the save: the build's events as the server sends them (read here on a connection
// of our own to /events) and the page's performance marks (src/watch/preview-page.ts). Not part of
// `npm run bench` (it is a look inside, not a goal); edit-loop.mjs gives the figure to compare.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const EDITS = Number(process.argv[2] ?? 12);
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error(`preview-steps: ${CHROMIUM} is missing`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => performance.timeOrigin + performance.now();

const root = mkdtempSync(join(tmpdir(), 'grantdocs-bench-steps-'));
const project = join(root, 'felles-ansvar');
const templates = join(root, 'templates');
cpSync('content/felles-ansvar', project, { recursive: true });
cpSync('templates', templates, { recursive: true });

function save(file, from, to) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: ${from} not found`);
  writeFileSync(`${file}.tmp`, text.replace(from, to));
  renameSync(`${file}.tmp`, file);
}
const kinds = [
  ['text', join(project, 'prosjekt.yaml'), 'navn: Kjell-Idar Juvik', 'navn: Kari Nordmann'],
  ['amount', join(project, 'budsjett.yaml'), 'beløp: { fra: 2500000', 'beløp: { fra: 2450000'],
  ['date', join(project, 'tidsplan.yaml'), 'dato: 2025-07-04', 'dato: 2025-07-11'],
  ['template', join(templates, 'soknad-statsforvalteren.md.hbs'), '\n\n', '\n\nEn ny setning.\n\n'],
];

const child = spawn(
  process.execPath,
  ['dist/cli/main.js', 'watch', project, '--templates', templates, '--out', join(root, 'out'), '--port', '0'],
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
        resolve(now());
      }
    };
    waiters.add(check);
    check();
  });
await waitFor(/Venter på endringer/, 0);
const url = /Forhåndsvisning: (\S+)/.exec(text)[1];

// The server's events, timed as they arrive (each ends with a blank line; a large one comes in parts).
const events = [];
get(url + 'events', { headers: { host: new URL(url).host } }, (res) => {
  res.setEncoding('utf8');
  let buffer = '';
  res.on('data', (chunk) => {
    const at = now();
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = JSON.parse(buffer.slice(6, end));
      buffer = buffer.slice(end + 2);
      events.push({ at, building: data.building, made: data.made?.length ?? 0 });
    }
  });
});

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
await page.goto(url);
await page.waitForFunction(() => Number(document.body.dataset.generation) > 0, null, { timeout: 120_000 });

const steps = new Map();
const note = (name, ms) => (steps.get(name) ?? steps.set(name, []).get(name)).push(ms);
const applied = new Map();
for (let n = 0; n < EDITS; n++) {
  await page.waitForTimeout(300);
  const generation = await page.evaluate(() => Number(document.body.dataset.generation));
  await page.evaluate(() => performance.clearMarks());
  const from = text.length;
  const seen = events.length;
  const [kind, file, a, b] = kinds[n % kinds.length];
  const k = applied.get(kind) ?? 0;
  applied.set(kind, k + 1);
  const t0 = now();
  if (k % 2 === 0) save(file, a, b);
  else save(file, b, a);
  const shown = page
    .waitForFunction((g) => Number(document.body.dataset.generation) > g, generation, {
      timeout: 120_000,
      polling: 'raf',
    })
    .then(() => now());
  note('written (watch prints)', (await waitFor(/Venter på endringer/, from)) - t0);
  note('shown (generation up, seen by the bench)', (await shown) - t0);
  for (const e of events.slice(seen)) {
    const what = !e.building
      ? 'server: result'
      : e.made
        ? `server: PDF ${e.made} of this build`
        : 'server: building';
    note(what, e.at - t0);
  }
  // Every page drawn, for the marks of those below.
  await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.dataset.drawn));
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => [m.name, performance.timeOrigin + m.startTime]),
  );
  const once = new Set();
  for (const [name, at] of marks) {
    const key = 'page: ' + name.slice(3).replace(/ \d+$/, '');
    if (once.has(key)) continue; // the first of a repeated mark (two events in one build)
    once.add(key);
    note(key, at - t0);
  }
}
await browser.close();
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));
rmSync(root, { recursive: true, force: true });

const rows = [...steps].map(([name, xs]) => [name, median(xs), xs.length]).sort((x, y) => x[1] - y[1]);
console.log(`| step (after the save, ${EDITS} edits) | median ms | n |`);
console.log('| --- | --- | --- |');
for (const [name, ms, count] of rows) console.log(`| ${name} | ${ms.toFixed(0)} | ${count} |`);
