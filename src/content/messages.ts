import { formatNbNumber } from '../format/nb-number.js';
/** Norwegian wording shared by schema and domain diagnostics. */

/** Shown wherever a date is rejected: every form parseDate accepts. */
export const DATE_FORMS =
  'Godkjente former: 2025-10-10 (dag), 2025-12 (måned), 2026 (år), 2026-T1 (tertial), 2026-vår (årstid: vår, sommer, høst, vinter), 2025-10/2025-12 (tidsrom), 2025-12 eller 2026-01 (alternativer) og «ikke avklart».';

export const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  integer: 'et helt tall',
  number: 'et tall',
  boolean: 'true eller false',
  array: 'en liste (linjer som begynner med «- »)',
  object: 'en seksjon med felter under',
  null: 'tom',
};

/** How a value read from YAML is described in a message. */
export function describeValue(value: unknown, source?: string): string {
  if (value === null || value === undefined) return 'tom verdi';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'en seksjon med felter';
  if (typeof value === 'string') return `teksten «${value}»`;
  if (typeof value === 'boolean') return `${value}`;
  return `tallet ${source ?? String(value)}`;
}

/** Whole kroner with no-break thin grouping, as the secretariat writes them: 2 500 000 kr. */
export function kroner(n: number): string {
  return `${formatNbNumber(n, 0).replace(/\u00a0/g, ' ')} kr`;
}

/** A low–high sum as text: «2 500 000 kr» or «2 500 000–3 000 000 kr». */
export function kronerRange(r: { lo: number; hi: number }): string {
  if (r.lo === r.hi) return kroner(r.lo);
  return `${kroner(r.lo).replace(/ kr$/, '')}–${kroner(r.hi)}`;
}

/** Edit distance, for «did you mean» suggestions on unknown keys. */
export function editDistance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** The closest known name, when it is close enough to be a likely typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const dist = editDistance(name.toLowerCase(), k.toLowerCase());
    if (dist < bestD) [best, bestD] = [k, dist];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
