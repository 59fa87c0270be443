/**
 * A short word-level view of how a text changed: the places where words were removed or added, each
 * with a few words of context. Longest common subsequence over words, after trimming the common start
 * and end, so a long text with one changed word costs little.
 */

export interface WordHunk {
  /** Up to CONTEXT words before the change; `more` when the text goes on before them. */
  before: string[];
  removed: string[];
  added: string[];
  after: string[];
  moreBefore: boolean;
  moreAfter: boolean;
}

const CONTEXT = 4;
/** Above this many word pairs the middle is shown as one replaced block instead of aligned. */
const MAX_CELLS = 4_000_000;

export function words(text: string): string[] {
  return text.split(/[ \t\r\n]+/).filter(Boolean);
}

type Op = { kind: 'same' | 'removed' | 'added'; word: string };

function align(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: Op[] = a.slice(0, start).map((word) => ({ kind: 'same', word }));
  const tail: Op[] = a.slice(endA).map((word) => ({ kind: 'same', word }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  return [...head, ...alignMiddle(midA, midB), ...tail];
}

function alignMiddle(a: string[], b: string[]): Op[] {
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS)
    return [
      ...a.map((word): Op => ({ kind: 'removed', word })),
      ...b.map((word): Op => ({ kind: 'added', word })),
    ];
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: 'same', word: a[i++]! });
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
      ops.push({ kind: 'added', word: b[j++]! });
    } else ops.push({ kind: 'removed', word: a[i++]! });
  }
  return ops;
}

/** The changed places between two texts, in order; empty when the words are the same. */
export function wordHunks(before: string, after: string): WordHunk[] {
  const ops = align(words(before), words(after));
  const hunks: WordHunk[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.kind === 'same') {
      k++;
      continue;
    }
    // A run of changes; runs separated by fewer than 2×CONTEXT equal words are joined.
    let end = k;
    const removed: string[] = [];
    const added: string[] = [];
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== 'same') {
        const op = ops[end++]!;
        (op.kind === 'removed' ? removed : added).push(op.word);
      }
      let same = end;
      while (same < ops.length && ops[same]!.kind === 'same') same++;
      if (same < ops.length && same - end < 2 * CONTEXT) {
        for (let s = end; s < same; s++) {
          removed.push(ops[s]!.word);
          added.push(ops[s]!.word);
        }
        end = same;
        continue;
      }
      break;
    }
    const from = Math.max(0, k - CONTEXT);
    let to = end;
    while (to < ops.length && to < end + CONTEXT && ops[to]!.kind === 'same') to++;
    hunks.push({
      before: ops.slice(from, k).map((o) => o.word),
      removed,
      added,
      after: ops.slice(end, to).map((o) => o.word),
      moreBefore: from > 0,
      moreAfter: to < ops.length,
    });
    k = end;
  }
  return hunks;
}
