// Timings of the content → tree stage (facts, templates, Markdown → tree) for the sample's three
// documents, in fresh processes: with the compiled-template disk cache warm, and with it turned off
// (GRANTDOCS_TEMPLATE_CACHE=0, as on a first build). Uses dist/ (npm run build:ts). Not a test.
import { spawnSync } from 'node:child_process';

const script = `
const t0 = performance.now();
const { readdirSync, readFileSync } = await import('node:fs');
const { parse } = await import('yaml');
const dir = 'content/felles-ansvar';
const p = {};
for (const f of readdirSync(dir).sort()) if (f.endsWith('.yaml')) Object.assign(p, parse(readFileSync(dir + '/' + f, 'utf8')));
const t1 = performance.now();
const { deriveFacts } = await import('./dist/facts/derive.js');
const { buildDocumentTree } = await import('./dist/document/build-tree.js');
const t2 = performance.now();
const facts = deriveFacts(p);
for (const doc of p.dokumenter) buildDocumentTree(p, facts, doc, { projectDir: dir, templatesDir: 'templates', draft: true });
const t3 = performance.now();
console.log(JSON.stringify({ imports: t2 - t1, trees: t3 - t2 }));
`;

function run(env, times = 5) {
  const results = [];
  for (let i = 0; i < times; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
    results.push(JSON.parse(r.stdout));
  }
  const median = (k) => results.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(times / 2)];
  return `imports ${median('imports').toFixed(0)} ms, facts and three trees ${median('trees').toFixed(0)} ms`;
}

run({}, 1); // fills the cache
console.log(`template cache warm: ${run({})}`);
console.log(`template cache off:  ${run({ GRANTDOCS_TEMPLATE_CACHE: '0' })}`);
