/**
 * Embeds one face as a subset TrueType font (Type0 / CIDFontType2, Identity-H) into the PDF.
 *
 * pdf-lib's own embedFont shapes text with fontkit's layout engine (ligatures), which differs from what
 * the measurer measures and is ~30× slower; this embedder encodes exactly the glyphs the shared shaping
 * function (src/fonts/shape.ts) chose, and writes the font objects with pdf-lib's low-level API once all
 * pages are painted. The subset tag (the six letters before '+') is derived from a hash of the glyphs used,
 * so equal input gives equal bytes.
 */
import { createHash } from 'node:crypto';
import type { Subset } from '@cantoo/fontkit';
import { PDFString, type PDFContext, type PDFRef } from '@cantoo/pdf-lib';
import type { LoadedFace } from '../../fonts/fonts.js';
import type { ShapedRun } from '../../fonts/shape.js';
import { zlibDeflate } from '../deflate.js';
import { programCacheKey, readProgram, writeProgram } from '../program-cache.js';
import { flateStream, PDF_LEVEL } from './flate-streams.js';

const SOFT_HYPHEN = 0xad;

export class FontSubset {
  readonly ref: PDFRef;
  private readonly subset: Subset;
  /** Full-font glyph id → its subset id as two bytes, escaped for a PDF literal string. */
  private readonly codes: (string | undefined)[] = [];
  /** The same for a glyph drawn as a line-break hyphen: its own subset id, copied out as U+00AD. */
  private readonly softCodes: (string | undefined)[] = [];
  private readonly used: number[] = [];
  /** Full-font glyph id → subset id. */
  private readonly sids: number[] = [];
  /** Per subset id: advance in font units and the character it stands for. */
  private readonly advances: number[] = [];
  private readonly unicodes: number[] = [];

  constructor(
    readonly face: LoadedFace,
    /** Resource name in the page /Font dictionary, e.g. F1. */
    readonly name: string,
    context: PDFContext,
  ) {
    this.ref = context.nextRef();
    this.subset = face.font.createSubset();
    this.advances[0] = face.advance(0);
    this.unicodes[0] = -1;
  }

  /**
   * The run's glyphs in this subset as the body of a PDF literal string: two bytes (big-endian subset
   * id) per glyph, half the size of a hex string.
   */
  encode(run: ShapedRun): string {
    let out = '';
    const { glyphs } = run;
    for (let i = 0; i < glyphs.length; i++) {
      const gid = glyphs[i]!;
      if (run.codePoints[i] === SOFT_HYPHEN) {
        out += this.softCode(gid);
        continue;
      }
      let code = this.codes[gid];
      if (code === undefined) {
        const sid = this.subset.includeGlyph(gid);
        code = literalByte(sid >> 8) + literalByte(sid & 0xff);
        this.codes[gid] = code;
        this.used.push(gid);
        this.advances[sid] = this.face.advance(gid);
        this.unicodes[sid] = run.codePoints[i]!;
        this.sids[gid] = sid;
      } else {
        const cp = run.codePoints[i]!;
        // A glyph shared by a space and a no-break space (or hyphen and no-break hyphen) is copied out
        // as the plain character, whichever the document used first.
        if (cp === 0x20 || cp === 0x2d) this.unicodes[this.sids[gid]!] = cp;
      }
      out += code;
    }
    return out;
  }

  /**
   * A second copy of a glyph in the subset, mapped to U+00AD (soft hyphen) in the ToUnicode CMap: the
   * hyphen the layout draws where it breaks a word, which text tools then drop when they join the lines.
   */
  private softCode(gid: number): string {
    let code = this.softCodes[gid];
    if (code === undefined) {
      // fontkit's subset copies every entry of `glyphs`, so a repeated id gives a second glyph slot.
      const glyphList = (this.subset as unknown as { glyphs: number[] }).glyphs;
      glyphList.push(gid);
      const sid = glyphList.length - 1;
      code = literalByte(sid >> 8) + literalByte(sid & 0xff);
      this.softCodes[gid] = code;
      this.used.push(gid);
      this.advances[sid] = this.face.advance(gid);
      this.unicodes[sid] = SOFT_HYPHEN;
    }
    return code;
  }

  /** Writes the font dictionaries and the subset font program into the document. */
  embed(context: PDFContext): void {
    const program = compressedProgram(this.face.postscriptName, this.used, () => this.subset.encode());
    const font = this.face.font;
    const scale = 1000 / this.face.unitsPerEm;
    const tag = subsetTag(this.face.postscriptName, this.used);
    const baseFont = `${tag}+${this.face.postscriptName}`;
    const fontFile = context.register(
      context.stream(program.deflated, { Filter: 'FlateDecode', Length1: program.length }),
    );
    const italic = this.face.style === 'italic' || this.face.style === 'boldItalic';
    const bold = this.face.style === 'bold' || this.face.style === 'boldItalic';
    const { minX, minY, maxX, maxY } = font.bbox;
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        // 32 = nonsymbolic, 64 = italic, 262144 = force bold
        Flags: 32 + (italic ? 64 : 0) + (bold ? 262144 : 0),
        FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale].map(Math.round),
        // From the face, not fontkit's `font.italicAngle`, which decodes the whole post table.
        ItalicAngle: Math.round(this.face.italicAngle * 100) / 100,
        Ascent: Math.round(font.ascent * scale),
        Descent: Math.round(font.descent * scale),
        CapHeight: Math.round((font.capHeight || font.ascent) * scale),
        XHeight: Math.round((font.xHeight || 0) * scale),
        StemV: bold ? 140 : 80,
        FontFile2: fontFile,
      }),
    );
    const widths = this.advances.map((w) => Math.round(w * scale * 1000) / 1000);
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        DW: 0,
        W: [0, widths],
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = context.register(flateStream(context, toUnicodeCMap(this.unicodes)));
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }
}

/**
 * Compressed subset programs of recent documents (a rebuild in watch mode reuses them); behind it, the
 * disk cache of program-cache.ts for a fresh process.
 */
const programs = new Map<string, { deflated: Uint8Array; length: number }>();
const PROGRAM_CACHE_SIZE = 24;

/** The subset font program, deflated; built (by `encode`) only when not cached for these glyphs. */
function compressedProgram(
  name: string,
  used: number[],
  encode: () => Uint8Array,
): { deflated: Uint8Array; length: number } {
  const key = `${name}:${used.join(',')}`;
  let hit = programs.get(key);
  if (!hit) {
    const diskKey = programCacheKey(name, used);
    hit = diskKey ? readProgram(diskKey) : undefined;
    if (!hit) {
      const raw = encode();
      hit = { deflated: zlibDeflate(raw, PDF_LEVEL), length: raw.length };
      if (diskKey) writeProgram(diskKey, hit);
    }
    if (programs.size >= PROGRAM_CACHE_SIZE) programs.delete(programs.keys().next().value!);
    programs.set(key, hit);
  }
  return hit;
}

/** One byte in a PDF literal string: parentheses, backslash and line ends escaped. */
function literalByte(b: number): string {
  switch (b) {
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x28:
    case 0x29:
    case 0x5c:
      return '\\' + String.fromCharCode(b);
    default:
      return String.fromCharCode(b);
  }
}

/** Six capital letters from a hash of the face and the glyphs it uses (in subset order). */
function subsetTag(postscriptName: string, used: number[]): string {
  const h = createHash('sha256').update(postscriptName).update(used.join(','));
  const digest = h.digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

/** ToUnicode CMap mapping each subset glyph id to its character (blocks of at most 100 entries). */
function toUnicodeCMap(unicodes: number[]): string {
  const entries: string[] = [];
  unicodes.forEach((cp, sid) => {
    if (cp < 0) return;
    entries.push(`<${sid.toString(16).padStart(4, '0')}> <${utf16Hex(cp)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function utf16Hex(cp: number): string {
  const s = String.fromCodePoint(cp);
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}
