/**
 * One change as a Norwegian sentence, in segments the Markdown summary and the document section style
 * each in their own way: `was`/`now` are a value before and after, `del`/`ins` words removed and added
 * in a text, `arrow` stands between before and after.
 */
import type { Change } from './diff.js';
import type { WordHunk } from './words.js';

export interface Segment {
  text: string;
  style?: 'was' | 'now' | 'arrow' | 'del' | 'ins';
}

/** How items present in one version and not the other are named: added, removed, changed. */
const ITEM_WORDS: Record<string, [string, string, string]> = {
  Partner: ['Ny partner', 'Partner fjernet', 'Partner med nytt navn'],
  Kommune: ['Ny kommune', 'Kommune fjernet', 'Kommune med nytt navn'],
  'Åpent spørsmål': ['Nytt åpent spørsmål', 'Åpent spørsmål avklart (fjernet)', 'Åpent spørsmål omformulert'],
  'Ikke avklart': ['Nå ikke avklart', 'Avklart', 'Ikke avklart'],
  Dokument: ['Nytt dokument', 'Dokument fjernet', 'Dokument med ny tittel'],
};

/** At most this many changed places of one text are shown. */
const MAX_HUNKS = 3;
/** A new text is previewed with this many words. */
const PREVIEW_WORDS = 12;

function hunkSegments(h: WordHunk): Segment[] {
  const out: Segment[] = [];
  const before = h.before.join(' ');
  const after = h.after.join(' ');
  out.push({ text: `${h.moreBefore ? '…' : ''}${before}${before ? ' ' : ''}` });
  if (h.removed.length) out.push({ text: h.removed.join(' '), style: 'del' });
  if (h.removed.length && h.added.length) out.push({ text: ' ' });
  if (h.added.length) out.push({ text: h.added.join(' '), style: 'ins' });
  out.push({ text: `${after ? ' ' : ''}${after}${h.moreAfter ? '…' : ''}` });
  return out;
}

function preview(text: string): string {
  const w = text.split(/\s+/).filter(Boolean);
  return w.length > PREVIEW_WORDS ? `${w.slice(0, PREVIEW_WORDS).join(' ')} …` : w.join(' ');
}

export function describeChange(c: Change): Segment[] {
  const words = ITEM_WORDS[c.label];
  if (c.kind === 'item' && words) {
    if (c.change === 'changed')
      return [
        { text: `${words[2]}: ` },
        { text: c.before!, style: 'was' },
        { text: '', style: 'arrow' },
        { text: c.after!, style: 'now' },
      ];
    const [text, style] = c.change === 'added' ? [c.after!, 'now' as const] : [c.before!, 'was' as const];
    return [{ text: `${c.change === 'added' ? words[0] : words[1]}: ` }, { text, style }];
  }
  if (c.kind === 'text') {
    if (c.change === 'added')
      return [{ text: `${c.label}: ny tekst «` }, { text: preview(c.after!), style: 'now' }, { text: '»' }];
    if (c.change === 'removed') return [{ text: `${c.label}: teksten er fjernet` }];
    const hunks = c.words ?? [];
    const out: Segment[] = [{ text: `${c.label} er endret: «` }];
    hunks.slice(0, MAX_HUNKS).forEach((h, i) => {
      if (i > 0) out.push({ text: '» … «' });
      out.push(...hunkSegments(h));
    });
    out.push({ text: '»' });
    const rest = hunks.length - MAX_HUNKS;
    if (rest > 0) out.push({ text: ` og ${rest} ${rest === 1 ? 'annet sted' : 'andre steder'}` });
    return out;
  }
  if (c.change === 'added')
    return [{ text: `${c.label}: ` }, { text: c.after!, style: 'now' }, { text: ' (ny)' }];
  if (c.change === 'removed')
    return [{ text: `${c.label}: ` }, { text: c.before!, style: 'was' }, { text: ' (fjernet)' }];
  return [
    { text: `${c.label}: ` },
    { text: c.before!, style: 'was' },
    { text: '', style: 'arrow' },
    { text: c.after!, style: 'now' },
  ];
}
