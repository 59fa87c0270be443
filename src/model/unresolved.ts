import { UNRESOLVED } from './project.js';

/** One value in the content that is not decided yet. */
export interface UnresolvedItem {
  /** Path into the content, e.g. ['budsjett', 'finansiering', 0, 'beløp']. */
  path: (string | number)[];
  /** The same path as text: budsjett.finansiering[0].beløp */
  pathText: string;
  /** Why it counts as unresolved: the value is «ikke avklart», or a flag (avklart: false) marks it tentative. */
  reason: 'value' | 'flag';
}

export function pathToText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Flags that mark the object they sit in (or, for frist_avklart, its deadline) as not decided. */
const FLAG_KEYS: Record<string, string | null> = { avklart: null, frist_avklart: 'frist' };

/**
 * Walks any content value and lists every unresolved item, in document order: string values equal to
 * «ikke avklart» (any case) and objects carrying `avklart: false` / `frist_avklart: false`.
 */
export function findUnresolved(data: unknown, path: (string | number)[] = []): UnresolvedItem[] {
  const out: UnresolvedItem[] = [];
  const visit = (value: unknown, at: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (value.trim().toLowerCase() === UNRESOLVED)
        out.push({ path: at, pathText: pathToText(at), reason: 'value' });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...at, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key in FLAG_KEYS && v === false) {
          const target = FLAG_KEYS[key];
          const p = target ? [...at, target] : at;
          out.push({ path: p, pathText: pathToText(p), reason: 'flag' });
          continue;
        }
        visit(v, [...at, key]);
      }
    }
  };
  visit(data, path);
  return out;
}
