import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_STYLES, loadFace } from '../../src/fonts/fonts.js';
import { advanceWidths, italicAngle, postscriptName, tableOffset } from '../../src/fonts/sfnt-tables.js';

/** A font file with one table, `post`, whose italicAngle field holds `raw` (16.16). */
function fileWithPost(raw: number): Uint8Array {
  const bytes = new Uint8Array(12 + 16 + 32);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, 1);
  bytes.set(
    [...'post'].map((c) => c.charCodeAt(0)),
    12,
  );
  view.setUint32(12 + 8, 28);
  view.setUint32(12 + 12, 32);
  view.setUint32(28, 0x00030000);
  view.setInt32(28 + 4, raw);
  return bytes;
}

describe('values read from font tables', () => {
  it('give fontkit’s italic angle for every face the program uses', () => {
    for (const family of ['main', 'fallback'] as const) {
      for (const style of FONT_STYLES) {
        const face = loadFace(family, style);
        expect(face.italicAngle, face.key).toBe(face.font.italicAngle);
      }
    }
    expect(loadFace('main', 'italic').italicAngle).toBeLessThan(0);
  });

  it('read signed 16.16 angles, and give 0 or undefined for files that are not fonts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (raw) => {
        expect(italicAngle(fileWithPost(raw))).toBe(raw / 65536);
      }),
    );
    expect(italicAngle(fileWithPost(-12.5 * 65536))).toBe(-12.5);
    expect(italicAngle(new Uint8Array(0))).toBe(0);
    expect(italicAngle(fileWithPost(0).subarray(0, 40))).toBe(0);
    expect(tableOffset(fileWithPost(0), 'glyf')).toBeUndefined();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (junk) => {
        expect(() => italicAngle(junk)).not.toThrow();
        expect(() => advanceWidths(junk)?.(3)).not.toThrow();
        expect(() => postscriptName(junk)).not.toThrow();
      }),
    );
  });

  it('give fontkit’s PostScript name and every glyph’s advance width, for every face the program uses', () => {
    for (const family of ['main', 'fallback'] as const) {
      for (const style of FONT_STYLES) {
        const face = loadFace(family, style);
        expect(postscriptName(face.bytes), face.key).toBe(face.font.postscriptName);
        expect(face.postscriptName).toBe(face.font.postscriptName);
        const widths = advanceWidths(face.bytes)!;
        expect(widths, face.key).toBeDefined();
        // Every glyph, and ids past the last (the last advance, as fontkit gives it).
        for (let gid = 0; gid < face.font.numGlyphs + 3; gid++) {
          const expected = face.font.getGlyph(gid)?.advanceWidth ?? 0;
          if (widths(gid) !== expected)
            expect(`${face.key} glyph ${gid}: ${widths(gid)}`).toBe(String(expected));
        }
        expect(face.advance(0)).toBe(face.font.getGlyph(0)?.advanceWidth);
      }
    }
  });

  it('leave what they cannot read to fontkit: no tables, a cut table, a name that is not plain ASCII', () => {
    expect(advanceWidths(new Uint8Array(0))).toBeUndefined();
    expect(postscriptName(new Uint8Array(0))).toBeUndefined();
    expect(advanceWidths(fileWithPost(0))).toBeUndefined();
    expect(postscriptName(fileWithPost(0))).toBeUndefined();
    const face = loadFace('main', 'regular');
    // The file cut just after its table directory: the tables' offsets point past the end.
    const cut = face.bytes.subarray(
      0,
      12 + 16 * new DataView(face.bytes.buffer, face.bytes.byteOffset).getUint16(4),
    );
    expect(advanceWidths(cut)).toBeUndefined();
    expect(postscriptName(cut)).toBeUndefined();
    // The Windows PostScript name with a non-ASCII character in place of its first letter.
    const bytes = new Uint8Array(face.bytes);
    const view = new DataView(bytes.buffer);
    const name = tableOffset(bytes, 'name')!;
    const strings = name + view.getUint16(name + 4);
    for (let i = 0; i < view.getUint16(name + 2); i++) {
      const r = name + 6 + 12 * i;
      if (view.getUint16(r) === 3 && view.getUint16(r + 6) === 6)
        view.setUint16(strings + view.getUint16(r + 10), 0x00e5);
    }
    expect(postscriptName(bytes)).toBeUndefined();
  });
});
