import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { TABLE_STYLE_XML } from './styles.js';

export interface NormaliseOptions {
  /** Document date (YYYY-MM-DD): the created and modified dates of the core properties. */
  isoDate: string;
  /** Document language for dc:language. */
  lang: string;
}

/**
 * Zip entry time: 1980-01-01 00:00, the earliest DOS time. fflate converts entry times with the local
 * time zone, so the date is built from local fields: its local fields are then the same in every TZ.
 */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Parts that must come first in the package, in this order; the rest follow sorted by name. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/**
 * Makes a packed DOCX depend on its content only. The docx package writes the clock's time into the core
 * properties, random relationship ids for hyperlinks and images, random watermark shape ids, and takes
 * bookmark, TOC-bookmark and drawing ids from process-global counters (so a second document built in the
 * same process gets other ids); zip entry times are local time. This pass rewrites all of those, adds
 * dc:language and the table style, and zips the parts again in a fixed order with a fixed time.
 */
export function normaliseDocx(packed: Uint8Array, options: NormaliseOptions): Uint8Array {
  const files = unzipSync(packed);
  const text = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) text.set(name, strFromU8(data));
  }
  renumberRelationships(text);
  let drawing = 0;
  let shape = 0;
  for (const [name, xml] of text) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    let out = xml
      .replace(/(<wp:docPr\b[^>]*?\bid=")\d+"/g, (_m, head: string) => `${head}${++drawing}"`)
      .replace(/(<v:shape\b[^>]*?\bid=")([A-Za-z]+)[^"]*"/g, (_m, head: string, prefix: string) => {
        // Word's watermark shapes are recognised by the PowerPlusWaterMarkObject prefix.
        return `${head}${prefix.startsWith('PowerPlusWaterMarkObject') ? 'PowerPlusWaterMarkObject' : prefix}${++shape}"`;
      });
    if (name === 'word/document.xml') out = renumberBookmarks(out);
    if (name === 'word/styles.xml') out = out.replace('</w:styles>', `${TABLE_STYLE_XML}</w:styles>`);
    text.set(name, out);
  }
  const core = text.get('docProps/core.xml');
  if (core !== undefined) text.set('docProps/core.xml', fixCore(core, options));

  const names = Object.keys(files).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const zippable: Zippable = {};
  for (const name of names) {
    const xml = text.get(name);
    const data = xml === undefined ? files[name] : strToU8(xml);
    if (data) zippable[name] = [data, { mtime: ZIP_TIME, level: 6 }];
  }
  return zipSync(zippable, { mtime: ZIP_TIME });
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
