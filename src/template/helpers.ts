/**
 * Template helpers. Arguments arrive from the view, where strings are already escaped for Markdown;
 * helpers unescape what they read, format it in Norwegian and escape what they return. A value not
 * decided yet comes out as the unresolved marker.
 *
 *   {{kr beløp}}            2 500 000 kr, a range 2 500 000–3 000 000 kr, a sum with undecided lines
 *                           «7 500 000–9 000 000 kr + Ikke avklart»; kort=true gives «2,5–3 mill. kr»
 *   {{prosent andel}}       50 %
 *   {{tall n}}              2 500 000 (any number from the content or the facts)
 *   {{dato frist}}          10. oktober 2025, desember 2025 / januar 2026, våren 2026 …
 *   {{liste kommuner felt="navn"}}   Rana, Hemnes og Nesna (eller=true: «Rana eller Hemnes»)
 *   {{uavklart}}            the marker «Ikke avklart»
 *   {{#if (lik type "frist")}}       equality test
 *   {{tempus dato fortid="ble behandlet" fremtid="skal behandles"}}
 *                           the past wording when the date lies wholly before the document's date
 *                           (prosjekt.dato), otherwise the future wording (also for an open date)
 */
import type { HelperOptions } from 'handlebars';
import type HandlebarsNs from 'handlebars';
import { formatDate } from '../format/date.js';
import { dateBounds, parseDate } from '../model/dates.js';
import { formatList } from '../format/list.js';
import { formatInteger, formatKronerRange, formatPercent } from '../format/number.js';
import { isUnresolvedValue } from '../format/unresolved.js';
import { escapeMarkdown, isUnresolvedMarkdown, unescapeMarkdown, UNRESOLVED_MARKDOWN } from './escape.js';

/** A helper used wrongly in a template; its message is Norwegian and is shown to the user as it is. */
export class HelperError extends Error {}

type Hb = typeof HandlebarsNs;

function undecided(v: unknown): boolean {
  return v === null || isUnresolvedMarkdown(v) || isUnresolvedValue(v);
}

/** The plain text of a view value; an absent value (null, undefined) is the empty string, never «null». */
function raw(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? unescapeMarkdown(v) : String(v);
}

/** Formats any amount-like value: a number, { fra, til }, a sum { low, high, undecided, lines }. */
export function formatAmountMarkdown(v: unknown, compact: boolean): string {
  if (v === undefined) return '';
  if (undecided(v)) return UNRESOLVED_MARKDOWN;
  if (typeof v === 'number') return escapeMarkdown(formatKronerRange(v, v, compact));
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if (typeof o.fra === 'number' && typeof o.til === 'number')
      return escapeMarkdown(formatKronerRange(o.fra, o.til, compact));
    if (typeof o.low === 'number' && typeof o.high === 'number') {
      if (o.lines === 0) return '–';
      if (o.undecided === true) return UNRESOLVED_MARKDOWN;
      const open = o.undecided === true || (typeof o.undecided === 'number' && o.undecided > 0);
      const all = typeof o.lines === 'number' && o.lines > 0 && o.undecided === o.lines;
      if (all) return UNRESOLVED_MARKDOWN;
      const text = escapeMarkdown(formatKronerRange(o.low, o.high, compact));
      return open ? `${text} + ${UNRESOLVED_MARKDOWN}` : text;
    }
  }
  throw new HelperError(`kr: verdien er ikke et beløp: ${JSON.stringify(v)}`);
}

/** Helpers that format a value must be given one: `{{dato}}` alone would silently print nothing. */
function needsValue(name: string, args: unknown[]): void {
  if (args.length < 2)
    throw new HelperError(
      `hjelperen «${name}» mangler verdi. Skriv {{${name} feltnavn}}; et felt som heter ${name}, skrives {{this.${name}}}.`,
    );
}

/** What {{#if}} counts as content: not null, not '', not 0, not an empty list. */
function hasContent(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return raw(v) !== '';
  if (typeof v === 'object') return String(v) !== '' || !('toHTML' in v);
  return Boolean(v);
}

/** True when a content date lies wholly before an ISO day; an open or unreadable date is not before. */
export function isBefore(date: unknown, iso: string | null): boolean {
  if (iso === null || date === undefined || date === null || undecided(date)) return false;
  const parsed = parseDate(raw(date));
  if (!parsed || parsed.kind === 'alternatives') return false;
  const b = dateBounds(parsed);
  return b !== null && b.end < iso;
}

export function registerHelpers(hb: Hb): void {
  hb.registerHelper('kr', (v: unknown, options: HelperOptions) =>
    formatAmountMarkdown(v, options.hash.kort === true),
  );
  hb.registerHelper('prosent', (v: unknown) =>
    undecided(v) ? UNRESOLVED_MARKDOWN : escapeMarkdown(formatPercent(Number(v))),
  );
  hb.registerHelper('tall', (v: unknown) =>
    undecided(v) ? UNRESOLVED_MARKDOWN : escapeMarkdown(formatInteger(Number(v))),
  );
  hb.registerHelper('dato', (v: unknown) => {
    if (v === undefined) return '';
    return undecided(v) ? UNRESOLVED_MARKDOWN : escapeMarkdown(formatDate(raw(v)));
  });
  hb.registerHelper('liste', (items: unknown, options: HelperOptions) => {
    if (!Array.isArray(items)) return '';
    const field = options.hash.felt as string | undefined;
    const texts = items.map((i: unknown) => {
      const v = field ? (i as Record<string, unknown>)[field] : i;
      return undecided(v) ? 'ikke avklart' : raw(v);
    });
    return escapeMarkdown(formatList(texts, options.hash.eller === true ? 'eller' : 'og'));
  });
  hb.registerHelper('uavklart', () => UNRESOLVED_MARKDOWN);
  hb.registerHelper('tempus', (v: unknown, options: HelperOptions) => {
    const { fortid, fremtid } = options.hash as { fortid?: unknown; fremtid?: unknown };
    if (typeof fortid !== 'string' || typeof fremtid !== 'string')
      throw new HelperError('hjelperen «tempus» trenger fortid="…" og fremtid="…".');
    const root = options.data?.root as { dokumentdato_iso?: unknown } | undefined;
    const docIso = typeof root?.dokumentdato_iso === 'string' ? root.dokumentdato_iso : null;
    return escapeMarkdown(isBefore(v, docIso) ? fortid : fremtid);
  });
  hb.registerHelper('lik', (a: unknown, b: unknown) => raw(a) === raw(b));
  hb.registerHelper('avklart', (v: unknown) => !undecided(v));
  // True when any argument has content, as {{#if}} sees it (an empty list, null, 0 and '' are nothing):
  // guards optional sections so that a heading appears only when its section has content.
  hb.registerHelper('eller', (...args: unknown[]) => args.slice(0, -1).some(hasContent));
  for (const name of ['kr', 'prosent', 'tall', 'dato', 'liste', 'tempus']) {
    const inner = hb.helpers[name]!;
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      needsValue(name, args);
      return (inner as (...a: unknown[]) => unknown).apply(this, args);
    });
  }
}

/** Helper names a template may call, besides Handlebars' own. */
export const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);
