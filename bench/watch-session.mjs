// What bench/edit-loop.mjs and bench/preview-steps.mjs share: a copy of the sample project and the
// templates in a temporary folder, four kinds of edit saved as editors save, `grantdocs watch` (the bundle,
// as the user runs it) on the copy, and the Chromium it is watched with.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A copy of content/felles-ansvar and templates/ under a new temporary folder. */
export function copySample(prefix) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const project = join(root, 'felles-ansvar');
  const templates = join(root, 'templates');
  cpSync('content/felles-ansvar', project, { recursive: true });
  cpSync('templates', templates, { recursive: true });
  return { root, project, templates };
}

/** Saves as editors do: a temporary file renamed into place. */
function save(file, from, to) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: ${from} not found`);
  writeFileSync(`${file}.tmp`, text.replace(from, to));
  renameSync(`${file}.tmp`, file);
}

/**
 * Four kinds of edit (a text, an amount, a date, a template), each between two values, so every save
 * changes the documents. `applyEdit(n)` saves edit n: the kinds in turn; each kind's even rounds go from
 * the first value to the second, odd back. Returns the kind.
 */
export function editor({ project, templates }) {
  const kinds = [
    ['text', join(project, 'prosjekt.yaml'), 'navn: Kjell-Idar Juvik', 'navn: Kari Nordmann'],
    ['amount', join(project, 'budsjett.yaml'), 'beløp: { fra: 2500000', 'beløp: { fra: 2450000'],
    ['date', join(project, 'tidsplan.yaml'), 'dato: 2025-07-04', 'dato: 2025-07-11'],
    ['template', join(templates, 'soknad-statsforvalteren.md.hbs'), '\n\n', '\n\nEn ny setning.\n\n'],
  ];
  const applied = new Map();
  return (n) => {
    const [kind, file, a, b] = kinds[n % kinds.length];
    const k = applied.get(kind) ?? 0;
    applied.set(kind, k + 1);
    if (k % 2 === 0) save(file, a, b);
    else save(file, b, a);
    return kind;
  };
}

/**
 * `grantdocs watch` on the copy, with the preview on any free port. `output()` is what it printed so
 * far; `waitFor(re, from)` resolves with performance.now() once `re` matches the output after `from`.
 * Resolves after the first build, with the preview's address.
 */
export async function startWatch({ root, project, templates }) {
  const child = spawn(
    process.execPath,
    [
      'dist/cli/grantdocs.cjs',
      'watch',
      project,
      '--templates',
      templates,
      '--out',
      join(root, 'out'),
      '--port',
      '0',
    ],
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
  const stop = async () => {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  };
  return { url, output: () => text, waitFor, stop };
}
