// Layout engine alone (no PDF writing): time per page from ~10 to ~300 pages, with the real font
// measurer. Run after `npm run build:ts`:  node bench/layout.mjs
// The per-page time should stay flat (no quadratic pagination or table splitting).
import { performance } from 'node:perf_hooks';

const { layoutDocument } = await import('../dist/layout/layout-document.js');
const { createMeasurer } = await import('../dist/fonts/measurer.js');

const WORDS = (
  'kommunene i Polarsirkelrådet samarbeider om et lavterskeltilbud for ungdom som står i fare for å ' +
  'utvikle kriminell atferd prosjektet bygger på kontraktsbasert oppfølging over seks måneder med ' +
  'tverrfaglig innsats fra politi barnevern skole og helsetjeneste kunnskapsgrunnlaget viser at tidlig ' +
  'innsats virker forebyggende og gir likeverdige tilbud i hele regionen Porsáŋgu Divtasvuotna'
).split(' ');
let seed = 1;
const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const words = (n) =>
  Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + '.';
const t = (text) => ({ type: 'text', text });
const para = (text) => ({ type: 'paragraph', children: [t(text)], source: { line: 1 } });

function tree(sections) {
  seed = 1;
  const children = [];
  for (let s = 0; s < sections; s++) {
    children.push({
      type: 'heading',
      level: 1,
      id: `k${s}`,
      children: [t(`Kapittel ${s + 1}`)],
      source: { line: 1 },
    });
    for (let p = 0; p < 4; p++) children.push(para(words(40 + Math.floor(rand() * 80))));
    children.push({
      type: 'list',
      ordered: false,
      start: 1,
      source: { line: 1 },
      items: Array.from({ length: 4 }, () => ({ children: [para(words(8 + Math.floor(rand() * 20)))] })),
    });
    children.push({
      type: 'table',
      source: { line: 1 },
      columns: [{ align: 'left' }, { align: 'right' }, { align: 'right' }],
      header: [
        { cells: [{ children: [t('Kostnad')] }, { children: [t('2026')] }, { children: [t('2027')] }] },
      ],
      body: Array.from({ length: 8 }, (_, i) => ({
        cells: [
          { children: [t(words(6))] },
          { children: [t(`${i + 1}\u00a0000\u00a0kr`)] },
          { children: [t('500\u00a0kr')] },
        ],
      })),
    });
  }
  return {
    type: 'document',
    meta: {
      id: 'bench',
      documentType: 'Prosjektbeskrivelse',
      title: 'Benk',
      shortTitle: 'Benk',
      subject: '',
      keywords: [],
      author: 'grantdocs',
      project: 'Benk',
      applicant: 'Polarsirkelrådet',
      date: '1. januar 2026',
      isoDate: '2026-01-01',
      lang: 'nb-NO',
      draft: true,
      attachments: [],
    },
    children,
  };
}

const measurer = createMeasurer();
layoutDocument(tree(20), measurer); // warm up (JIT, font loading)
console.log('sections  pages  ms    ms/page');
for (const sections of [6, 25, 100, 200]) {
  const doc = tree(sections);
  const runs = [];
  let pages = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    pages = layoutDocument(doc, createMeasurer()).pages.length;
    runs.push(performance.now() - start);
  }
  const ms = runs.sort((a, b) => a - b)[2];
  console.log(
    `${String(sections).padEnd(9)} ${String(pages).padEnd(6)} ${ms.toFixed(0).padEnd(5)} ${(ms / pages).toFixed(2)}`,
  );
}
