// One scaling run in its own process (so peak memory is this run's alone):
//   node bench/scale-one.mjs <grantdocs|pdfmake|docx> <extra-findings> [timed|once]
// Prints JSON: { pages, ms, bytes, peakMB }. `timed` (default): the steady state of a long-running
// process (watch). Warm-up runs for at least 3 s (and at least two runs), so that a 10-page document's
// code is as compiled as a 300-page document's, which runs the same functions a hundred times more per
// run; then runs for at least 1.5 s (and at least five runs) and prints the median. (A forced
// collection between runs, `gc()` with --expose-gc, is no good: it also throws away compiled code, and
// the next run is three times slower.) Peak memory then includes the garbage of earlier runs. `once`:
// one cold run, as `grantdocs build` does it; its peak memory is the one the goal (under 200 MB for 300
// pages) is about.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { makeProject } from './make-project.mjs';

const [engine, nText, mode = 'timed'] = process.argv.slice(2);
// grantdocs runs with a young generation that does not grow (src/cli/heap.cts, set by dist/cli/grantdocs.cjs);
// its engines are measured the same way. pdfmake keeps V8's defaults.
if (engine !== 'pdfmake') (await import('../dist/cli/heap.cjs')).keepYoungGenerationSmall();
const n = Number(nText);
const dir = makeProject(n);
const { checkProject } = await import('../dist/content/check.js');
const { deriveFacts } = await import('../dist/facts/derive.js');
const { buildDocumentTree } = await import('../dist/document/build-tree.js');
const checked = await checkProject(dir, { final: false });
if (!checked.project) {
  console.error(JSON.stringify(checked.diagnostics.filter((d) => d.severity === 'error').slice(0, 5)));
  process.exit(1);
}
const facts = deriveFacts(checked.project);
const doc = checked.project.dokumenter.find((d) => d.type === 'prosjektbeskrivelse');
const { tree } = buildDocumentTree(checked.project, facts, doc, {
  projectDir: dir,
  templatesDir: 'templates',
  draft: true,
});

async function once() {
  if (engine === 'grantdocs') {
    const { writePdf } = await import('../dist/writers/pdf/write-pdf.js');
    const r = await writePdf(tree);
    return { pages: r.pages, bytes: r.bytes.byteLength };
  }
  if (engine === 'docx') {
    const { writeDocx } = await import('../dist/writers/docx/write-docx.js');
    const r = await writeDocx(tree);
    return { pages: undefined, bytes: r.bytes.byteLength };
  }
  const { renderPdfmake } = await import('./tree-to-pdfmake.mjs');
  const bytes = await renderPdfmake(tree);
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  return { pages, bytes: bytes.byteLength };
}

if (mode !== 'once') {
  // Warm-up: fonts, patterns and code loaded and compiled, as in a long-running process.
  const start = performance.now();
  for (let i = 0; i < 2 || performance.now() - start < 3000; i++) await once();
}
const runs = [];
let last;
const start = performance.now();
for (let i = 0; mode === 'once' ? i < 1 : i < 5 || performance.now() - start < 1500; i++) {
  const t = performance.now();
  last = await once();
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const status = readFileSync('/proc/self/status', 'utf8');
const peakKB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
console.log(
  JSON.stringify({
    ...last,
    ms: runs[Math.floor(runs.length / 2)],
    runs: runs.length,
    peakMB: Math.round(peakKB / 1024),
  }),
);
