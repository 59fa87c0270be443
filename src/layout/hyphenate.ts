/**
 * Norwegian (bokmål) hyphenation points of a word, from the `hyphen` package's TeX patterns. Patterns
 * load on first use; results are cached per word. URLs, e-mail addresses and anything with digits are
 * never hyphenated.
 *
 * The package ships its patterns as a 570 KB JavaScript object literal that takes ~60 ms to compile and
 * run, and its hyphenator walks them as a trie of ~43 000 objects (20–30 ms to build even from JSON).
 * So the patterns are packed into typed arrays (hyphen-patterns.ts) and kept in
 * node_modules/.cache/grantdocs-hyphen/ (written on first use), and the package's hyphenation is run on
 * that form. A missing or broken cache only costs time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../build/version.js';
import { MONTHS as MONTH_NAMES } from '../format/date.js';
import {
  markers,
  packPatterns,
  patternsFromBytes,
  patternsToBytes,
  type PackedPatterns,
  type PatternDefinition,
} from './hyphen-patterns.js';

let patterns: PackedPatterns | undefined;
const cache = new Map<string, number[]>();

/** Fewest letters kept before and after a hyphen. */
const MIN_LEFT = 2;
const MIN_RIGHT = 3;
const LETTERS = /^\p{L}+$/u;
/**
 * Shortest word that is hyphenated: a short word broken in two («kon-tant», «ja-nuar») reads worse
 * than a line that ends a little early.
 */
const MIN_WORD = 8;
/** Month names are part of a date and are never broken («ja-nuar 2026»). */
const MONTHS = new Set(MONTH_NAMES);
/**
 * Longest word that is hyphenated. The pattern matcher takes time quadratic in the word's length (20 000
 * letters took ~30 s), and no real word comes near this; longer runs of letters are broken where the line
 * ends, like any other unbreakable text.
 */
const MAX_WORD = 100;

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/grantdocs-hyphen/', import.meta.url));

/** The nb patterns, from the cache or (first use, then cached) from the package. */
export function loadPatterns(): PackedPatterns {
  if (!patterns) {
    // The version names the cache file. Read without Node's resolver (packageVersion), which cost a
    // cold start ~3 ms; the package itself is only required to fill the cache.
    const file = join(CACHE_DIR, `nb-${packageVersion('hyphen', import.meta.url)}.bin`);
    patterns = readCached(file) ?? packAndCache(file);
  }
  return patterns;
}

function readCached(file: string): PackedPatterns | undefined {
  try {
    return patternsFromBytes(readFileSync(file));
  } catch {
    return undefined;
  }
}

function packAndCache(file: string): PackedPatterns {
  const require = createRequire(import.meta.url);
  const packed = packPatterns(require('hyphen/patterns/nb.js') as PatternDefinition);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, patternsToBytes(packed));
    renameSync(tmp, file);
  } catch {
    // Without the cache the next start is only slower.
  }
  return packed;
}

/**
 * Offsets inside `word` (a run of letters only) where it may be hyphenated: a break at offset k means
 * `word.slice(0, k) + '-'` ends a line. Empty for words shorter than eight letters, month names and
 * non-alphabetic words.
 */
export function hyphenationPoints(word: string): number[] {
  if (word.length < MIN_WORD || word.length > MAX_WORD || !LETTERS.test(word)) return [];
  if (MONTHS.has(word.toLowerCase())) return [];
  let points = cache.get(word);
  if (points) return points;
  points = [];
  for (const offset of markers(word, loadPatterns())) {
    if (offset >= MIN_LEFT && word.length - offset >= MIN_RIGHT) points.push(offset);
  }
  cache.set(word, points);
  return points;
}

const NO_HYPHENATION = /[0-9@/\\:_=?&#%]|www\./;

/**
 * Hyphenation points of a line-breaking segment (a word with its punctuation and trailing spaces),
 * as offsets into the segment. Leading and trailing punctuation is kept off; URLs, e-mail
 * addresses and numbers give none.
 */
export function segmentHyphenationPoints(segment: string): number[] {
  if (NO_HYPHENATION.test(segment)) return [];
  const m = /^([^\p{L}]*)(\p{L}+)[^\p{L}]*$/u.exec(segment);
  if (!m || m[2] === undefined) return [];
  const lead = (m[1] ?? '').length;
  return hyphenationPoints(m[2]).map((p) => p + lead);
}
