/**
 * The preview page (Norwegian, for the secretariat). It loads pdf.js from /pdfjs/ (one pdf.js worker for
 * the life of the page), draws the pages of each document into canvases, and redraws when /events sends
 * a new state: only documents whose PDF changed are drawn again, from the bytes sent with the event.
 * During a build each document comes as soon as its PDF is made; the page tells the server (POST /view)
 * which documents are in view, so the build makes those first. The pages in view are drawn off screen
 * first, then swapped in, and the page the reader was reading is put back where it was on the screen
 * (also when a document above it changed length); the other pages follow in the background, those near
 * the view first (`data-drawn` marks a drawn canvas). The list of warnings and errors comes with the
 * build's result. `document.body.dataset.generation` tells which state is on screen: it is set once
 * every document in view is this build's and drawn, before those below are drawn (the browser test and
 * bench/edit-loop.mjs wait for it). The page sets performance marks (`gd:…`) at each step for
 * bench/preview-steps.mjs.
 */
export const PREVIEW_PAGE = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>grantdocs – forhåndsvisning</title>
<style>
  html { overflow-anchor: none; }
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
const mark = (name) => performance.mark('gd:' + name);
const shown = new Map(); // document id -> sha256 on screen
const sent = new Map(); // document id -> { sha256, data }: bytes sent with an event, not drawn yet

const el = (tag, props = {}, ...kids) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
};

/** The top of the view below the sticky header. */
const top = () => document.getElementById('top').getBoundingClientRect().bottom;
/** Seen now, below the header. */
const visible = (e) => {
  const r = e.getBoundingClientRect();
  return r.bottom > top() && r.top < window.innerHeight;
};
/** Within a screen above or two below: drawn first in the background. */
const near = (e) => {
  const r = e.getBoundingClientRect();
  return r.bottom > -window.innerHeight && r.top < 2 * window.innerHeight;
};

/** The page the reader is reading: the first canvas reaching below the header, and where it is. */
function place() {
  const edge = top();
  for (const c of document.querySelectorAll('.pages canvas')) {
    const r = c.getBoundingClientRect();
    if (r.bottom > edge) return { section: c.closest('section').id, page: Number(c.dataset.page), top: r.top };
  }
  return undefined;
}
/** Scrolls so that the page found by place() is where it was (or the document's last page, if fewer). */
function keep(at) {
  const pages = at && document.getElementById(at.section)?.querySelectorAll('.pages canvas');
  if (!pages || pages.length === 0) return;
  const c = pages[Math.min(at.page, pages.length) - 1];
  window.scrollBy(0, c.getBoundingClientRect().top - at.top);
}

/** Tells the server which documents the reader sees (then those above, nearest first): built first. */
let told = '';
function tellView() {
  const sections = [...document.querySelectorAll('section.doc')];
  const edge = top();
  const above = sections.filter((s) => s.getBoundingClientRect().bottom <= edge).reverse();
  const body = JSON.stringify([...sections.filter(visible), ...above].map((s) => s.id.slice(4)));
  if (body === told) return;
  told = body;
  fetch('/view', { method: 'POST', headers: { 'content-type': 'application/json' }, body }).catch(() => {
    told = '';
  });
}
let viewTimer;
const viewLater = () => {
  clearTimeout(viewTimer);
  viewTimer = setTimeout(tellView, 100);
};

/** Resolves after the browser's next paint (a page drawn in the background never holds up a paint). */
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** The pages of each document not drawn yet, drawn in the background, those near the view first. */
const queues = new Map(); // document id -> { pdf, pages: [item] }
let background = false;
/** While a build goes on, only the documents in view are drawn: the rest waits for its result. */
let building = false;

async function render(item) {
  const page = item.page ?? (await item.pdf.getPage(item.n));
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: SCALE * ratio });
  const c = item.canvas;
  if (c.width !== Math.floor(viewport.width) || c.height !== Math.floor(viewport.height)) {
    // A page of another size than the first: the canvas takes its size, the reader's page stays put.
    const at = place();
    Object.assign(c, { width: viewport.width, height: viewport.height });
    c.style.width = viewport.width / ratio + 'px';
    keep(at);
  }
  await page.render({ canvasContext: c.getContext('2d'), viewport }).promise;
  c.dataset.drawn = 'true';
}

async function drawRest() {
  if (background || building) return;
  background = true;
  try {
    for (;;) {
      let next;
      for (const [id, q] of queues) {
        if (q.pages.length === 0) { queues.delete(id); void q.pdf.destroy(); continue; }
        const i = Math.max(0, q.pages.findIndex((p) => near(p.canvas)));
        if (!next || near(q.pages[i].canvas)) next = { q, i };
      }
      if (!next || building) return;
      const [item] = next.q.pages.splice(next.i, 1);
      // A newer version of the document may replace this one meanwhile (its pdf is then closed).
      await render(item).catch(() => undefined);
      await frame();
    }
  } finally {
    background = false;
  }
}

/**
 * Draws a document anew: every page gets a canvas (of the first page's size until it is drawn); the
 * pages the reader can see (where the old pages were) are drawn before the canvases are swapped in, the
 * others after, in the background.
 */
async function draw(doc, section) {
  const old = queues.get(doc.id);
  if (old) { queues.delete(doc.id); void old.pdf.destroy(); }
  const bytes = sent.get(doc.id);
  sent.delete(doc.id);
  const source = bytes?.sha256 === doc.sha256 ? { data: bytes.data } : { url: doc.url };
  mark('open ' + doc.id);
  const pdf = await pdfjs.getDocument({ ...source, worker, isEvalSupported: false }).promise;
  mark('opened ' + doc.id);
  const [first, meta] = await Promise.all([pdf.getPage(1), pdf.getMetadata()]);
  mark('pages ' + doc.id);
  const title = meta.info?.Title || doc.id;
  section.querySelector('h2').textContent = title;
  document.querySelector('#nav a[href="#doc-' + doc.id + '"]').textContent = title;
  const ratio = window.devicePixelRatio || 1;
  const size = first.getViewport({ scale: SCALE * ratio });
  const before = [...section.querySelectorAll('.pages canvas')];
  const items = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const canvas = el('canvas', { width: size.width, height: size.height });
    canvas.style.width = size.width / ratio + 'px';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', title + ', side ' + n + ' av ' + pdf.numPages);
    canvas.dataset.page = String(n);
    items.push({ canvas, pdf, n, page: n === 1 ? first : undefined });
  }
  const now = items.filter((item, i) => (before[i] ? visible(before[i]) : i < 2 && visible(section)));
  for (const item of now) await render(item);
  mark('drawn ' + doc.id);
  const at = place();
  section.querySelector('.pages').replaceChildren(...items.map((item) => item.canvas));
  keep(at);
  queues.set(doc.id, { pdf, pages: items.filter((item) => !now.includes(item)) });
}

// The list stays in view at the top; it opens by itself when there are errors, and warnings alone
// leave it as the reader left it.
function showProblems(state) {
  const box = document.getElementById('problems');
  const list = document.getElementById('problem-list');
  const at = place();
  list.replaceChildren();
  if (state.diagnostics.length === 0) box.hidden = true;
  else {
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
  keep(at);
}

/** Puts a state on screen: the documents in view first, then the build's result, then the others. */
async function refresh(state) {
  mark(state.building && state.made.length === 0 ? 'refresh (building)' : 'refresh');
  const main = document.getElementById('docs');
  const nav = document.getElementById('nav');
  const sections = new Map();
  for (const doc of state.documents) {
    let section = document.getElementById('doc-' + doc.id);
    if (!section) {
      section = el('section', { className: 'doc', id: 'doc-' + doc.id },
        el('h2', { textContent: doc.title }), el('div', { className: 'pages' }));
      nav.append(el('a', { href: '#doc-' + doc.id, textContent: doc.title }));
    }
    sections.set(doc.id, section);
  }
  for (const section of [...main.children]) {
    if (!state.documents.some((d) => 'doc-' + d.id === section.id)) {
      section.remove();
      nav.querySelector('a[href="#' + section.id + '"]')?.remove();
      shown.delete(section.id.slice(4));
    }
  }
  // In the build's order (a document added in the middle); sections already in place stay put.
  const at = place();
  [...sections.values()].forEach((section, i) => {
    if (main.children[i] !== section) main.insertBefore(section, main.children[i] ?? null);
  });
  keep(at);
  const changed = state.documents.filter((doc) => shown.get(doc.id) !== doc.sha256);
  // The documents the reader can see first: once they are this build's and drawn, the state is on
  // screen. The others are drawn right after.
  const first = changed.filter((doc) => visible(sections.get(doc.id)));
  for (const doc of first) {
    await draw(doc, sections.get(doc.id));
    shown.set(doc.id, doc.sha256);
  }
  const made = new Set(state.made);
  const inView = state.documents.filter((doc) => visible(sections.get(doc.id)));
  if (!state.building || inView.every((doc) => made.has(doc.id))) {
    document.body.dataset.generation = String(state.generation);
    mark('generation ' + state.generation);
    // Let the browser paint the new pages before any more work.
    await frame();
    mark('painted');
  }
  if (state.building) {
    document.getElementById('status').textContent = 'Bygger …';
  } else {
    showProblems(state);
    document.body.classList.toggle('failed', state.failed);
    const errors = state.diagnostics.filter((d) => d.severity === 'feil').length;
    document.getElementById('status').textContent = state.failed
      ? 'Siste lagring har ' + errors + ' feil – viser forrige gode versjon'
      : 'Oppdatert (bygg ' + state.build + ')';
  }
  building = state.building;
  tellView();
  for (const doc of changed.filter((d) => !first.includes(d))) {
    if (latest || building) return; // a newer state is waiting: it is drawn instead
    await draw(doc, sections.get(doc.id));
    shown.set(doc.id, doc.sha256);
  }
  void drawRest();
}

/** The newest state not yet on screen; states that came meanwhile are skipped (it has what they had). */
let latest;
let running = false;
async function run() {
  running = true;
  try {
    while (latest) {
      const state = latest;
      latest = undefined;
      await refresh(state);
    }
  } catch (err) {
    document.getElementById('status').textContent = 'Kunne ikke vise sidene: ' + err.message;
  } finally {
    running = false;
  }
}

const decode = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
window.addEventListener('scroll', () => { void drawRest(); viewLater(); }, { passive: true });
window.addEventListener('resize', viewLater);
const events = new EventSource('/events');
events.onmessage = (e) => {
  const state = JSON.parse(e.data);
  mark(state.building && state.made.length === 0 ? 'building' : 'event');
  for (const [id, base64] of Object.entries(state.pdfs)) {
    const doc = state.documents.find((d) => d.id === id);
    if (doc) sent.set(id, { sha256: doc.sha256, data: decode(base64) });
  }
  mark('decoded');
  latest = state;
  if (!running) void run();
};
</script>
</body>
</html>
`;
