import type { DocumentMeta } from '../../tree/types.js';
import {
  APP,
  CONTENT_TYPES,
  CORE_NAMESPACES,
  CUSTOM,
  EMPTY_RELS,
  ENDNOTES,
  FOOTNOTES,
  PACKAGE_RELS,
  RELATIONSHIPS_NS,
  SETTINGS,
  THEME,
  XML_DECLARATION,
  XML_DECLARATION_STANDALONE,
} from './constant-parts.js';
import type { DocxContext } from './context.js';
import { embeddedFaces, fontTableRelsXml, fontTableXml } from './embed-fonts.js';
import { STYLES_XML } from './styles-xml.js';
import { esc } from './xml.js';
import { ZIP_LEVEL, type ZipEntry } from './zip.js';
import { deflatedOnce } from './deflate-cache.js';
import { createHash } from 'node:crypto';

/** The parts written for the document (the rest are constant). */
export interface DocumentParts {
  document: string;
  numbering: string;
  /** Default header, first-page header. */
  headers: [string, string];
  /** Default footer, first-page footer. */
  footers: [string, string];
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The document's relationships: ten fixed ones (styles, numbering, notes, settings, headers, footers,
 * theme: rId1–rId10), then one per external hyperlink, one per picture, and the font table last.
 */
function documentRels(ctx: DocxContext): string {
  const fixed: [string, string][] = [
    ['styles', 'styles.xml'],
    ['numbering', 'numbering.xml'],
    ['footnotes', 'footnotes.xml'],
    ['endnotes', 'endnotes.xml'],
    ['settings', 'settings.xml'],
    ['header', 'header1.xml'],
    ['header', 'header2.xml'],
    ['footer', 'footer1.xml'],
    ['footer', 'footer2.xml'],
    ['theme', 'theme/theme1.xml'],
  ];
  let out = `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">`;
  let n = 0;
  const add = (type: string, target: string, external = false): void => {
    out += `<Relationship Id="rId${++n}" Type="${REL}/${type}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ''}/>`;
  };
  for (const [type, target] of fixed) add(type, target);
  for (const href of ctx.hyperlinks) add('hyperlink', href, true);
  for (const media of ctx.media.values()) add('image', `media/${media.name}`);
  add('fontTable', 'fontTable.xml');
  return `${out}</Relationships>`;
}

/** The core properties (File › Info in Word): title, subject, author, keywords, the document's date. */
function coreXml(meta: DocumentMeta): string {
  const element = (name: string, value: string): string => (value ? `<${name}>${esc(value)}</${name}>` : '');
  const stamp = `${meta.isoDate}T00:00:00Z`;
  return (
    `${XML_DECLARATION_STANDALONE}<cp:coreProperties ${CORE_NAMESPACES}>` +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords.join(', ')) +
    element('dc:description', `${meta.documentType}: ${meta.title}`) +
    element('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${esc(stamp)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${esc(stamp)}</dcterms:modified>` +
    `<dc:language>${esc(meta.lang)}</dc:language></cp:coreProperties>`
  );
}

/** Text parts the same in every document: compressed once, and kept on disk (deflate-cache.ts). */
function constant(name: string, xml: string): ZipEntry {
  const hash = createHash('sha256').update(xml).digest('hex').slice(0, 32);
  return { name, deflated: deflatedOnce(`part ${name} ${hash}`, ZIP_LEVEL, () => Buffer.from(xml, 'utf8')) };
}

let constantEntries: Map<string, ZipEntry> | undefined;

function constants(): Map<string, ZipEntry> {
  constantEntries ??= new Map(
    (
      [
        ['[Content_Types].xml', CONTENT_TYPES],
        ['_rels/.rels', PACKAGE_RELS],
        ['docProps/app.xml', APP],
        ['docProps/custom.xml', CUSTOM],
        ['word/_rels/endnotes.xml.rels', EMPTY_RELS],
        ['word/_rels/fontTable.xml.rels', fontTableRelsXml()],
        ['word/_rels/footer1.xml.rels', EMPTY_RELS],
        ['word/_rels/footer2.xml.rels', EMPTY_RELS],
        ['word/_rels/footnotes.xml.rels', EMPTY_RELS],
        ['word/_rels/header1.xml.rels', EMPTY_RELS],
        ['word/_rels/header2.xml.rels', EMPTY_RELS],
        ['word/endnotes.xml', ENDNOTES],
        ['word/fontTable.xml', fontTableXml()],
        ['word/footnotes.xml', FOOTNOTES],
        ['word/settings.xml', SETTINGS],
        ['word/styles.xml', STYLES_XML],
        ['word/theme/theme1.xml', THEME],
      ] as const
    ).map(([name, xml]) => [name, constant(name, xml)]),
  );
  return constantEntries;
}

/**
 * Every part of the package in the order the zip holds them: the content types and package relationships
 * first, the rest sorted by name.
 */
export function packageParts(ctx: DocxContext, meta: DocumentMeta, parts: DocumentParts): ZipEntry[] {
  // The pictures' relationship ids were given counting the hyperlinks beforehand (context.ts).
  if (ctx.firstPicture !== 11 + ctx.hyperlinks.length) {
    throw new Error(
      `DOCX: ${ctx.hyperlinks.length} lenker skrevet, ${ctx.firstPicture - 11} talt på forhånd`,
    );
  }
  const document = parts.document;
  const text = (name: string, xml: string): ZipEntry => ({
    name,
    data: Buffer.from(xml, 'utf8'),
    // The document itself differs in every build: not worth keeping in the compression cache.
    ...(name === 'word/document.xml' ? {} : { cacheKey: xml }),
  });
  const entries = new Map(constants());
  entries.set('docProps/core.xml', text('docProps/core.xml', coreXml(meta)));
  entries.set('word/_rels/document.xml.rels', text('word/_rels/document.xml.rels', documentRels(ctx)));
  entries.set('word/document.xml', text('word/document.xml', document));
  entries.set('word/numbering.xml', text('word/numbering.xml', parts.numbering));
  entries.set('word/header1.xml', text('word/header1.xml', parts.headers[0]));
  entries.set('word/header2.xml', text('word/header2.xml', parts.headers[1]));
  entries.set('word/footer1.xml', text('word/footer1.xml', parts.footers[0]));
  entries.set('word/footer2.xml', text('word/footer2.xml', parts.footers[1]));
  // Embedded fonts are the same bytes in every document: compressed once (embed-fonts.ts).
  for (const face of embeddedFaces()) {
    entries.set(`word/${face.path}`, { name: `word/${face.path}`, deflated: face.deflated });
  }
  for (const media of ctx.media.values()) {
    entries.set(`word/media/${media.name}`, { name: `word/media/${media.name}`, data: media.data });
  }
  const names = [...entries.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => entries.get(name)!);
}

/** Parts that must come first in the package, in this order; the rest follow sorted by name. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

function rank(name: string): number {
  const i = FIRST.indexOf(name);
  return i === -1 ? FIRST.length : i;
}
