/**
 * Values read straight from a TrueType/OpenType file's tables, where fontkit would decode a whole table
 * to give one number.
 *
 * Why: fontkit decodes a whole table for one value: the `post` table (glyph names included) for the
 * italic angle, 7–11 ms per face in a fresh process; the `name` table for the PostScript name; the `hmtx`
 * table on the first advance width. Here each is read where it stands.
 * test/fonts/sfnt-tables.test.ts compares the values with fontkit's for every face the program uses.
 */

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Offset of the table `tag` in a single-font file (not a collection), or undefined (also when it lies past the file's end). */
export function tableOffset(bytes: Uint8Array, tag: string): number | undefined {
  if (bytes.length < 12) return undefined;
  const view = viewOf(bytes);
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    if (record + 16 > bytes.length) return undefined;
    let name = '';
    for (let k = 0; k < 4; k++) name += String.fromCharCode(bytes[record + k]!);
    if (name === tag) {
      const offset = view.getUint32(record + 8);
      return offset < bytes.length ? offset : undefined;
    }
  }
  return undefined;
}

/** The `post` table's italicAngle (a signed 16.16 number), as fontkit reads it; 0 without the table. */
export function italicAngle(bytes: Uint8Array): number {
  const post = tableOffset(bytes, 'post');
  if (post === undefined || post + 8 > bytes.length) return 0;
  return viewOf(bytes).getInt32(post + 4) / 65536;
}

/**
 * Advance widths (font units) by glyph id, from `hhea` (numberOfHMetrics) and `hmtx`: as fontkit's
 * `glyph.advanceWidth` for a face without variations, a glyph past the table taking the last advance.
 * fontkit decodes the whole `hmtx` table on the first `advanceWidth` (4–7 ms of a cold build). Undefined
 * when either table is missing or cut short.
 */
export function advanceWidths(bytes: Uint8Array): ((gid: number) => number) | undefined {
  const hhea = tableOffset(bytes, 'hhea');
  const hmtx = tableOffset(bytes, 'hmtx');
  if (hhea === undefined || hmtx === undefined || hhea + 36 > bytes.length) return undefined;
  const view = viewOf(bytes);
  const metrics = view.getUint16(hhea + 34);
  if (metrics === 0 || hmtx + 4 * metrics > bytes.length) return undefined;
  return (gid) => view.getUint16(hmtx + 4 * Math.min(gid, metrics - 1));
}

/**
 * The PostScript name (name id 6) from the `name` table, as fontkit's `postscriptName` gives it: the
 * English record, the Windows one (UTF-16) over the Macintosh one (Roman, here only ASCII) when both are
 * there. fontkit decodes every record of the table for it (~1 ms per face cold). Undefined when there is
 * no such record, or it is not plain ASCII.
 */
export function postscriptName(bytes: Uint8Array): string | undefined {
  const name = tableOffset(bytes, 'name');
  if (name === undefined || name + 6 > bytes.length) return undefined;
  const view = viewOf(bytes);
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  let found: string | undefined;
  for (let i = 0; i < count; i++) {
    const r = name + 6 + 12 * i;
    if (r + 12 > bytes.length) return undefined;
    if (view.getUint16(r + 6) !== 6) continue;
    const platform = view.getUint16(r);
    const encoding = view.getUint16(r + 2);
    const language = view.getUint16(r + 4);
    const length = view.getUint16(r + 8);
    const start = strings + view.getUint16(r + 10);
    if (start + length > bytes.length) return undefined;
    let text = '';
    if (platform === 3 && encoding === 1 && language === 0x409) {
      for (let k = 0; k + 1 < length; k += 2) text += String.fromCharCode(view.getUint16(start + k));
    } else if (platform === 1 && encoding === 0 && language === 0) {
      for (let k = 0; k < length; k++) text += String.fromCharCode(bytes[start + k]!);
    } else continue;
    if (!/^[\x21-\x7e]+$/.test(text)) return undefined;
    found = text;
  }
  return found;
}
