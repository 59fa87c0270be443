/**
 * Breaks a paragraph's runs into lines of at most `maxWidth`: first fit over UAX #14 break
 * opportunities (the `linebreak` package), ragged right, with Norwegian hyphenation where a word would
 * otherwise leave a line short, and a break at a character boundary for a word longer than the line.
 * Everything works on offsets into the paragraph's concatenated text, so no strings are copied per line.
 */
// In the bundle, linebreak's inflater (tiny-inflate, for its class table) is Node's zlib:
// src/cli/bundle-plugins.ts.
import LineBreaker from 'linebreak';
import { segmentHyphenationPoints } from './hyphenate.js';
import type { Run } from './inline-runs.js';
import type { WidthCache } from './measure-cache.js';

export interface Paragraph {
  text: string;
  runs: Run[];
  /** Offset of each run's first character in `text`. */
  runStart: number[];
  size: number;
  /** [start, end) ranges never hyphenated: URLs and e-mail addresses (found whole, across breaks). */
  noHyphen: [number, number][];
}

export interface Line {
  /** [start, end) in the paragraph text; trailing spaces are excluded. */
  start: number;
  end: number;
  /** Draw a hyphen after the line's last character (a hyphenation or soft-hyphen break). */
  hyphen: boolean;
  /** Width of the drawn line, hyphen included. */
  width: number;
}

const EPS = 1e-6;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isTrailingSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** A URL (scheme or www.) or an e-mail address. */
const URLISH = /:\/\/|www\.|@/i;

export function makeParagraph(runs: Run[], size: number): Paragraph {
  const runStart: number[] = [];
  let text = '';
  for (const r of runs) {
    runStart.push(text.length);
    text += r.text;
  }
  const noHyphen: [number, number][] = [];
  // Text in another language (a Sámi place name) is not hyphenated with Norwegian patterns.
  runs.forEach((r, i) => {
    if (r.lang) noHyphen.push([runStart[i]!, runStart[i]! + r.text.length]);
  });
  if (URLISH.test(text)) {
    for (const m of text.matchAll(/\S+/g))
      if (URLISH.test(m[0])) noHyphen.push([m.index, m.index + m[0].length]);
  }
  return { text, runs, runStart, size, noHyphen };
}

function inNoHyphenZone(p: Paragraph, pos: number): boolean {
  for (const [a, b] of p.noHyphen) if (pos >= a && pos < b) return true;
  return false;
}

/** Index of the run containing offset `pos` (binary search). */
export function runAt(p: Paragraph, pos: number): number {
  let lo = 0;
  let hi = p.runStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.runStart[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Break opportunities UAX #14 allows that we refuse: between a number and its abbreviation or unit,
 * inside an «Ikke avklart» marker, and after the dash of a number range (2026–2027, s. 23–24).
 */
function insideUnbreakableRun(p: Paragraph, pos: number): boolean {
  if (gluedToNumber(p.text, pos)) return true;
  const dash = p.text.charCodeAt(pos - 1);
  if (
    (dash === 0x2013 || dash === 0x2d) &&
    isDigit(p.text.charCodeAt(pos - 2)) &&
    isDigit(p.text.charCodeAt(pos)) &&
    !groupedAmountBefore(p.text, pos - 1)
  ) {
    return true;
  }
  const i = runAt(p, pos);
  const run = p.runs[i]!;
  return !!run.unresolved && pos > p.runStart[i]! && pos < p.runStart[i]! + run.text.length;
}

/**
 * True when the number ending at `end` is written in groups («2 500 000»): a range of such amounts
 * («2 500 000–3 000 000 kr») may break after its dash, or a narrow table column would have to cut a
 * number between its digits. Years and page ranges (2026–2027, s. 23–24) are never grouped.
 */
function groupedAmountBefore(text: string, end: number): boolean {
  return (
    end >= 4 &&
    text.charCodeAt(end - 4) === 0xa0 &&
    isDigit(text.charCodeAt(end - 3)) &&
    isDigit(text.charCodeAt(end - 2)) &&
    isDigit(text.charCodeAt(end - 1))
  );
}

/** Abbreviations that stand before a number: «s. 34», «nr. 5», «kap. 3», «ca. 20», «kl. 10», «kr 500», «§ 3». */
const BEFORE_NUMBER = /(?:^|[\s(])(?:s|nr|pkt|kap|ca|kl)\. $|(?:^|[\s(])(?:kr|§) $/i;
/** Units that stand after a number: «20 mill.», «500 kr», «5 %». */
const AFTER_NUMBER = /^(?:kr\b|mill\.|mrd\.|%)/;

/**
 * Norwegian typesetting keeps a number with its abbreviation or unit («s. 34», «kr 500», «20 mill.»):
 * writers seldom type the no-break space for it, so a break at such a space is not taken.
 */
function gluedToNumber(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 32) return false;
  if (isDigit(text.charCodeAt(pos)) && BEFORE_NUMBER.test(text.slice(Math.max(0, pos - 6), pos))) return true;
  return isDigit(text.charCodeAt(pos - 2)) && AFTER_NUMBER.test(text.slice(pos, pos + 5));
}

/** Width of text [a, b), summed over the runs it spans. */
export function measureRange(p: Paragraph, a: number, b: number, cache: WidthCache): number {
  if (b <= a) return 0;
  let w = 0;
  for (let i = runAt(p, a); i < p.runs.length; i++) {
    const rs = p.runStart[i] ?? 0;
    if (rs >= b) break;
    const run = p.runs[i]!;
    const s = Math.max(a, rs);
    const e = Math.min(b, rs + run.text.length);
    if (e > s) w += cache.width(p.text.slice(s, e), run.font, p.size);
  }
  return w;
}

/**
 * `hyphenate: false` (headings, titles) breaks only between words, except a word longer than the
 * line. At most two lines in a row end with a hyphenation, unless a word is longer than the line.
 */
export function breakLines(p: Paragraph, maxWidth: number, cache: WidthCache, hyphenate = true): Line[] {
  const { text } = p;
  const lines: Line[] = [];
  if (text.length === 0) return lines;
  const hyphenWidth = (pos: number): number => cache.width('-', p.runs[runAt(p, pos)]!.font, p.size);

  let lineStart = -1;
  let lineAdvance = 0;
  let lineEnd = 0;
  let lineWidth = 0;

  const pushLine = (hyphen: boolean): void => {
    const end = lineEnd;
    let width = lineWidth;
    const softHyphen = text.charCodeAt(end - 1) === 0xad;
    if (hyphen || softHyphen) width += hyphenWidth(end - 1);
    lines.push({ start: lineStart, end, hyphen: hyphen || softHyphen, width });
    lineStart = -1;
    lineAdvance = 0;
    lineWidth = 0;
  };
  const add = (s: number, trimEnd: number, e: number, trimW: number): void => {
    if (lineStart < 0) lineStart = s;
    lineEnd = trimEnd;
    lineWidth = lineAdvance + trimW;
    lineAdvance += trimW + measureRange(p, trimEnd, e, cache);
  };

  /** Largest hyphenation point in [s, e) whose prefix plus a hyphen fits in `avail`, or -1. */
  const hyphenSplit = (s: number, e: number, avail: number): number => {
    if (p.noHyphen.length && inNoHyphenZone(p, s)) return -1;
    const points = segmentHyphenationPoints(text.slice(s, e));
    for (let i = points.length - 1; i >= 0; i--) {
      const at = s + points[i]!;
      if (measureRange(p, s, at, cache) + hyphenWidth(at - 1) <= avail + EPS) return at;
    }
    return -1;
  };
  /** Longest prefix of [s, e) by whole characters (at least one) that fits in `avail`. */
  const charSplit = (s: number, e: number, avail: number): number => {
    let at = s;
    let w = 0;
    while (at < e) {
      let next = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
      // Keep combining marks with their base character.
      while (next < e && /\p{M}/u.test(text[next]!)) next++;
      const cw = measureRange(p, at, next, cache);
      if (at > s && w + cw > avail + EPS) break;
      w += cw;
      at = next;
    }
    return at;
  };

  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const segEnd = bk.position;
    // «Ikke avklart» and similar markers are never split across lines.
    if (!bk.required && insideUnbreakableRun(p, segEnd)) continue;
    let s = last;
    last = segEnd;
    while (s < segEnd) {
      let trimEnd = segEnd;
      while (trimEnd > s && isTrailingSpace(text.charCodeAt(trimEnd - 1))) trimEnd--;
      const trimW = measureRange(p, s, trimEnd, cache);
      const avail = maxWidth - lineAdvance;
      if (trimW <= avail + EPS) {
        add(s, trimEnd, segEnd, trimW);
        if (bk.required) pushLine(false);
        break;
      }
      if (lineStart >= 0) {
        // The segment does not fit: hyphenate it if the line would otherwise end noticeably short.
        const ladder =
          lines.length >= 2 && lines[lines.length - 1]!.hyphen && lines[lines.length - 2]!.hyphen;
        const worth = hyphenate && !ladder && avail > Math.max(0.12 * maxWidth, 1.5 * p.size);
        const at = worth ? hyphenSplit(s, trimEnd, avail) : -1;
        if (at > 0) {
          add(s, at, at, measureRange(p, s, at, cache));
          pushLine(true);
          s = at;
        } else {
          pushLine(false);
        }
        continue;
      }
      // Alone on a line and still too wide: hyphenate, or break between characters (URLs).
      let at = hyphenSplit(s, trimEnd, maxWidth);
      const hyphen = at > 0;
      if (!hyphen) at = charSplit(s, trimEnd, maxWidth);
      add(s, at, at, measureRange(p, s, at, cache));
      if (at >= trimEnd) {
        // Only trailing spaces remained after the split point.
        lineAdvance = lineWidth;
        if (bk.required) pushLine(false);
        break;
      }
      pushLine(hyphen);
      s = at;
    }
  }
  if (lineStart >= 0) pushLine(false);
  return lines;
}

/** Width of the widest unbreakable piece (a word with its punctuation): the narrowest sensible column. */
export function minContentWidth(p: Paragraph, cache: WidthCache): number {
  const breaker = new LineBreaker(p.text);
  let last = 0;
  let widest = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (!bk.required && insideUnbreakableRun(p, bk.position)) continue;
    let e = bk.position;
    while (e > last && isTrailingSpace(p.text.charCodeAt(e - 1))) e--;
    widest = Math.max(widest, measureRange(p, last, e, cache));
    last = bk.position;
  }
  return widest;
}

/** Width of the paragraph set without wrapping (its widest forced line). */
export function maxContentWidth(p: Paragraph, cache: WidthCache): number {
  let widest = 0;
  let start = 0;
  for (;;) {
    const nl = p.text.indexOf('\n', start);
    const end = nl < 0 ? p.text.length : nl;
    widest = Math.max(widest, measureRange(p, start, end, cache));
    if (nl < 0) return widest;
    start = nl + 1;
  }
}
