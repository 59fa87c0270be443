// `node bench/docx.mjs` (after `npm run build:ts`): timings of the DOCX writer from dist/.
// Not a test: nothing here fails the build. Goals (issues 5 and 16): the three sample documents in
// ≤ 100 ms warm in one process, and ≤ 100 ms cold (first call in a fresh process, loading the writer's
// modules included); a 100-page document in ≤ 300 ms. `node bench/docx.mjs --cold-runs 9` measures the
// cold case in that many fresh processes (each builds the trees first, then times loading and writing).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The tests' hand-made tree (test/fixtures/sample-tree.json), with `overrides` in its meta data. */
const sampleTree = (overrides = {}) => {
  const tree = JSON.parse(
    readFileSync(new URL('../test/fixtures/sample-tree.json', import.meta.url), 'utf8'),
  );
  return { ...tree, meta: { ...tree.meta, ...overrides } };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The sample project's document trees through the real pipeline; the hand-made sample tree if it fails. */
async function projectTrees(dir) {
  try {
    const { checkProject } = await import('../dist/content/check.js');
    const { deriveFacts } = await import('../dist/facts/derive.js');
    const { buildDocumentTree } = await import('../dist/document/build-tree.js');
    const checked = await checkProject(dir, { final: false });
    if (!checked.project) throw new Error('the sample project has errors');
    const facts = deriveFacts(checked.project);
    const trees = checked.project.dokumenter.map(
      (doc) =>
        buildDocumentTree(checked.project, facts, doc, {
          projectDir: dir,
          templatesDir: 'templates',
          draft: true,
        }).tree,
    );
    if (trees.some((t) => !t)) throw new Error('a document tree could not be built');
    return trees;
  } catch (error) {
    console.error(`  (pipeline not usable: ${error.message}; using three sample trees)`);
    return [sampleTree(), sampleTree({ id: 'b', draft: false }), sampleTree({ id: 'c' })];
  }
}

/** A document of about `pages` A4 pages: heading, three paragraphs, a list, every other page a table. */
function generatedTree(pages) {
  const children = [];
  const words =
    'Prosjektet skal styrke det tverrfaglige samarbeidet mellom kommunene i regionen, ' +
    'med tidlig innsats for ungdom og likeverdige tilbud uansett bosted. ';
  const text = (t) => ({ type: 'text', text: t });
  for (let page = 1; page <= pages; page++) {
    children.push({
      type: 'heading',
      level: page % 5 === 1 ? 1 : 2,
      id: `k${page}`,
      children: [text(`Kapittel ${page}`)],
      source: { line: page },
    });
    for (let p = 0; p < 3; p++) {
      children.push({
        type: 'paragraph',
        source: { line: page },
        children: [
          text(words.repeat(4)),
          { type: 'strong', children: [text(`Delmål ${page}.${p + 1}`)] },
          text(' i '),
          { type: 'link', href: `#k${Math.max(1, page - 1)}`, children: [text('forrige kapittel')] },
          text('. Ansvarlig: '),
          { type: 'unresolved', text: 'Ikke avklart' },
        ],
      });
    }
    children.push({
      type: 'list',
      ordered: page % 2 === 0,
      start: 1,
      source: { line: page },
      items: ['Kartlegging', 'Oppfølging', 'Evaluering'].map((t) => ({
        children: [{ type: 'paragraph', source: { line: page }, children: [text(t)] }],
      })),
    });
    if (page % 2 === 1) {
      const row = (cells, total) => ({
        ...(total ? { total } : {}),
        cells: cells.map((c) => ({ children: [text(c)] })),
      });
      children.push({
        type: 'table',
        source: { line: page },
        columns: [{ align: 'left' }, { align: 'right' }, { align: 'right' }],
        header: [row(['Post', '2026', '2027'])],
        body: [
          ...['Lønn', 'Reise', 'Lokaler', 'Materiell'].map((p, i) =>
            row([p, `${(i + 1) * 125} 000 kr`, `${(i + 2) * 110} 000 kr`]),
          ),
          row(['Sum', '1 250 000 kr', '1 540 000 kr'], true),
        ],
        caption: [text(`Tabell ${page}. Kostnader`)],
      });
    }
  }
  return { ...sampleTree({ id: 'hundre' }), children };
}

/**
 * Median wall time of warm runs, and the mean CPU time (user + system) per run: on a busy machine the
 * wall time mostly measures the other processes, the CPU time the writer.
 */
async function time(label, fn, runs = 9) {
  await fn();
  await fn();
  const ms = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / runs;
  console.log(`${label}: ${median(ms).toFixed(1)} ms wall (median of ${runs}), ${cpuMs.toFixed(1)} ms CPU`);
}

const args = process.argv.slice(2);

if (args[0] === '--cold-child') {
  // One fresh process: the trees (and the pages the build would pass) first, then the writer's modules
  // loaded and the three documents written, timed together.
  const trees = await projectTrees('content/felles-ansvar');
  const { pagesOf } = await import('../dist/writers/page-numbers.js');
  const pages = trees.map((tree) => pagesOf(tree));
  const t = performance.now();
  const cpu = process.cpuUsage();
  const { writeDocx } = await import('../dist/writers/docx/write-docx.js');
  for (let i = 0; i < trees.length; i++) await writeDocx(trees[i], pages[i]);
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ ms: performance.now() - t, cpu: (used.user + used.system) / 1000 }));
  process.exit(0);
}

const coldRuns = args[0] === '--cold-runs' ? Number(args[1] ?? 9) : 0;
if (coldRuns > 0) {
  const ms = [];
  const cpu = [];
  for (let i = 0; i < coldRuns; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold-child'], {
      encoding: 'utf8',
    });
    const run = JSON.parse(child.stdout.trim().split('\n').pop());
    ms.push(run.ms);
    cpu.push(run.cpu);
  }
  console.log(
    `3 sample DOCX cold, with module loading (goal ≤ 100 ms): ${median(ms).toFixed(1)} ms wall, ` +
      `${median(cpu).toFixed(1)} ms CPU (medians of ${coldRuns})`,
  );
  process.exit(0);
}

const { writeDocx } = await import('../dist/writers/docx/write-docx.js');
const { pagesOf } = await import('../dist/writers/page-numbers.js');
const trees = await projectTrees('content/felles-ansvar');
// The pages a build passes (from the PDF it wrote): laying the documents out is not the writer's time.
const pages = trees.map((tree) => pagesOf(tree));
await time(`${trees.length} sample DOCX (goal ≤ 100 ms)`, async () => {
  for (let i = 0; i < trees.length; i++) await writeDocx(trees[i], pages[i]);
});
const big = generatedTree(100);
const bigPages = pagesOf(big);
await time('100-page DOCX (goal ≤ 300 ms)', () => writeDocx(big, bigPages), 5);
