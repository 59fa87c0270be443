/**
 * The table of contents of a longer document («Innhold», after the title block), as the DOCX writer
 * writes it: one line per heading of level 1–3, indented by level, the title linked to the heading, a
 * dotted leader and the page number at the right edge.
 *
 * The page numbers are known only after pagination, so the contents are laid out twice (see
 * layout-document.ts): first with a placeholder for every number, then with the real ones. The number
 * sits in a column of fixed width at the right, so the lines, and with them the pages, are the same in
 * both passes.
 *
 * Tags: a TOC element with one TOCI per entry, each holding a Link (the title and its page number) whose
 * annotation jumps to the heading. The leader is an artifact, so copied text reads «Budsjett 5».
 */
import { inlineText, type Block, type Heading } from '../tree/types.js';
import { allBlocks } from '../tree/walk.js';
import type { Box, FlowEl } from './flow.js';
import { space } from './flow.js';
import type { WidthCache } from './measure-cache.js';
import { colors, type as typeStyle } from './style.js';
import { setText } from './text-block.js';
import type { Item, StructElement } from './types.js';

/** One line of the contents: the heading's id, text and level. */
export interface ContentsEntry {
  id: string;
  title: string;
  level: 1 | 2 | 3;
}

/** The heading of the contents; the DOCX writer uses the same word. */
export const CONTENTS_TITLE = 'Innhold';

/** A document gets contents when it has at least this many entries… */
export const CONTENTS_MIN_ENTRIES = 3;
/** …and more than this many pages without them. */
export const CONTENTS_MIN_PAGES = 3;

const KEY = 'toc';
const INDENT = 12;
const HEADING = { size: 14, leading: 1.22, before: 18, after: 6 };
const ENTRY_GAP = 3;
/** Room for the page number: three digits and a gap to the title. */
const NUMBER_SAMPLE = '000';
const NUMBER_GAP = 18;

/** The entries: every heading with text, in document order. */
export function contentsEntries(blocks: Block[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const block of allBlocks(blocks)) {
    if (block.type !== 'heading') continue;
    const title = headingTitle(block);
    if (title !== '') entries.push({ id: block.id, title, level: block.level });
  }
  return entries;
}

function headingTitle(h: Heading): string {
  return inlineText(h.children).replace(/\s+/g, ' ').trim();
}

/**
 * The contents' flow and structure element. `pages` gives each entry's page number (1-based); without it
 * every number is a placeholder of the same width, for the first pass.
 */
export function contentsFlow(
  entries: ContentsEntry[],
  x: number,
  width: number,
  cache: WidthCache,
  headingAnchor: string,
  pages?: (id: string) => number | undefined,
): { flow: FlowEl[]; struct: StructElement } {
  const size = typeStyle.body.size;
  const numberWidth = cache.width(NUMBER_SAMPLE, 'regular', size);
  const heading = setText([{ text: CONTENTS_TITLE, font: 'bold', color: colors.heading }], cache, {
    x,
    width,
    size: HEADING.size,
    leading: HEADING.leading,
    tag: { key: `${KEY}/h`, role: 'H2' },
    keep: 'all',
    hyphenate: false,
  });
  const first = heading.boxes[0];
  if (first) first.anchor = { id: headingAnchor, title: CONTENTS_TITLE, level: 1 };
  const flow: FlowEl[] = [space(HEADING.before), ...heading.boxes, space(HEADING.after)];
  const items: StructElement[] = [];
  entries.forEach((entry, i) => {
    const key = `${KEY}/i${i}`;
    const link = `${key}/a`;
    const indent = (entry.level - 1) * INDENT;
    const href = `#${entry.id}`;
    const set = setText(
      [{ text: entry.title, font: 'regular', color: colors.text, key: link, role: 'Link' }],
      cache,
      {
        x: x + indent,
        width: width - indent - numberWidth - NUMBER_GAP,
        size,
        leading: typeStyle.body.leading,
        tag: { key: link, role: 'Link' },
        keep: 'all',
        hyphenate: false,
        spaceAfter: true,
      },
    );
    const firstLine = set.boxes[0];
    const last = set.boxes[set.boxes.length - 1];
    if (firstLine && last) {
      const page = pages?.(entry.id);
      last.items.push(
        ...numberItems(last, x + indent + set.lastLineWidth, x + width, size, cache, link, page),
      );
      // One clickable area over the whole entry (its lines are kept together on one page).
      firstLine.items.push({
        type: 'link',
        x: x + indent,
        y: 0,
        width: width - indent,
        height: set.height,
        href,
        tag: { struct: link, role: 'Link' },
      });
    }
    flow.push(...set.boxes);
    if (i < entries.length - 1) flow.push(space(ENTRY_GAP));
    items.push({ key, role: 'TOCI', children: [{ key: link, role: 'Link', children: [], href }] });
  });
  // The contents stay with the first line of what follows only through their heading; the entries may
  // run onto the next page like any list.
  const struct: StructElement = {
    key: KEY,
    role: 'TOC',
    children: [{ key: `${KEY}/h`, role: 'H2', children: [] }, ...items],
  };
  return { flow, struct };
}

/** The dotted leader after the title's last line and the right-aligned page number. */
function numberItems(
  box: Box,
  textEnd: number,
  right: number,
  size: number,
  cache: WidthCache,
  link: string,
  page: number | undefined,
): Item[] {
  const text = page === undefined ? NUMBER_SAMPLE : String(page);
  const w = cache.width(text, 'regular', size);
  const baseline = box.baseline ?? size;
  const leaderFrom = textEnd + 4;
  const leaderTo = right - w - 4;
  // The number right after the title, the leader after both: the painter then marks title and number
  // as one sequence of the entry's Link.
  const items: Item[] = [
    {
      type: 'text',
      x: right - w,
      y: baseline,
      text,
      font: 'regular',
      size,
      color: colors.text,
      tag: { struct: link, role: 'Link' },
    },
  ];
  if (leaderTo > leaderFrom) {
    items.push({
      type: 'line',
      x1: leaderFrom,
      y1: baseline,
      x2: leaderTo,
      y2: baseline,
      color: colors.rule,
      width: 0.8,
      dash: [0.8, 2.6],
      tag: { artifact: true },
    });
  }
  return items;
}
