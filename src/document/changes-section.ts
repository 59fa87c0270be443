/**
 * The section «Endringer siden <versjon>» a build with --endringer-fra adds to each document: what
 * changed since the earlier version, limited to what this document shows. It goes before the first
 * main heading (after the draft notice and the table of facts), as one Section (a Sect in the PDF).
 */
import { describeChange, type Segment } from '../changes/describe.js';
import type { Change, ChangeReport, ChangeSide } from '../changes/diff.js';
import { sinceText } from '../changes/markdown.js';
import { GROUPS, type Group } from '../changes/snapshot.js';
import { UNRESOLVED_TEXT } from '../format/unresolved.js';
import type { Block, DocumentTree, Inline, Section } from '../tree/types.js';
import { allBlocks } from '../tree/walk.js';

/** A new text counts as shown when the document has its first this many words. */
const MATCH_WORDS = 8;

function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when the document shows the change: a change tied to documents only in those, a text only where
 * the document's Markdown has its (new) wording; everything else (sums, dates, names) in every document.
 */
export function shownIn(c: Change, docId: string, markdown: string): boolean {
  if (c.docs && !c.docs.includes(docId)) return false;
  if (c.kind !== 'text' || c.after === null) return true;
  const start = plainWords(c.after).split(' ').slice(0, MATCH_WORDS).join(' ');
  return plainWords(markdown).includes(start);
}

/** A value, with «Ikke avklart» (alone or after a partial sum) as the marker the documents use. */
function value(text: string): Inline[] {
  if (text === UNRESOLVED_TEXT) return [{ type: 'unresolved', text }];
  const partial = ` + ${UNRESOLVED_TEXT}`;
  if (text.endsWith(partial))
    return [
      { type: 'text', text: text.slice(0, -UNRESOLVED_TEXT.length) },
      { type: 'unresolved', text: UNRESOLVED_TEXT },
    ];
  return [{ type: 'text', text }];
}

/** A change sentence for the document: «Kostnader 2026: fra 2 500 000 kr til 2 800 000 kr». */
function inlines(segments: Segment[]): Inline[] {
  const out: Inline[] = [];
  segments.forEach((s, i) => {
    const text = s.text.replace(/[ \t\r\n]+/g, ' ');
    switch (s.style) {
      case 'was':
        if (segments[i + 1]?.style === 'arrow') out.push({ type: 'text', text: 'fra ' });
        out.push(...value(text));
        break;
      case 'arrow':
        out.push({ type: 'text', text: ' til ' });
        break;
      case 'now':
        out.push(text === UNRESOLVED_TEXT ? value(text)[0]! : { type: 'strong', children: value(text) });
        break;
      case 'del':
        out.push({ type: 'text', text: `[fjernet: ${text}]` });
        break;
      case 'ins':
        out.push({ type: 'strong', children: [{ type: 'text', text: `[nytt: ${text}]` }] });
        break;
      default:
        if (text) out.push({ type: 'text', text });
    }
  });
  return out;
}

function sideText(s: ChangeSide): string {
  return `${s.versjon ?? 'versjonen'} fra ${s.dato}`;
}

function uniqueId(tree: DocumentTree, base: string): string {
  const used = new Set<string>();
  for (const b of allBlocks(tree.children)) if (b.type === 'heading') used.add(b.id);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The change section for one document. */
export function changesSection(
  tree: DocumentTree,
  report: ChangeReport,
  docId: string,
  markdown: string,
): Section {
  const source = { line: 0 };
  const shown = report.changes.filter((c) => shownIn(c, docId, markdown));
  const children: Block[] = [
    {
      type: 'heading',
      level: 1,
      id: uniqueId(tree, 'endringer'),
      children: [{ type: 'text', text: `Endringer siden ${sinceText(report)}` }],
      source,
    },
    {
      type: 'paragraph',
      children: [
        {
          type: 'text',
          text:
            `Denne versjonen (${sideText(report.to)}) er sammenlignet med ${sideText(report.from)}, ` +
            `hentet fra ${report.from.source}.` +
            (shown.length === 0 ? ' Ingenting av det dette dokumentet viser, er endret.' : ''),
        },
      ],
      source,
    },
  ];
  const groups = new Map<Group, Change[]>();
  for (const c of shown) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  for (const [group, changes] of groups) {
    children.push({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', text: GROUPS[group] }] }],
      source,
    });
    children.push({
      type: 'list',
      ordered: false,
      start: 1,
      items: changes.map((c) => ({
        children: [{ type: 'paragraph', children: inlines(describeChange(c)), source }],
      })),
      source,
    });
  }
  return { type: 'section', children, source };
}

/** The tree with the change section before its first main heading (at the end when it has none). */
export function withChangesSection(
  tree: DocumentTree,
  report: ChangeReport,
  docId: string,
  markdown: string,
): DocumentTree {
  const section = changesSection(tree, report, docId, markdown);
  const at = tree.children.findIndex((b) => b.type === 'heading' && b.level === 1);
  const children = [...tree.children];
  children.splice(at === -1 ? children.length : at, 0, section);
  return { ...tree, children };
}
