import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatch, type WatchProcess } from './watch-process.js';

/**
 * The live preview of `grantdocs watch`, in a real browser: Debian's Chromium, started by the test (never
 * a downloaded one). Skipped, visibly, where /usr/bin/chromium is missing; .ci/run installs it.
 */
const CHROMIUM = '/usr/bin/chromium';
const ready =
  existsSync(CHROMIUM) && existsSync('dist/cli/grantdocs.cjs') && existsSync('dist/preview/pdf.min.mjs');
if (!ready && process.env.CI) {
  throw new Error(
    `The preview test needs ${CHROMIUM} (Debian's chromium) and npm run build:ts; .ci/run installs it`,
  );
}
if (!ready) console.warn(`Skipping the preview test: ${CHROMIUM} or dist/preview/ is missing`);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Saves as editors do: a temporary file renamed into place. */
function save(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** The server's events, read on a connection of the test's own: each is the whole state. */
interface Event {
  generation: number;
  building: boolean;
  made: string[];
  pdfs: Record<string, string>;
}
function listen(url: string): { events: Event[]; close(): void } {
  const events: Event[] = [];
  let buffer = '';
  const req = get(url + 'events', (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        events.push(JSON.parse(buffer.slice('data: '.length, end)) as Event);
        buffer = buffer.slice(end + 2);
      }
    });
  });
  req.on('error', () => undefined);
  return { events, close: () => req.destroy() };
}

/** The page's marks (src/watch/preview-page.ts) since they were last cleared, in order. */
const marks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name.slice('gd:'.length)));

/** POST /view as a page of `origin` would send it; resolves with the status. */
function postView(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url + 'view', { method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const allDrawn = (page: Page) =>
  page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.dataset.drawn), null, {
    timeout: 120_000,
  });

const generation = (page: Page) => page.evaluate(() => Number(document.body.dataset.generation));
const waitForGeneration = (page: Page, above: number) =>
  page.waitForFunction((g) => Number(document.body.dataset.generation) > g, above, { timeout: 120_000 });

describe.skipIf(!ready)('the preview in Chromium', () => {
  let browser: Browser;
  let w: WatchProcess;
  let project: string;
  let templates: string;
  let url: string;

  /** A new page on the preview, once the first build is on it and every page drawn; its script errors. */
  async function openPreview(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await waitForGeneration(page, 0);
    await allDrawn(page);
    return { page, errors };
  }

  beforeAll(async () => {
    project = join(mkdtempSync(join(tmpdir(), 'gd-preview-')), 'felles-ansvar');
    cpSync('content/felles-ansvar', project, { recursive: true });
    templates = mkdtempSync(join(tmpdir(), 'gd-preview-templates-'));
    cpSync('templates', templates, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'gd-preview-out-'));
    w = startWatch([
      project,
      '--templates',
      templates,
      '--only',
      'soknad-nfk,prosjektbeskrivelse',
      '--format',
      'pdf',
      '--out',
      out,
      '--port',
      '0',
    ]);
    url = await w.previewUrl();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await w?.stop();
  });

  it('serves only 127.0.0.1 and refuses another Host', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, { headers: { host: 'example.com' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('takes the documents in view only from the page itself, as JSON', async () => {
    const origin = url.slice(0, -1);
    const json = { 'content-type': 'application/json' };
    expect(await postView(url, '["soknad-nfk"]', { ...json, origin: 'http://example.com' })).toBe(403);
    expect(await postView(url, '["soknad-nfk"]', json)).toBe(403);
    expect(await postView(url, '["soknad-nfk"]', { 'content-type': 'text/plain', origin })).toBe(400);
    expect(await postView(url, '{"a": 1}', { ...json, origin })).toBe(400);
    expect(await postView(url, '[1]', { ...json, origin })).toBe(400);
    expect(await postView(url, '[]', { ...json, origin })).toBe(204);
  });

  it('shows the pages, refreshes them after a save keeping the place, and shows an error with its line', async () => {
    const { page, errors } = await openPreview();
    const pages = page.locator('#doc-soknad-nfk canvas');
    expect(await pages.count()).toBeGreaterThan(2);
    expect(await page.locator('#doc-prosjektbeskrivelse canvas').count()).toBeGreaterThan(2);
    // Something is drawn: the canvas is not blank.
    const inked = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#doc-soknad-nfk canvas')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(1000);
    await expect.poll(() => page.locator('#problems').textContent()).toMatch(/budsjett\.yaml:\d+:\d+/);
    // Each document is headed by its title, read from the PDF.
    expect(await page.locator('#doc-soknad-nfk h2').textContent()).toMatch(/Søknad/);
    await page.screenshot({ path: join(tmpdir(), 'grantdocs-preview.png') });

    // The reader scrolls into the second page of soknad-nfk (after the title block and contents, the one
    // with the contact person); a save redraws and keeps the place.
    await pages
      .nth(1)
      .evaluate((c) => window.scrollTo(0, c.getBoundingClientRect().top + window.scrollY - 200));
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(0);
    const inView = pages.nth(1);
    const before = await inView.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    // The page has told the server that soknad-nfk is in view (prosjektbeskrivelse is above it).
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
    await page.waitForTimeout(300);
    await page.evaluate(() => performance.clearMarks());
    const heard = listen(url);
    const g1 = await generation(page);
    const file = join(project, 'prosjekt.yaml');
    const good = readFileSync(file, 'utf8');
    save(file, good.replace('Kjell-Idar Juvik', 'Kari Nordmann'));
    await waitForGeneration(page, g1);
    // The page in view is drawn before the new pages are shown; the others follow.
    expect(await inView.getAttribute('data-drawn')).toBe('true');
    const after = await inView.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    expect(after).not.toBe(before);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/Oppdatert/);
    await allDrawn(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    // The build made the document in view first and sent its PDF (with its bytes) before the others;
    // the page drew it first, and the document above only once the build was done.
    heard.close();
    const made = heard.events.filter((e) => e.building && e.made.length > 0);
    expect(made.map((e) => e.made)).toEqual([['soknad-nfk'], ['soknad-nfk', 'prosjektbeskrivelse']]);
    expect(Object.keys(made[0]!.pdfs)).toEqual(['soknad-nfk']);
    const opened = (await marks(page)).filter((m) => m.startsWith('open '));
    expect(opened[0]).toBe('open soknad-nfk');
    const steps = await marks(page);
    if (opened.includes('open prosjektbeskrivelse')) {
      expect(steps.indexOf('open prosjektbeskrivelse')).toBeGreaterThan(
        steps.indexOf('generation ' + made[0]!.generation),
      );
    }

    // A broken save: its error is shown with file:line, and the last good pages stay.
    const g2 = await generation(page);
    save(file, good + '\nprosjekt: [\n');
    await waitForGeneration(page, g2);
    await expect.poll(() => page.locator('#problems').textContent()).toMatch(/prosjekt\.yaml:\d+:\d+\s*feil/);
    expect(await page.locator('#status').textContent()).toMatch(/feil – viser forrige gode versjon/);
    expect(await pages.count()).toBeGreaterThan(2);
    expect(await inView.evaluate((c: HTMLCanvasElement) => c.toDataURL())).toBe(after);
    // The error is in view where the reader is (the list stays at the top and opens by itself).
    const box = await page.locator('#problem-list li.feil').first().boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'grantdocs-preview-error.png') });

    // Fixed again: the error goes away.
    const g3 = await generation(page);
    save(file, good);
    await waitForGeneration(page, g3);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/Oppdatert/);
    expect(await page.locator('#problems').textContent()).not.toMatch(/\sfeil\s/);
    expect(errors).toEqual([]);
  });

  it('shows a document made early, then the last good pages when a later document of the same save fails', async () => {
    const { page, errors } = await openPreview();
    const pages = page.locator('#doc-soknad-nfk canvas');
    // soknad-nfk in view, so the build makes it first and sends it before the project description.
    await pages
      .nth(1)
      .evaluate((c) => window.scrollTo(0, c.getBoundingClientRect().top + window.scrollY - 200));
    await page.waitForTimeout(300);

    // A trap in the project description's template: a field that does not exist, filled in only once the
    // contact person is «Kari Nordmann». Until then the build is good.
    const tpl = join(templates, 'prosjektbeskrivelse.md.hbs');
    const goodTpl = readFileSync(tpl, 'utf8');
    const g0 = await generation(page);
    save(tpl, goodTpl + '\n{{#if (lik kontaktperson.navn "Kari Nordmann")}}{{finnes.ikke}}{{/if}}\n');
    await waitForGeneration(page, g0);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/Oppdatert/);
    await allDrawn(page);
    const inView = pages.nth(1);
    const lastGood = await inView.evaluate((c: HTMLCanvasElement) => c.toDataURL());

    // One save: soknad-nfk is made (with the new name) and sent early; the project description fails.
    const heard = listen(url);
    const file = join(project, 'prosjekt.yaml');
    const good = readFileSync(file, 'utf8');
    const g1 = await generation(page);
    save(file, good.replace('Kjell-Idar Juvik', 'Kari Nordmann'));
    await expect
      .poll(() => page.locator('#problems').textContent(), { timeout: 120_000 })
      .toMatch(/prosjektbeskrivelse\.md\.hbs:\d+:\d+\s*feil/);
    expect(await page.locator('#status').textContent()).toMatch(/feil – viser forrige gode versjon/);
    expect(await generation(page)).toBeGreaterThan(g1);
    heard.close();
    const early = heard.events.filter((e) => e.building && e.made.includes('soknad-nfk'));
    expect(early.length).toBeGreaterThan(0);
    expect(early.some((e) => e.made.includes('prosjektbeskrivelse'))).toBe(false);
    // The pages of the last good build are back, the early ones gone.
    await allDrawn(page);
    expect(await inView.evaluate((c: HTMLCanvasElement) => c.toDataURL())).toBe(lastGood);

    // Both files as they were: the error goes away.
    const g2 = await generation(page);
    save(file, good);
    save(tpl, goodTpl);
    await waitForGeneration(page, g2);
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 120_000 }).toMatch(/Oppdatert/);
    await expect.poll(() => page.locator('#problems').textContent()).not.toMatch(/\sfeil\s/);
    expect(errors).toEqual([]);
  });

  it('keeps the page being read where it is on the screen when a document above it grows', async () => {
    const { page, errors } = await openPreview();
    const above = page.locator('#doc-prosjektbeskrivelse canvas');
    const pagesAbove = await above.count();
    const reading = page.locator('#doc-soknad-nfk canvas').nth(2);
    await reading.evaluate((c) => window.scrollTo(0, c.getBoundingClientRect().top + window.scrollY - 300));
    await page.waitForTimeout(300);
    const top = await reading.evaluate((c) => c.getBoundingClientRect().top);
    const y = await page.evaluate(() => window.scrollY);
    // Two more pages of text at the end of the project description, the document above.
    const file = join(templates, 'prosjektbeskrivelse.md.hbs');
    const good = readFileSync(file, 'utf8');
    const more = Array.from({ length: 40 }, (_, i) => `Et nytt avsnitt nummer ${i + 1} med litt tekst.`);
    const g = await generation(page);
    save(file, good + '\n\n' + more.join('\n\n') + '\n');
    await waitForGeneration(page, g);
    await expect.poll(() => above.count()).toBeGreaterThan(pagesAbove);
    await allDrawn(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(y);
    expect(Math.abs((await reading.evaluate((c) => c.getBoundingClientRect().top)) - top)).toBeLessThan(2);
    save(file, good);
    await expect.poll(() => above.count()).toBe(pagesAbove);
    await allDrawn(page);
    expect(Math.abs((await reading.evaluate((c) => c.getBoundingClientRect().top)) - top)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });
});
