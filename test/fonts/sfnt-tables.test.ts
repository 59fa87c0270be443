import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_STYLES, loadFace } from '../../src/fonts/fonts.js';
import { italicAngle, tableOffset } from '../../src/fonts/sfnt-tables.js';

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
      }),
    );
  });
});
