// PDF painter alone (drawPdf on a finished layout): time per page and size from ~10 to ~300 pages.
// Run after `npm run build:ts`:  node bench/pdf.mjs
// The per-page time should stay flat; the layout is computed once outside the timing.
import { performance } from 'node:perf_hooks';

const { drawPdf } = await import('../dist/writers/pdf/draw-pdf.js');
const { layoutDocument } = await import('../dist/layout/layout-document.js');
const { createMeasurer } = await import('../dist/fonts/measurer.js');
const { drawChart } = await import('../dist/charts/draw-chart.js');
import { readFileSync } from 'node:fs';
/** The tests' hand-made tree (test/fixtures/sample-tree.json), with `overrides` in its meta data. */
const sampleTree = (overrides = {}) => {
  const tree = JSON.parse(
    readFileSync(new URL('../test/fixtures/sample-tree.json', import.meta.url), 'utf8'),
  );
  return { ...tree, meta: { ...tree.meta, ...overrides } };
};

const SENTENCES = [
  'Felles Ansvar er et gratis lavterskeltilbud for ungdom fra 12 år.',
  'Det består av kontraktsbasert oppfølging over 6 måneder, tverrfaglig samarbeid og koordinert innsats.',
  'Erfaring fra Salten viser at modellen gir rask hjelp uten ventetid, og styrker samarbeidet mellom etatene.',
  'Tiltaket skal rulles ut trinnvis i hele fylket, og kommunene inviteres til å delta med lokal tilpasning.',
  'Stedsnavnene Porsáŋgu og Divtasvuotna skrives med samiske bokstaver som čđŋšŧž.',
];

function tree(sections) {
  const sample = sampleTree();
  const extra = sample.children.filter((b) => b.type === 'table' || b.type === 'list' || b.type === 'chart');
  const children = [];
  for (let i = 0; i < sections; i++) {
    children.push({
      type: 'heading',
      level: 2,
      id: `h${i}`,
      children: [{ type: 'text', text: `Del ${i + 1}` }],
      source: { line: 1 },
    });
    for (let p = 0; p < 4; p++) {
      const text = [0, 1, 2, 3].map((k) => SENTENCES[(i + p + k) % SENTENCES.length]).join(' ');
      children.push({
        type: 'paragraph',
        source: { line: 1 },
        children: [{ type: 'text', text: `${text} ${i}` }],
      });
    }
    children.push(...extra);
  }
  return { ...sample, children };
}

const measurer = createMeasurer();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| pages | drawPdf | ms/page | KB |');
console.log('|------:|--------:|--------:|---:|');
for (const sections of [8, 80, 240]) {
  const t = tree(sections);
  const layout = layoutDocument(t, measurer);
  await drawPdf(layout, t.meta, { chartDrawer: drawChart }); // warm-up
  const ms = [];
  let last;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    last = await drawPdf(layout, t.meta, { chartDrawer: drawChart });
    ms.push(performance.now() - start);
  }
  const m = median(ms);
  console.log(
    `| ${last.pages} | ${m.toFixed(0)} ms | ${(m / last.pages).toFixed(2)} | ${Math.round(last.bytes.length / 1024)} |`,
  );
}
