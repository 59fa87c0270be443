import {
  BookmarkEnd,
  BookmarkStart,
  InternalHyperlink,
  LeaderType,
  Paragraph,
  Run,
  Tab,
  TabStopType,
  TextRun,
  bookmarkUniqueNumericId,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { PageMap } from '../../layout/page-map.js';
import { element, fieldChar, fieldRun, instruction } from './fields.js';
import type { Block, Heading, Inline } from '../../tree/types.js';
import { assertNever } from '../../tree/types.js';
import { TEXT_WIDTH_TWIPS } from './tables.js';
import { allBlocks } from '../../tree/walk.js';

/**
 * The table of contents with its entries written by the writer from the tree's headings. The docx
 * package can fill a table of contents itself, but it does so by reading every paragraph of the
 * formatted document back (text, styles, bookmarks), about a tenth of the writer's time. The XML
 * written here is the one the package writes: the same field, entries, styles, tab stops and `_Toc`
 * bookmarks around the headings (their ids are numbered by the normalising pass, as before).
 */

/** One entry: the heading's text on one line, its level, and the bookmark around the heading. */
export interface TocEntry {
  title: string;
  level: 1 | 2 | 3;
  bookmark: string;
  id: number;
  /** The page the heading is on in the PDF's layout (the entry's stored page number). */
  page: number | undefined;
}

/** Entries by heading node, in document order: headings with text (Word leaves out blank ones). */
export function tocEntries(blocks: Block[], pages: PageMap): Map<Heading, TocEntry> {
  const entries = new Map<Heading, TocEntry>();
  for (const heading of headings(blocks)) {
    const text = inlineRunText(heading.children);
    if (text.trim() === '') continue;
    const id = bookmarkUniqueNumericId();
    entries.set(heading, {
      title: text.replace(/\t/g, ' ').replace(/\n/g, ' '),
      level: heading.level,
      bookmark: `_Toc${id}`,
      id,
      page: pages.headings[heading.id],
    });
  }
  return entries;
}

function* headings(blocks: Block[]): Generator<Heading> {
  for (const block of allBlocks(blocks)) if (block.type === 'heading') yield block;
}

/** The text Word reads from a heading's runs: line breaks as \n (the runs inlines.ts writes). */
function inlineRunText(nodes: Inline[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.text;
        break;
      case 'unresolved':
        // As inlines.ts writes it: the marker's words joined by no-break spaces.
        out += node.text.replace(/ /g, '\u00a0');
        break;
      case 'lineBreak':
        out += '\n';
        break;
      case 'strong':
      case 'emphasis':
      case 'lang':
      case 'link':
        out += inlineRunText(node.children);
        break;
      default:
        assertNever(node);
    }
  }
  return out;
}

/** A heading paragraph's children inside the heading's `_Toc` bookmark. */
export function inTocBookmark(entry: TocEntry | undefined, children: ParagraphChild[]): ParagraphChild[] {
  if (entry === undefined) return children;
  return [
    new BookmarkStart(entry.bookmark, entry.id) as unknown as ParagraphChild,
    ...children,
    new BookmarkEnd(entry.id) as unknown as ParagraphChild,
  ];
}

/** The TOC field over Heading 1–3 with hyperlinked entries, in a content control Word knows as one. */
export function tableOfContentsWithEntries(alias: string, entries: TocEntry[]): FileChild {
  const paragraphs = entries.map((entry, index) => {
    const children = [
      new TextRun({ children: [entry.title] }),
      new TextRun({ children: [new Tab()] }),
      fieldRun(`PAGEREF ${entry.bookmark} \\h`, entry.page === undefined ? undefined : String(entry.page)),
    ];
    return new Paragraph({
      style: `TOC${entry.level}`,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS, leader: LeaderType.DOT }],
      children: [
        ...(index === 0
          ? [
              new Run({
                children: [fieldChar('begin'), instruction('TOC \\h \\o "1-3"'), fieldChar('separate')],
              }),
            ]
          : []),
        new InternalHyperlink({ anchor: entry.bookmark, children }),
      ],
    });
  });
  const end = new Paragraph({ children: [new Run({ children: [fieldChar('end')] })] });
  const properties = element('w:sdtPr', {}, [
    element('w:alias', { 'w:val': alias }),
    element('w:docPartObj', {}, [
      element('w:docPartGallery', { 'w:val': 'Table of Contents' }),
      element('w:docPartUnique'),
    ]),
  ]);
  return element('w:sdt', {}, [properties, element('w:sdtContent', {}, [...paragraphs, end])]) as FileChild;
}
