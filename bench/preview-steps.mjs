// `node bench/preview-steps.mjs [edits]`: where the time from a save to the preview's new pages goes.
// Runs `grantdocs watch` on a copy of content/felles-ansvar with the preview open in Chromium (as
// bench/edit-loop.mjs does), saves the same four kinds of edit in turn, and prints, per step, the
// median time after the save: the build's events as the server sends them (read here on a connection
// of our own to /events) and the page's performance marks (src/watch/preview-page.ts). Not part of
// `npm run bench` (it is a look inside, not a goal); edit-loop.mjs gives the figure to compare.
import { existsSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { CHROMIUM, CHROMIUM_ARGS, copySample, editor, median, startWatch } from './watch-session.mjs';

const EDITS = Number(process.argv[2] ?? 12);
if (!existsSync(CHROMIUM)) throw new Error(`preview-steps: ${CHROMIUM} is missing`);
/** Times on the clock the page's marks use. */
const now = () => performance.timeOrigin + performance.now();

const sample = copySample('grantdocs-bench-steps-');
const applyEdit = editor(sample);
const watch = await startWatch(sample);
const { url } = watch;

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
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
await page.goto(url);
await page.waitForFunction(() => Number(document.body.dataset.generation) > 0, null, { timeout: 120_000 });

const steps = new Map();
const note = (name, ms) => (steps.get(name) ?? steps.set(name, []).get(name)).push(ms);
for (let n = 0; n < EDITS; n++) {
  await page.waitForTimeout(300);
  const generation = await page.evaluate(() => Number(document.body.dataset.generation));
  await page.evaluate(() => performance.clearMarks());
  const from = watch.output().length;
  const seen = events.length;
  const t0 = now();
  applyEdit(n);
  const shown = page
    .waitForFunction((g) => Number(document.body.dataset.generation) > g, generation, {
      timeout: 120_000,
      polling: 'raf',
    })
    .then(() => now());
  note(
    'written (watch prints)',
    performance.timeOrigin + (await watch.waitFor(/Venter på endringer/, from)) - t0,
  );
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
await watch.stop();
rmSync(sample.root, { recursive: true, force: true });

const rows = [...steps].map(([name, xs]) => [name, median(xs), xs.length]).sort((x, y) => x[1] - y[1]);
console.log(`| step (after the save, ${EDITS} edits) | median ms | n |`);
console.log('| --- | --- | --- |');
for (const [name, ms, count] of rows) console.log(`| ${name} | ${ms.toFixed(0)} | ${count} |`);
