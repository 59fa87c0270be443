/**
 * Reads the embedded TrueType fonts back out of a PDF and checks that every glyph decodes to the same
 * outline as in the original font file. Text extraction cannot catch a corrupted subset (the ToUnicode map
 * is still right while viewers draw garbage); this check does.
 */
import fontkit, { type Font } from '@cantoo/fontkit';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { FONT_STYLES, loadFace } from '../../src/fonts/fonts.js';

export interface EmbeddedFont {
  /** BaseFont, e.g. ABCDEF+SourceSans3-Regular. */
  name: string;
  program: Uint8Array;
  /** Subset glyph id → the text it stands for (from ToUnicode). */
  unicode: Map<number, string>;
}

function resolve(doc: PDFDocument, o: PDFObject | undefined): PDFObject | undefined {
  return o instanceof PDFRef ? doc.context.lookup(o) : o;
}

function streamBytes(s: PDFObject | undefined): Uint8Array {
  if (!(s instanceof PDFRawStream)) throw new Error('not a stream');
  return decodePDFRawStream(s).decode();
}

/** Parses a ToUnicode CMap's bfchar and bfrange entries. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const out = new Map<number, string>();
  const hexText = (h: string): string => {
    let s = '';
    for (let i = 0; i < h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      out.set(parseInt(m[1]!, 16), hexText(m[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const base = parseInt(m[3]!, 16);
      for (let g = lo; g <= hi; g++) out.set(g, String.fromCharCode(base + g - lo));
    }
  }
  return out;
}

/** Every Type0 font with an embedded FontFile2 program. */
export async function embeddedFonts(bytes: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const fonts: EmbeddedFont[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (obj.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const descendants = resolve(doc, obj.get(PDFName.of('DescendantFonts')));
    if (!(descendants instanceof PDFArray)) continue;
    const cid = resolve(doc, descendants.get(0));
    if (!(cid instanceof PDFDict)) continue;
    const descriptor = resolve(doc, cid.get(PDFName.of('FontDescriptor')));
    if (!(descriptor instanceof PDFDict)) continue;
    const file = resolve(doc, descriptor.get(PDFName.of('FontFile2')));
    if (!file) continue;
    const toUnicode = resolve(doc, obj.get(PDFName.of('ToUnicode')));
    const name = (obj.get(PDFName.of('BaseFont')) as PDFName).decodeText();
    fonts.push({
      name,
      program: streamBytes(file),
      unicode: parseToUnicode(new TextDecoder().decode(streamBytes(toUnicode))),
    });
  }
  return fonts;
}

/** The original font file a subset was made from, by its PostScript name. */
export function originalFont(postscriptName: string): Font {
  for (const family of ['main', 'fallback'] as const) {
    for (const style of FONT_STYLES) {
      const face = loadFace(family, style);
      if (face.postscriptName === postscriptName) return face.font;
    }
  }
  throw new Error(`Unknown font ${postscriptName}`);
}

/**
 * Problems with the glyphs of one embedded font: a glyph that does not decode, or whose outline or
 * advance differs from the original glyph of the character it maps to. Empty when all is well.
 */
export function glyphProblems(f: EmbeddedFont): string[] {
  const problems: string[] = [];
  let subset: Font;
  try {
    subset = fontkit.create(f.program) as Font;
  } catch (e) {
    return [`${f.name}: the font program does not parse (${String(e)})`];
  }
  const original = originalFont(f.name.replace(/^[A-Z]{6}\+/, ''));
  for (let gid = 0; gid < subset.numGlyphs; gid++) {
    let svg: string;
    let advance: number;
    try {
      const g = subset.getGlyph(gid);
      if (!g) throw new Error('no glyph');
      svg = g.path.toSVG();
      void g.bbox.width;
      advance = g.advanceWidth;
    } catch (e) {
      problems.push(`${f.name}: glyph ${gid} does not decode (${String(e)})`);
      continue;
    }
    const text = f.unicode.get(gid);
    if (text === undefined) continue;
    const cp = text.codePointAt(0)!;
    const orig = original.glyphForCodePoint(cp);
    if (!orig) {
      problems.push(`${f.name}: glyph ${gid} maps to U+${cp.toString(16)}, which the original font lacks`);
      continue;
    }
    if (orig.path.toSVG() !== svg)
      problems.push(`${f.name}: glyph ${gid} («${text}») has a different outline`);
    if (orig.advanceWidth !== advance)
      problems.push(`${f.name}: glyph ${gid} («${text}») has a different advance`);
    if (text.trim() !== '' && svg === '') problems.push(`${f.name}: glyph ${gid} («${text}») is empty`);
  }
  return problems;
}

/**
 * Reproduces the known upstream subsetting corruption: glyph records whose offsets in the loca table no
 * longer line up with the glyph data (what odd-length records written without padding do). Returns a copy.
 */
export function misalignGlyphOffsets(program: Uint8Array): Uint8Array {
  const out = new Uint8Array(program);
  const view = new DataView(out.buffer);
  const numTables = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(...out.subarray(rec, rec + 4));
    tables.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  const head = tables.get('head')!;
  const loca = tables.get('loca')!;
  const long = view.getInt16(head.offset + 50) === 1;
  const entries = long ? loca.length / 4 : loca.length / 2;
  // Every glyph after the first two starts one (short format: two) bytes too late.
  for (let i = 2; i < entries - 1; i++) {
    if (long) view.setUint32(loca.offset + i * 4, view.getUint32(loca.offset + i * 4) + 1);
    else view.setUint16(loca.offset + i * 2, view.getUint16(loca.offset + i * 2) + 1);
  }
  return out;
}
