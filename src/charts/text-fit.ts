/** Fitting chart labels into a width: word wrap into a few lines, truncation with «…». */
import type { FontStyle, Measurer } from '../layout/types.js';

const ELLIPSIS = '…';

/** Cuts `text` so that it plus «…» fits in `width`; returns '' if not even «…» fits. */
export function truncate(text: string, width: number, m: Measurer, font: FontStyle, size: number): string {
  if (m.width(text, font, size) <= width) return text;
  const chars = Array.from(text);
  // Binary search for the longest prefix that fits with the ellipsis.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (m.width(candidate, font, size) <= width) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return m.width(ELLIPSIS, font, size) <= width ? ELLIPSIS : '';
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * Wraps `text` at spaces into at most `maxLines` lines of at most `width`; the last line is truncated
 * with «…» when the text does not fit. No-break spaces hold words together.
 */
export function wrapLines(
  text: string,
  width: number,
  maxLines: number,
  m: Measurer,
  font: FontStyle,
  size: number,
): string[] {
  const words = text.split(/ +/).filter((w) => w.length > 0);
  const fits = (t: string) => m.width(t, font, size) <= width;
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1 || !current) {
      // Last line allowed (or a single over-long word): it takes the rest and is truncated.
      const rest = [current, ...words.slice(i)].filter((w) => w).join(' ');
      if (lines.length === maxLines - 1)
        return [...lines, truncate(rest, width, m, font, size)].filter((l) => l);
      lines.push(truncate(word, width, m, font, size));
      current = '';
      continue;
    }
    lines.push(truncate(current, width, m, font, size));
    current = word;
  }
  if (current) lines.push(truncate(current, width, m, font, size));
  return lines.filter((l) => l.length > 0);
}
