/**
 * Where a character of a string value is written in its YAML file. The scalar's source text (a `|` or
 * `>` block, a quoted or a plain scalar) holds the value's lines in order, so the first source line at
 * or after the value's line that starts with the same text is the one. When the line cannot be found
 * (escapes in a quoted string, a folded line), the start of the value is used.
 */
import type { Point } from '../../diagnostics/types.js';
import type { Location } from '../load.js';

export function pointInValue(loc: Location, text: string, index: number): Point {
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  const column = index - (before.lastIndexOf('\n') + 1);
  if (loc.source === undefined) return loc.start;
  const value = text.split('\n')[line]!;
  const want = value.trimStart().slice(0, 30);
  const lead = value.length - value.trimStart().length;
  const src = loc.source.split('\n');
  for (let k = line; k < src.length; k++) {
    const s = src[k]!;
    const body = k === 0 ? s.replace(/^["']/, '') : s.trimStart();
    if (want === '' || !body.startsWith(want)) continue;
    const indent = s.length - body.length;
    return { line: loc.start.line + k, column: (k === 0 ? loc.start.column : 1) + indent - lead + column };
  }
  return loc.start;
}
