/**
 * The `hyphen` package's TeX patterns in a packed form that loads without parsing, and its word
 * hyphenation run on that form.
 *
 * Why: the package keeps the Norwegian patterns as a trie of ~43 000 nested objects. Building them
 * (from its JavaScript file, or from JSON) cost every cold start 20–30 ms plus the garbage collector's
 * time for them. Here the trie is three typed arrays, read straight from a cache file.
 *
 * `markers` is the package's `hyphenateWord` (hyphen 1.14, hyphen.js) step by step, on the packed trie;
 * test/layout/hyphen-patterns.test.ts checks that both give the same hyphens for the sample projects'
 * words and for generated ones.
 */
import { createHash } from 'node:crypto';

/** The package's pattern definition: levels table, trie, and exception words with their hyphens. */
export type PatternDefinition = [number[][], Trie, Record<string, number[]>?];
interface Trie {
  [char: string]: Trie | [Trie, number] | number;
}

export interface PackedPatterns {
  /** Children of node n are the nodes first[n] … first[n + 1] − 1 (node 0 is the root). */
  first: Int32Array;
  /** The character (one UTF-16 unit) on the edge into node n. */
  chars: Uint16Array;
  /** Index into `levels` of the pattern that ends at node n, or −1. */
  level: Int16Array;
  levels: number[][];
  /** Lower-case words whose hyphen positions are given, not computed. */
  exceptions: Record<string, number[]>;
}

/** Nodes in breadth-first order, so the children of each node are consecutive. */
export function packPatterns([levels, trie, exceptions]: PatternDefinition): PackedPatterns {
  const first: number[] = [];
  const chars: number[] = [0];
  const level: number[] = [-1];
  const queue: Trie[] = [trie];
  let next = 1;
  for (let n = 0; n < queue.length; n++) {
    first.push(next);
    const sub = queue[n]!;
    for (const key of Object.keys(sub)) {
      if (key.length !== 1)
        throw new Error(`hyphen patterns: trie key ${JSON.stringify(key)} is not one character`);
      const v = sub[key]!;
      chars.push(key.charCodeAt(0));
      if (Array.isArray(v)) {
        level.push(v[1]);
        queue.push(v[0]);
      } else if (typeof v === 'number') {
        level.push(v);
        queue.push({});
      } else {
        level.push(-1);
        queue.push(v);
      }
      next++;
    }
  }
  first.push(next);
  return {
    first: Int32Array.from(first),
    chars: Uint16Array.from(chars),
    level: Int16Array.from(level),
    levels,
    exceptions: exceptions ?? {},
  };
}

const FORMAT = 'grantdocs-hyphen-patterns-1';

/**
 * File layout: 4 bytes header length (little-endian), the header (JSON: format, node count, levels,
 * exceptions, SHA-256 of the arrays), padding to 4, then `first`, `level` and `chars` as they are in
 * memory. The file is a cache on this machine, so the byte order is the machine's.
 */
export function patternsToBytes(p: PackedPatterns): Uint8Array {
  const arrays = Buffer.concat([
    Buffer.from(p.first.buffer, p.first.byteOffset, p.first.byteLength),
    Buffer.from(p.level.buffer, p.level.byteOffset, p.level.byteLength),
    Buffer.from(p.chars.buffer, p.chars.byteOffset, p.chars.byteLength),
  ]);
  const sha256 = createHash('sha256').update(arrays).digest('hex');
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      nodes: p.level.length,
      levels: p.levels,
      exceptions: p.exceptions,
      sha256,
    }),
  );
  const start = align4(4 + header.length);
  const out = Buffer.alloc(start + arrays.length);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  arrays.copy(out, start);
  return out;
}

/** The patterns of a file made by patternsToBytes, or undefined when it is not such a file. */
export function patternsFromBytes(file: Uint8Array): PackedPatterns | undefined {
  try {
    const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.readUInt32LE(0);
    const header = JSON.parse(view.toString('utf8', 4, 4 + headerLength)) as {
      format: string;
      nodes: number;
      levels: number[][];
      exceptions: Record<string, number[]>;
      sha256: string;
    };
    const n = header.nodes;
    const start = align4(4 + headerLength);
    if (header.format !== FORMAT || !Number.isInteger(n) || n < 1) return undefined;
    if (view.length !== start + 4 * (n + 1) + 2 * n + 2 * n) return undefined;
    const arrays = view.subarray(start);
    if (createHash('sha256').update(arrays).digest('hex') !== header.sha256) return undefined;
    const at = bytes.byteOffset + start;
    return {
      first: new Int32Array(bytes.buffer, at, n + 1),
      level: new Int16Array(bytes.buffer, at + 4 * (n + 1), n),
      chars: new Uint16Array(bytes.buffer, at + 4 * (n + 1) + 2 * n, n),
      levels: header.levels,
      exceptions: header.exceptions,
    };
  } catch {
    return undefined;
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Hyphen positions of `text` (offsets where a hyphen goes), as the package computes them: the Liang
 * levels of every pattern found in ".word." (lower-cased), odd levels marking hyphens, none in the
 * first two or last two positions. Exception words take their positions from the list.
 */
export function markers(text: string, p: PackedPatterns): number[] {
  const lowered = text.toLocaleLowerCase();
  const given = Object.prototype.hasOwnProperty.call(p.exceptions, lowered)
    ? p.exceptions[lowered]
    : undefined;
  if (given) return given;
  // Kept as the package does it, down to a plain array that may grow past the word's end.
  const levels: number[] = new Array<number>(text.length + 1).fill(0);
  const units = `.${lowered}.`;
  let entity = -1;
  for (let i = 0; units.length - i >= 3; i++) {
    entity++;
    if (i === 1) entity--;
    let node = 0;
    for (let j = i; j < units.length; j++) {
      const c = units.charCodeAt(j);
      let child = -1;
      for (let k = p.first[node]!, end = p.first[node + 1]!; k < end; k++) {
        if (p.chars[k] === c) {
          child = k;
          break;
        }
      }
      if (child < 0) break;
      node = child;
      const index = p.level[child]!;
      if (index < 0) continue;
      const pattern = p.levels[index]!;
      for (let k = 0; k < pattern.length; k++) {
        levels[entity + k] = Math.max(pattern[k]!, levels[entity + k]!);
      }
    }
  }
  levels[0] = levels[1] = levels[levels.length - 1] = levels[levels.length - 2] = 0;
  const found: number[] = [];
  for (let i = 0; i < levels.length; i++) if ((levels[i]! & 1) === 1) found.push(i);
  return found;
}
