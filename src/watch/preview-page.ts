/**
 * The preview page (Norwegian, for the secretariat). It loads pdf.js from /pdfjs/, draws the pages of
 * each document into canvases, and redraws when /events says a build has finished: only documents
 * whose PDF changed are drawn again. The pages in view are drawn off screen first, then swapped in, and
 * the scroll position is put back, so the reader stays on the page they were reading; the other pages
 * follow in the background, those near the view first (`data-drawn` marks a drawn canvas). The list of
 * warnings and errors comes from /state. `document.body.dataset.generation` tells which build is on
 * screen: it is set once the documents in view (and above it) are drawn, before those below are loaded
 * (the browser test and bench/edit-loop.mjs wait for it).
 */
export const PREVIEW_PAGE = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>grantdocs – forhåndsvisning</title>
<style>
  body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: #e6e6e6; color: #1a1a1a; }
  #top { position: sticky; top: 0; z-index: 2; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  header { background: #1f3a5f; color: #fff; padding: .5rem 1rem;
    display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
  header h1 { font-size: 1rem; margin: 0; }
  header nav a { color: #fff; margin-right: .8rem; }
  #status { font-size: .9rem; }
  #problems { background: #fff; margin: 0; padding: .4rem 1rem; max-height: 35vh; overflow: auto; }
  #problems[hidden] { display: none; }
  #problems summary { font-weight: bold; cursor: pointer; }
  #problems ul { margin: 0; padding-left: 1.2rem; }
  #problems li { margin: .2rem 0; }
  .feil { color: #a00000; } .advarsel { color: #7a5200; }
  .place { font-family: ui-monospace, monospace; }
  .hint { color: #444; display: block; }
  section.doc { margin: 1rem auto; width: fit-content; }
  section.doc h2 { font-size: 1.05rem; margin: .5rem 0; }
  .pages canvas { display: block; margin: 0 auto 12px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
  .failed #status { background: #a00000; padding: 0 .4rem; }
</style>
</head>
<body data-generation="0">
<div id="top">
<header><h1>Forhåndsvisning</h1><nav id="nav"></nav><span id="status" role="status">Bygger …</span></header>
<details id="problems" hidden aria-live="polite"><summary></summary><ul id="problem-list"></ul></details>
</div>
<main id="docs"></main>
<script type="module">
import * as pdfjs from '/pdfjs/pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.min.mjs';
// One pdf.js worker for the life of the page, started now: each document opened with its own would
// load and start pdf.js's worker script again on every save (a few hundred ms).
const worker = new pdfjs.PDFWorker();
const SCALE = 1.25;
/** Marks for the bench (bench/preview-steps.mjs): performance.getEntriesByType('mark'). */
const mark = (name) => performance.mark('gd:' + name);
const shown = new Map(); // document id -> sha256 on screen
let drawing = Promise.resolve();

const el = (tag, props = {}, ...kids) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
};

/** The pages of each document not drawn yet, drawn in the background, those near the view first. */
const queues = new Map(); // document id -> { pdf, pages: [{ canvas, page, viewport }] }
let background = false;
const near = (el) => {
  const r = el.getBoundingClientRect();
  return r.bottom > -window.innerHeight && r.top < 2 * window.innerHeight;
};

async function render(item) {
  await item.page.render({ canvasContext: item.canvas.getContext('2d'), viewport: item.viewport }).promise;
  item.canvas.dataset.drawn = 'true';
}

async function drawRest() {
  if (background) return;
  background = true;
  try {
    for (;;) {
      let next;
      for (const [id, q] of queues) {
        if (q.pages.length === 0) { queues.delete(id); q.pdf.destroy(); continue; }
        const i = Math.max(0, q.pages.findIndex((p) => near(p.canvas)));
        if (!next || near(q.pages[i].canvas)) next = { q, i };
      }
      if (!next) return;
      const [item] = next.q.pages.splice(next.i, 1);
      await render(item);
      await new Promise((r) => setTimeout(r, 0));
    }
  } finally {
    background = false;
  }
}

/**
 * Draws a document anew: every page gets a canvas of its size; the pages the reader can see (where the
 * old pages were) are drawn before the canvases are swapped in, the others right after, in the
 * background.
 */
async function draw(doc, section) {
  const old = queues.get(doc.id);
  if (old) { queues.delete(doc.id); old.pdf.destroy(); }
  mark('open ' + doc.id);
  const pdf = await pdfjs.getDocument({ url: doc.url, worker, isEvalSupported: false }).promise;
  mark('opened ' + doc.id);
  const title = (await pdf.getMetadata()).info?.Title || doc.id;
  section.querySelector('h2').textContent = title;
  document.querySelector('#nav a[href="#doc-' + doc.id + '"]').textContent = title;
  const ratio = window.devicePixelRatio || 1;
  const before = [...section.querySelectorAll('.pages canvas')];
  const items = [];
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
  mark('pages ' + doc.id);
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = pages[n - 1];
    const viewport = page.getViewport({ scale: SCALE * ratio });
    const canvas = el('canvas', { width: viewport.width, height: viewport.height });
    canvas.style.width = viewport.width / ratio + 'px';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title + ', side ' + n + ' av ' + pdf.numPages);
    canvas.dataset.page = String(n);
    items.push({ canvas, page, viewport });
  }
  const now = items.filter((item, i) => (before[i] ? near(before[i]) : i < 2));
  for (const item of now) await render(item);
  mark('drawn ' + doc.id);
  section.querySelector('.pages').replaceChildren(...items.map((item) => item.canvas));
  queues.set(doc.id, { pdf, pages: items.filter((item) => !now.includes(item)) });
}

// The list stays in view at the top; it opens by itself when there are errors, and warnings alone
// leave it as the reader left it.
function showProblems(state) {
  const box = document.getElementById('problems');
  const list = document.getElementById('problem-list');
  list.replaceChildren();
  if (state.diagnostics.length === 0) { box.hidden = true; return; }
  const errors = state.diagnostics.filter((d) => d.severity === 'feil').length;
  const warnings = state.diagnostics.length - errors;
  box.querySelector('summary').textContent =
    errors + ' feil, ' + warnings + (warnings === 1 ? ' advarsel' : ' advarsler');
  if (errors > 0) box.open = true;
  for (const d of state.diagnostics) {
    list.append(el('li', { className: d.severity },
      el('span', { className: 'place', textContent: d.place }), ' ',
      el('strong', { textContent: d.severity }), ' ', d.message,
      d.hint ? el('span', { className: 'hint', textContent: d.hint }) : ''));
  }
  box.hidden = false;
}

async function refresh() {
  mark('refresh');
  const state = await (await fetch('/state', { cache: 'no-store' })).json();
  mark('state');
  const main = document.getElementById('docs');
  const nav = document.getElementById('nav');
  const x = window.scrollX, y = window.scrollY;
  const changed = [];
  for (const doc of state.documents) {
    let section = document.getElementById('doc-' + doc.id);
    if (!section) {
      section = el('section', { className: 'doc', id: 'doc-' + doc.id },
        el('h2', { textContent: doc.title }), el('div', { className: 'pages' }));
      main.append(section);
      nav.append(el('a', { href: '#doc-' + doc.id, textContent: doc.title }));
    }
    if (shown.get(doc.id) !== doc.sha256) changed.push({ doc, section });
  }
  for (const section of [...main.children]) {
    if (!state.documents.some((d) => 'doc-' + d.id === section.id)) {
      section.remove();
      shown.delete(section.id.slice(4));
    }
  }
  // The documents the reader can see, and those above (a change there could move the view), first: once
  // they are drawn, the build is on screen. Those below are drawn right after, before the next build.
  const seen = changed.filter((c) => near(c.section) || c.section.getBoundingClientRect().bottom < 0);
  for (const { doc, section } of seen) {
    await draw(doc, section);
    shown.set(doc.id, doc.sha256);
  }
  window.scrollTo(x, y);
  showProblems(state);
  document.body.classList.toggle('failed', state.failed);
  const errors = state.diagnostics.filter((d) => d.severity === 'feil').length;
  document.getElementById('status').textContent = state.failed
    ? 'Siste lagring har ' + errors + ' feil – viser forrige gode versjon'
    : 'Oppdatert (bygg ' + state.generation + ')';
  document.body.dataset.generation = String(state.generation);
  mark('generation ' + state.generation);
  for (const { doc, section } of changed.filter((c) => !seen.includes(c))) {
    await draw(doc, section);
    shown.set(doc.id, doc.sha256);
  }
  void drawRest();
}

window.addEventListener('scroll', () => void drawRest(), { passive: true });
const events = new EventSource('/events');
events.onmessage = (e) => {
  const msg = JSON.parse(e.data);
  mark(msg.building ? 'building' : 'event ' + msg.generation);
  if (msg.building) { document.getElementById('status').textContent = 'Bygger …'; return; }
  if (msg.generation > 0) drawing = drawing.then(refresh).catch((err) => {
    document.getElementById('status').textContent = 'Kunne ikke vise sidene: ' + err.message;
  });
};
</script>
</body>
</html>
`;
