/**
 * Values read straight from a TrueType/OpenType file's tables, where fontkit would decode a whole table
 * to give one number.
 *
 * Why: fontkit's `italicAngle` decodes the entire `post` table, glyph names included: 7–11 ms per face in
 * a fresh process, for one number in the PDF's font descriptor. Here it is read from the table's header.
 * test/fonts/sfnt-tables.test.ts compares the values with fontkit's for every face the program uses.
 */

/** Offset of the table `tag` in a single-font file (not a collection), or undefined (also when it lies past the file's end). */
export function tableOffset(bytes: Uint8Array, tag: string): number | undefined {
  if (bytes.length < 12) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(post + 4) / 65536;
}
