import type { PageMap } from '../../layout/page-map.js';
import type { DocxContext } from './context.js';
import { fieldChar, fieldRun, instruction } from './fields.js';
import { paragraph } from './paragraph.js';
import { textRun } from './inlines.js';
import { esc } from './xml.js';
import type { Block, Heading, Inline } from '../../tree/types.js';
import { assertNever } from '../../tree/types.js';
import { TEXT_WIDTH_TWIPS } from './tables.js';
import { allBlocks } from '../../tree/walk.js';

/**
 * The table of contents with its entries written by the writer from the tree's headings: a TOC field
 * over Heading 1–3 in a content control Word knows as one, an entry per heading with its stored page
 * number, and `_Toc1`, `_Toc2`, … bookmarks around the headings the entries link to, as Word writes them.
 */

/** One entry: the heading's text on one line, its level, and the bookmark around the heading. */
export interface TocEntry {
  title: string;
  level: 1 | 2 | 3;
  bookmark: string;
  /** The page the heading is on in the PDF's layout (the entry's stored page number). */
  page: number | undefined;
}

/** Entries by heading node, in document order: headings with text (Word leaves out blank ones). */
export function tocEntries(blocks: Block[], pages: PageMap): Map<Heading, TocEntry> {
  const entries = new Map<Heading, TocEntry>();
  for (const heading of headings(blocks)) {
    const text = inlineRunText(heading.children);
    if (text.trim() === '') continue;
    entries.set(heading, {
      title: text.replace(/\t/g, ' ').replace(/\n/g, ' '),
      level: heading.level,
      bookmark: `_Toc${entries.size + 1}`,
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

/** A heading paragraph's content inside the heading's `_Toc` bookmark. */
export function inTocBookmark(ctx: DocxContext, entry: TocEntry | undefined, content: () => string): string {
  if (entry === undefined) return content();
  const id = ctx.nextBookmarkId++;
  return `<w:bookmarkStart w:name="${entry.bookmark}" w:id="${id}"/>${content()}<w:bookmarkEnd w:id="${id}"/>`;
}

const SDT_PROPERTIES = (alias: string): string =>
  `<w:sdtPr><w:alias w:val="${esc(alias)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>` +
  '<w:docPartUnique/></w:docPartObj></w:sdtPr>';

const TOC_INSTRUCTION = 'TOC \\h \\o "1-3"';

/** The TOC field over Heading 1–3 with hyperlinked entries, in a content control Word knows as one. */
export function tableOfContentsWithEntries(alias: string, entries: TocEntry[]): string {
  const tabs = [{ type: 'right' as const, position: TEXT_WIDTH_TWIPS, leader: 'dot' as const }];
  let content = '';
  entries.forEach((entry, index) => {
    const runs =
      textRun(entry.title) +
      '<w:r><w:tab/></w:r>' +
      fieldRun(`PAGEREF ${entry.bookmark} \\h`, entry.page === undefined ? undefined : String(entry.page));
    content += paragraph(
      { style: `TOC${entry.level}`, tabs },
      (index === 0
        ? `<w:r>${fieldChar('begin')}${instruction(TOC_INSTRUCTION)}${fieldChar('separate')}</w:r>`
        : '') + `<w:hyperlink w:history="1" w:anchor="${entry.bookmark}">${runs}</w:hyperlink>`,
    );
  });
  content += `<w:p><w:r>${fieldChar('end')}</w:r></w:p>`;
  return `<w:sdt>${SDT_PROPERTIES(alias)}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

/**
 * A table of contents without entries (the document's headings are all blank): the field alone, marked
 * for Word to fill in when the document is opened.
 */
export function emptyTableOfContents(alias: string): string {
  return (
    `<w:sdt>${SDT_PROPERTIES(alias)}<w:sdtContent><w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>` +
    `${instruction(TOC_INSTRUCTION)}${fieldChar('separate')}</w:r></w:p><w:p><w:r>${fieldChar('end')}</w:r></w:p>` +
    '</w:sdtContent></w:sdt>'
  );
}
