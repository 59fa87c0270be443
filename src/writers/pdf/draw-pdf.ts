/**
 * The PDF painter: turns laid-out pages into a PDF with @cantoo/pdf-lib. It only paints; every position
 * comes from the layout. Steps: figures without alt text become decoration → charts → images → pages
 * (content streams with marked content, links) → structure tree (when the layout has one) → fonts →
 * attachments → outline → Info and XMP metadata → trailer /ID → save. Two runs on the same input give
 * the same bytes.
 */
import { createHash } from 'node:crypto';
// In the bundle (src/cli/bundle-plugins.ts), pdf-lib inflates its standard-font encodings with Node's
// zlib, and its HTML parser and entity tables (SVG, XFA, PDF/A metadata; not used here) load on first use.
import { PDFDocument, PDFName, PDFStreamWriter } from '@cantoo/pdf-lib';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { LaidOutPage, LayoutResult } from '../../layout/types.js';
import type { DocumentMeta } from '../../tree/types.js';
import { createMeasurer, describeChar } from '../../fonts/measurer.js';
import { appendAttachments } from './attachments.js';
import { chartDrawer, expandCharts, type ChartDrawer } from './chart-hook.js';
import { decorativeFigures } from './decorative.js';
import { embedImages } from './images.js';
import { destination, linkAnnotations, type PageTarget } from './links.js';
import { setDocumentId, setMetadata } from './metadata.js';
import { nestBookmarks, writeOutline, type BookmarkEntry } from './outline.js';
import { paintPage } from './paint-page.js';
import { Resources } from './resources.js';
import { setXmp } from './xmp.js';
import { writeStructure, type FigureBoxes, type PageMarks } from './structure.js';
import { installXrefOrder } from './xref-order.js';
import { flateStream, installFlateStreams } from './flate-streams.js';

installXrefOrder();
// pdf-lib changed (flate-streams.ts): its FlateDecode streams (our page contents below, its object
// streams and cross-reference stream in `PDFStreamWriter`, its PNG embedder) are compressed by
// libdeflate, not by its own fflate.
installFlateStreams();

export interface PdfResult {
  bytes: Uint8Array;
  /** Pages in the file, attachments included. */
  pages: number;
  /** Problems found while painting (missing glyphs, images, attachments, links). */
  diagnostics: Diagnostic[];
}

/** The writer never pauses for the event loop (a pause costs a 1 ms timer). */
const OBJECTS_PER_TICK = Number.MAX_SAFE_INTEGER;
/**
 * Objects per object stream: one large stream compresses the hundreds of small structure elements
 * better (a nine-page document has about 600 objects).
 */
const OBJECTS_PER_STREAM = 5000;

export interface DrawOptions {
  /** Draws charts into their boxes; defaults to the registered drawer (chart-hook.ts). */
  chartDrawer?: ChartDrawer;
}

export async function drawPdf(
  laidOut: LayoutResult,
  meta: DocumentMeta,
  opts: DrawOptions = {},
): Promise<PdfResult> {
  const layout = decorativeFigures(laidOut);
  const diagnostics: Diagnostic[] = [];
  const hash = createHash('sha256');
  hash.update(JSON.stringify(meta));
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  const measurer = createMeasurer();
  const pages = expandCharts(layout.pages, measurer, opts.chartDrawer ?? chartDrawer());
  const res = new Resources(doc);
  for (const bytes of await embedImages(doc, pages, res, diagnostics)) hash.update(bytes);

  const targets: PageTarget[] = [];
  const painted = pages.map((page) => {
    const pdfPage = doc.addPage([page.width, page.height]);
    targets.push({ ref: pdfPage.ref, height: page.height });
    return { pdfPage, page };
  });
  const missing = new Set<string>();
  const reported = new Set<string>();
  const titles = Object.fromEntries(layout.outline.map((o) => [o.id, o.title]));
  const linkTexts = linkTextsOf(pages);
  const tagged: PageMarks[] = [];
  for (const { pdfPage, page } of painted) {
    const result = paintPage(page, res, missing);
    // Content streams are Latin-1: operators are ASCII, glyph codes in literal strings are raw bytes.
    const content = Buffer.from(result.content, 'latin1');
    hash.update(content);
    const contents = context.register(flateStream(context, content));
    pdfPage.node.set(PDFName.of('Contents'), contents);
    pdfPage.node.set(PDFName.Resources, res.ref);
    const annots = linkAnnotations(
      context,
      result.links,
      page.height,
      targets,
      layout.anchors,
      titles,
      reported,
      diagnostics,
      linkTexts,
    );
    if (annots.length > 0) {
      pdfPage.node.set(PDFName.Annots, context.obj(annots.map((a) => a.ref)));
      hash.update(JSON.stringify(result.links));
    }
    tagged.push({ ref: pdfPage.ref, node: pdfPage.node, marked: result.marked, annotations: annots });
  }
  if (layout.structure) {
    writeStructure(context, doc.catalog, layout.structure, tagged, figureBoxes(layout.pages));
    hash.update(JSON.stringify(layout.structure));
  }
  for (const ch of missing) {
    diagnostics.push({
      severity: 'warning',
      message: `Tegnet ${describeChar(ch)} finnes ikke i skriftene og vises som «\uFFFD» i PDF-en.`,
      rule: 'pdf/missing-glyph',
      hint: 'Bytt ut tegnet med et vanlig tegn, eller skriv ordet på en annen måte.',
    });
  }
  res.finish();

  const attachments = await appendAttachments(doc, meta.attachments, diagnostics);
  for (const a of attachments) hash.update(a.bytes);
  // The document title is the outline's root (it is H1 in the tags) with the sections under it; appended
  // attachments are the title's siblings.
  const entries: BookmarkEntry[] = [];
  if (targets[0]) entries.push({ title: meta.title, level: 0, dest: destination(context, targets[0], 0) });
  for (const o of layout.outline) {
    const page = targets[o.page];
    if (page) entries.push({ title: o.title, level: o.level, dest: destination(context, page, o.y) });
  }
  for (const a of attachments) entries.push({ title: a.title, level: 0, dest: a.dest });
  hash.update(JSON.stringify(layout.outline));
  writeOutline(context, (k, v) => doc.catalog.set(k, v), nestBookmarks(entries));

  setMetadata(doc, meta);
  // Appended attachments are foreign pages without tags: then the file does not claim PDF/UA.
  setXmp(doc, meta, layout.structure !== undefined && attachments.length === 0);
  setDocumentId(doc, hash.digest());
  // Saved with pdf-lib's object-stream writer directly: larger object streams compress better (hundreds
  // of small structure elements), and no pause for the event loop every 50 objects (each a 1 ms timer).
  await doc.flush();
  const writer = PDFStreamWriter.forContext(context, OBJECTS_PER_TICK, true, OBJECTS_PER_STREAM);
  const bytes = await writer.serializeToBuffer();
  return { bytes, pages: doc.getPageCount(), diagnostics };
}

/** The visible text of each link element, by structure key, over all pages (a link may break lines). */
function linkTextsOf(pages: LaidOutPage[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.type !== 'text' || !item.tag || item.tag.artifact || item.tag.role !== 'Link') continue;
      // A line-break hyphen is not part of the text; a line end at a space is.
      const text = item.lineEnd === 'hyphen' ? item.text.slice(0, -1) : item.text;
      const sep = item.lineEnd === 'space' ? ' ' : '';
      texts.set(item.tag.struct, (texts.get(item.tag.struct) ?? '') + text + sep);
    }
  }
  return texts;
}

/** Bounding boxes (PDF coordinates) of charts and images that are figures, by structure key. */
function figureBoxes(pages: LaidOutPage[]): FigureBoxes {
  const boxes: FigureBoxes = new Map();
  for (const page of pages) {
    for (const item of page.items) {
      if ((item.type !== 'chart' && item.type !== 'image') || !item.tag || item.tag.artifact) continue;
      if (boxes.has(item.tag.struct)) continue;
      const y1 = page.height - item.y - item.height;
      boxes.set(
        item.tag.struct,
        [item.x, y1, item.x + item.width, y1 + item.height].map((n) => Math.round(n * 100) / 100),
      );
    }
  }
  return boxes;
}
