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

/**
 * `text` followed by `suffix`, cutting only `text` with «…» when both do not fit, so the suffix (a form
 * such as «(kontant)» or a date) stays readable. A suffix wider than `width` is cut itself.
 */
export function truncateKeeping(
  text: string,
  suffix: string,
  width: number,
  m: Measurer,
  font: FontStyle,
  size: number,
): string {
  if (m.width(text + suffix, font, size) <= width) return text + suffix;
  const room = width - m.width(suffix, font, size);
  const head = room > 0 ? truncate(text, room, m, font, size) : '';
  if (!head) return truncate(suffix.trimStart(), width, m, font, size);
  return head + suffix;
}

/**
 * Like wrapLines, but the last line ends with `suffix` (kept whole, as truncateKeeping does), so a date
 * or number added to a label is never the part that is cut.
 */
export function wrapKeeping(
  text: string,
  suffix: string,
  width: number,
  maxLines: number,
  m: Measurer,
  font: FontStyle,
  size: number,
): string[] {
  const whole = wrapLines(text + suffix, width, maxLines, m, font, size);
  if (!whole.at(-1)?.endsWith('…')) return whole;
  const lines = wrapLines(text, width, maxLines, m, font, size);
  if (lines.length < maxLines) {
    const last = lines.at(-1) ?? '';
    if (m.width(last + suffix, font, size) <= width) return [...lines.slice(0, -1), last + suffix];
    return [...lines, truncate(suffix.trimStart(), width, m, font, size)];
  }
  const last = lines.at(-1)!.replace(/…$/, '');
  return [...lines.slice(0, -1), truncateKeeping(last, suffix, width, m, font, size)];
}
