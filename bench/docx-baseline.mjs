// `node bench/docx-baseline.mjs record <dir>` / `node bench/docx-baseline.mjs compare <dir>` (after
// `npm run build:ts`): writes the DOCX of every document of the projects in content/ (draft and final),
// the tests' sample tree, a generated long document and 300 generated trees (test/docx/tree-arbitrary.ts,
// fixed seed), and either stores each package's parts in <dir> or compares the new packages with the
// stored ones, byte for byte. Made to check that a rewrite of the DOCX writer gives the same files: record
// with the old writer, compare with the new. The embedded fonts are stored as their SHA-256 only.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { writeDocx } from '../dist/writers/docx/write-docx.js';

const [mode, dirArg, countArg] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !dirArg) {
  console.error('bruk: node bench/docx-baseline.mjs record|compare <mappe> [antall genererte]');
  process.exit(2);
}
const dir = resolve(dirArg);
const count = Number(countArg ?? 300);
const root = new URL('..', import.meta.url).pathname;
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The generator is TypeScript (shared with the tests): bundled for Node, its packages left as imports. */
async function loadArbitrary() {
  const outfile = join(root, 'out', '.docx-baseline', 'tree-arbitrary.mjs');
  await build({
    entryPoints: [join(root, 'test/docx/tree-arbitrary.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return import(outfile);
}

async function sampleDocuments() {
  const { checkProject } = await import('../dist/content/check.js');
  const { deriveFacts } = await import('../dist/facts/derive.js');
  const { buildDocumentTree } = await import('../dist/document/build-tree.js');
  const out = [];
  for (const project of readdirSync(join(root, 'content')).sort()) {
    const projectDir = join('content', project);
    const checked = await checkProject(projectDir, { final: false });
    if (!checked.project) throw new Error(`${project} has errors`);
    const facts = deriveFacts(checked.project);
    for (const final of [false, true]) {
      for (const doc of checked.project.dokumenter) {
        const { tree } = buildDocumentTree(checked.project, facts, doc, {
          projectDir,
          templatesDir: 'templates',
          draft: !final,
        });
        if (!tree) throw new Error(`${project}/${doc.id}: no tree`);
        out.push({ name: `${project}-${doc.id}-${final ? 'final' : 'draft'}`, tree });
      }
    }
  }
  const sample = JSON.parse(readFileSync(join(root, 'test/fixtures/sample-tree.json'), 'utf8'));
  out.push({ name: 'sample-tree', tree: sample });
  out.push({
    name: 'sample-tree-final',
    tree: { ...sample, meta: { ...sample.meta, draft: false, version: undefined } },
  });
  return out;
}

const arbitrary = await loadArbitrary();
const imageDir = join(root, 'out', '.docx-baseline', 'bilder');
arbitrary.writeCorpusImages(imageDir);
const { default: fc } = await import('fast-check');
const generated = fc
  .sample(arbitrary.documentArbitrary(imageDir), { seed: 20261202, numRuns: count })
  .map((g, i) => ({ name: `generated-${String(i).padStart(3, '0')}`, ...g }));
const documents = [...(await sampleDocuments()), ...generated];

/** The package's parts as stored: fonts by hash, the rest as they are; the diagnostics as JSON. */
function partsOf(bytes, diagnostics) {
  const parts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    parts.set(
      name.endsWith('.odttf') ? `${name}.sha256` : name,
      name.endsWith('.odttf') ? Buffer.from(sha(data)) : data,
    );
  }
  parts.set('package.sha256', Buffer.from(sha(bytes)));
  parts.set('diagnostics.json', Buffer.from(JSON.stringify(diagnostics, null, 1)));
  return parts;
}

function listFiles(base, sub = '') {
  const out = [];
  for (const entry of readdirSync(join(base, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(base, rel));
    else out.push(rel);
  }
  return out;
}

if (mode === 'record') rmSync(dir, { recursive: true, force: true });
let differing = 0;
for (const doc of documents) {
  const { bytes, diagnostics } = await writeDocx(doc.tree, ...(doc.pages ? [doc.pages] : []));
  const parts = partsOf(bytes, diagnostics);
  const docDir = join(dir, doc.name);
  if (mode === 'record') {
    for (const [name, data] of parts) {
      mkdirSync(dirname(join(docDir, name)), { recursive: true });
      writeFileSync(join(docDir, name), data);
    }
    continue;
  }
  if (!existsSync(docDir)) {
    console.log(`${doc.name}: not recorded`);
    differing++;
    continue;
  }
  const stored = listFiles(docDir).sort();
  const names = [...parts.keys()].sort();
  const problems = [];
  for (const name of new Set([...stored, ...names])) {
    if (!stored.includes(name)) problems.push(`new part ${name}`);
    else if (!parts.has(name)) problems.push(`missing part ${name}`);
    else if (!readFileSync(join(docDir, name)).equals(Buffer.from(parts.get(name))))
      problems.push(`differs: ${name}`);
  }
  if (problems.length > 0) {
    differing++;
    console.log(`${doc.name}: ${problems.join('; ')}`);
  }
}
console.log(
  mode === 'record'
    ? `recorded ${documents.length} documents in ${dir}`
    : `${documents.length - differing} of ${documents.length} documents identical`,
);
if (differing > 0) process.exitCode = 1;
