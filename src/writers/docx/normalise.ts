import { strFromU8, unzipSync } from 'fflate';
import { embedFonts, embeddedFaces } from './embed-fonts.js';
import { fixPackageStyles } from './styles.js';
import { writeZip, type ZipEntry } from './zip.js';

export interface NormaliseOptions {
  /** Document date (YYYY-MM-DD): the created and modified dates of the core properties. */
  isoDate: string;
  /** Document language for dc:language. */
  lang: string;
  /** Alternative text of the document's tables, in document order (tblCaption, tblDescription). */
  tables?: { caption: string; description: string }[];
}

/** The files of a DOCX package by path: XML parts as text, pictures as bytes. */
export type PackageFiles = Map<string, string | Uint8Array>;

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF).
 * Content copied from other programs can carry them; Word refuses a file that contains one.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Parts that must come first in the package, in this order; the rest follow sorted by name. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** The files of a packed DOCX, XML parts decoded to text. */
export function unzipPackage(packed: Uint8Array): PackageFiles {
  const files: PackageFiles = new Map();
  for (const [name, data] of Object.entries(unzipSync(packed))) {
    files.set(name, name.endsWith('.xml') || name.endsWith('.rels') ? strFromU8(data) : data);
  }
  return files;
}

/**
 * Makes a DOCX package depend on its content only. The docx package writes the clock's time into the
 * core properties, random relationship ids for hyperlinks and images, random watermark shape ids, and
 * takes bookmark, TOC-bookmark and drawing ids from process-global counters (so a second document built
 * in the same process gets other ids). This pass rewrites all of those, adds dc:language and the table
 * style and the embedded fonts (embed-fonts.ts), drops characters XML does not allow, and zips the parts in a fixed order with a fixed time (see zip.ts).
 */
export function normaliseDocx(packed: PackageFiles, options: NormaliseOptions): Uint8Array {
  const files: PackageFiles = new Map(packed);
  const text = new Map<string, string>();
  for (const [name, data] of files) {
    if (typeof data === 'string') text.set(name, data.replace(NOT_XML, ''));
  }
  embedFonts(text, files);
  renumberRelationships(text);
  let drawing = 0;
  let shape = 0;
  for (const [name, xml] of text) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    let out = xml;
    if (out.includes('<wp:docPr')) {
      out = out.replace(/(<wp:docPr\b[^>]*?\bid=")\d+"/g, (_m, head: string) => `${head}${++drawing}"`);
    }
    if (out.includes('<v:shape ')) {
      out = out.replace(/(<v:shape\b[^>]*?\bid=")([A-Za-z]+)[^"]*"/g, (_m, head: string, prefix: string) => {
        // Word recognises its watermark shapes by the PowerPlusWaterMarkObject prefix.
        const base = prefix.startsWith('PowerPlusWaterMarkObject') ? 'PowerPlusWaterMarkObject' : prefix;
        return `${head}${base}${++shape}"`;
      });
    }
    if (name === 'word/document.xml') out = tableAltTexts(renumberBookmarks(out), options.tables ?? []);
    if (name === 'word/styles.xml') out = fixPackageStyles(out);
    text.set(name, out);
  }
  const core = text.get('docProps/core.xml');
  if (core !== undefined) text.set('docProps/core.xml', fixCore(core, options));

  const names = [...files.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const entries: ZipEntry[] = names.map((name) => {
    const xml = text.get(name);
    // Embedded fonts are the same bytes in every document: compressed once (embed-fonts.ts).
    if (xml === undefined) {
      const data = files.get(name) as Uint8Array;
      const face = FONT.test(name) ? embeddedFaces().find((f) => f.data === data) : undefined;
      return { name, data, ...(face ? { deflated: face.deflated } : {}) };
    }
    // The document itself differs in every build: not worth keeping in the compression cache.
    const cacheKey = name === 'word/document.xml' ? undefined : xml;
    return { name, data: Buffer.from(xml, 'utf8'), ...(cacheKey === undefined ? {} : { cacheKey }) };
  });
  return writeZip(entries);
}

const FONT = /^word\/fonts\/[^/]+\.odttf$/;

/**
 * Gives the document's tables, in order, their title and description (Word's «Alt Text» of a table),
 * which the docx package cannot write: the last elements of each table's properties.
 */
function tableAltTexts(xml: string, tables: { caption: string; description: string }[]): string {
  let i = 0;
  return xml.replace(/<\/w:tblPr>/g, (close) => {
    const t = tables[i++];
    if (!t) return close;
    return `<w:tblCaption w:val="${escapeAttr(t.caption)}"/><w:tblDescription w:val="${escapeAttr(t.description)}"/>${close}`;
  });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rank(name: string): number {
  const i = FIRST.indexOf(name);
  return i === -1 ? FIRST.length : i;
}

/**
 * Relationship ids become rId1, rId2, … in the order of each .rels file, and every r:* attribute of the
 * part the .rels file belongs to is rewritten to match.
 */
function renumberRelationships(text: Map<string, string>): void {
  for (const [relsName, rels] of text) {
    const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsName);
    if (!match) continue;
    const partName = `${match[1]}${match[2]}`;
    const ids = new Map<string, string>();
    const newRels = rels.replace(/(<Relationship\b[^>]*?\bId=")([^"]*)"/g, (_m, head: string, id: string) => {
      const fresh = `rId${ids.size + 1}`;
      ids.set(id, fresh);
      return `${head}${fresh}"`;
    });
    text.set(relsName, newRels);
    const part = text.get(partName);
    if (part === undefined || ids.size === 0) continue;
    text.set(
      partName,
      part.replace(/(\br:[A-Za-z]+=")([^"]*)"/g, (m, head: string, id: string) => {
        const fresh = ids.get(id);
        return fresh === undefined ? m : `${head}${fresh}"`;
      }),
    );
  }
}

/** Bookmark ids and the TOC's _Toc bookmark names, numbered in order of first appearance. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  const tocs = new Map<string, number>();
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_m, head: string, id: string) => {
      let fresh = ids.get(id);
      if (fresh === undefined) ids.set(id, (fresh = ids.size + 1));
      return `${head}${fresh}"`;
    })
    .replace(/\b_Toc(\d+)\b/g, (_m, n: string) => {
      let fresh = tocs.get(n);
      if (fresh === undefined) tocs.set(n, (fresh = tocs.size + 1));
      return `_Toc${fresh}`;
    });
}

function fixCore(xml: string, options: NormaliseOptions): string {
  const stamp = `${options.isoDate}T00:00:00Z`;
  let out = xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_m, open: string, _tag: string, close: string) => `${open}${stamp}${close}`,
  );
  if (!out.includes('<dc:language>')) {
    out = out.replace(
      '</cp:coreProperties>',
      `<dc:language>${options.lang}</dc:language></cp:coreProperties>`,
    );
  }
  return out;
}
