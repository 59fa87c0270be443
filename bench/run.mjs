// `npm run bench`: timings of the compiled tool (dist/), each beside its peer in the same run.
// Not a test: nothing here fails the build; read the table.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// The in-process rows (warm build, watch) run as the command does: see src/cli/heap.cts.
(await import('../dist/cli/heap.cjs')).keepYoungGenerationSmall();

const rows = [];
const row = (what, value, peer = '', note = '') => {
  rows.push([what, value, peer, note]);
  console.error(`  ${what}: ${value} ${peer} ${note}`);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

function timeProcess(args, times = 5, env = {}) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    });
    ms.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  }
  return median(ms);
}

const out = mkdtempSync(join(tmpdir(), 'grantdocs-bench-out-'));

// 1. Cold start: whole processes.
const nodeEmpty = timeProcess(['-e', '0']);
row('node -e 0', fmt(nodeEmpty));
const buildArgs = ['dist/cli/grantdocs.cjs', 'build', 'content/felles-ansvar', '--out', out];
timeProcess(buildArgs, 1); // leaves the disk caches (code, templates, chart PNGs, fonts) filled
const treeFile = join(out, 'felles-ansvar', 'soknad-nfk.tree.json');
execFileSync(process.execPath, [
  'dist/cli/grantdocs.cjs',
  'build',
  'content/felles-ansvar',
  '--out',
  out,
  '--only',
  'soknad-nfk',
  '--emit',
  'tree',
  '--format',
  'pdf',
]);
const pdfmakeArgs = ['bench/pdfmake-once.mjs', treeFile];
timeProcess(pdfmakeArgs, 1);
// The two alternate, so a busy moment of the machine weighs on both sides of the ratio alike.
const coldRuns = [];
const pdfmakeRuns = [];
for (let i = 0; i < 7; i++) {
  coldRuns.push(timeProcess(buildArgs, 1));
  pdfmakeRuns.push(timeProcess(pdfmakeArgs, 1));
}
const cold = median(coldRuns);
const pdfmakeCold = median(pdfmakeRuns);
const noCaches = {
  GRANTDOCS_CODE_CACHE: '0',
  GRANTDOCS_TEMPLATE_CACHE: '0',
  GRANTDOCS_CHART_CACHE: '0',
  GRANTDOCS_FONT_CACHE: '0',
};
const coldNoCache = timeProcess(buildArgs, 5, noCaches);
const coldUnbundled = timeProcess(buildArgs, 5, { GRANTDOCS_BUNDLE: '0' });
row(
  'cold build, all 6 outputs (process)',
  fmt(cold),
  `pdfmake, 1 PDF (process): ${fmt(pdfmakeCold)}`,
  `ratio ${(cold / pdfmakeCold).toFixed(2)} (goal ≤ 1.0); bundle, disk caches filled; runs alternate`,
);
row(
  'cold build, no disk caches (first run)',
  fmt(coldNoCache),
  '',
  'no code cache, template, chart PNG or font cache',
);
row(
  'cold build, unbundled modules',
  fmt(coldUnbundled),
  '',
  'GRANTDOCS_BUNDLE=0: dist/ modules, caches filled',
);

// 2. Warm, in one process.
const { buildProject } = await import('../dist/build/build-project.js');
const opts = {
  final: false,
  only: [],
  formats: ['pdf', 'docx'],
  outDir: out,
  emit: [],
  templatesDir: 'templates',
};
await buildProject('content/felles-ansvar', opts);
const warm = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await buildProject('content/felles-ansvar', opts);
  warm.push(performance.now() - t);
}
row('warm build, all 6 outputs (in process)', fmt(median(warm)));
const docxOnly = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await buildProject('content/felles-ansvar', { ...opts, formats: ['docx'] });
  docxOnly.push(performance.now() - t);
}
row(
  'warm build, 3 DOCX only (incl. check and templates)',
  fmt(median(docxOnly)),
  '',
  'goal ≤ 100 ms for the DOCX writing',
);

// 3. Watch: rebuild of one document after a save (what `grantdocs watch --only` does).
const watchMs = [];
for (let i = 0; i < 5; i++) {
  const now = new Date();
  utimesSync('content/felles-ansvar/budsjett.yaml', now, now);
  const t = performance.now();
  await buildProject('content/felles-ansvar', { ...opts, only: ['soknad-nfk'] });
  watchMs.push(performance.now() - t);
}
row('watch rebuild of one document (PDF + DOCX)', fmt(median(watchMs)), '', 'goal ≤ 200 ms');

// 4. Scaling: layout + PDF writing per page, beside pdfmake on the same tree.
function scale(engine, n, mode = 'timed') {
  const r = spawnSync(process.execPath, ['bench/scale-one.mjs', engine, String(n), mode], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}
// Pages grow linearly with the extra findings: fit pages = a + b·n from two probes.
const [p1, p2] = [20, 120].map((n) => scale('grantdocs', n, 'once'));
const perFinding = (p2.pages - p1.pages) / 100;
const basePages = p1.pages - 20 * perFinding;
for (const target of [10, 100, 300]) {
  const n = Math.max(0, Math.round((target - basePages) / perFinding));
  const g = scale('grantdocs', n);
  const once = scale('grantdocs', n, 'once');
  const p = scale('pdfmake', n);
  row(
    `${g.pages} pages: layout + PDF`,
    `${fmt(g.ms)} (${(g.ms / g.pages).toFixed(2)} ms/page, ${once.peakMB} MB peak, ${Math.round(g.bytes / 1024)} KB)`,
    `pdfmake ${p.pages} pages: ${fmt(p.ms)} (${(p.ms / p.pages).toFixed(2)} ms/page)`,
    `${(p.ms / g.ms).toFixed(1)}× faster`,
  );
  if (target === 100) {
    const d = scale('docx', n);
    row(`${g.pages} pages: DOCX`, fmt(d.ms), '', 'goal ≤ 300 ms');
  }
}
// 5. The whole command on the 300-page project: PDF of one document, and everything.
{
  const { makeProject } = await import('./make-project.mjs');
  const dir = makeProject(Math.max(0, Math.round((300 - basePages) / perFinding)));
  const peak = (...args) => {
    const r = spawnSync(process.execPath, ['bench/cli-peak.mjs', 'build', dir, '--out', out, ...args], {
      encoding: 'utf8',
    });
    return JSON.parse(r.stderr.trim().split('\n').at(-1)).peakMB;
  };
  row(
    '300 pages: `grantdocs build`, one PDF',
    `${peak('--only', 'prosjektbeskrivelse', '--format', 'pdf')} MB peak`,
    '',
    'the command, bundle included',
  );
  row('300 pages: `grantdocs build`, all outputs', `${peak()} MB peak`, '', '3 documents × PDF and DOCX');
}
rmSync(out, { recursive: true, force: true });

// 6. The edit loop (bench/edit-loop.mjs): save → outputs written by watch, save → preview shows the new
// pages, and the cold build, each beside pdfmake in the same run.
{
  const r = spawnSync(process.execPath, ['bench/edit-loop.mjs'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/edit-loop.mjs failed: ${r.stderr}`);
  const e = JSON.parse(r.stdout.split('\n').find((l) => l.startsWith('{')));
  const ratio = (a, b) => (a / b).toFixed(2);
  row(
    'save → 6 outputs written by watch (median of 20 edits)',
    fmt(e.saveToWritten),
    `pdfmake, 1 PDF (process): ${fmt(e.pdfmakeDuringEdits)}`,
    `ratio ${ratio(e.saveToWritten, e.pdfmakeDuringEdits)} (goal ≤ 0.3); by kind ${JSON.stringify(e.byKind)}`,
  );
  if (e.saveToShown !== null) {
    row(
      'save → preview shows the new pages (Chromium)',
      fmt(e.saveToShown),
      `pdfmake, 1 PDF (process): ${fmt(e.pdfmakeDuringEdits)}`,
      `ratio ${ratio(e.saveToShown, e.pdfmakeDuringEdits)} (goal ≤ 0.5)`,
    );
  }
  row(
    'cold build, all 6 outputs (edit-loop run)',
    fmt(e.cold),
    `pdfmake, 1 PDF (process): ${fmt(e.pdfmakeDuringCold)}`,
    `ratio ${ratio(e.cold, e.pdfmakeDuringCold)} (goal ≤ 1.0)`,
  );
}

const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...[['what', 'grantdocs', 'peer', 'note'], ...rows].map((r) => r[i].length)),
);
const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(['what', 'grantdocs', 'peer', 'note']));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
