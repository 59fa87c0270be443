/**
 * Internal links (`[tekst](#id)`) must point at a heading of the same document: both writers can only
 * link to headings (PDF destinations, Word bookmarks). Checked once here, on the document tree, rather
 * than by each writer: the diagnostic then names the link and the headings there are, and carries the
 * link's Markdown so the build can find the content field it was written in.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { Block, Inline } from '../tree/types.js';
import { allBlocks } from '../tree/walk.js';

function* inlinesOf(block: Block): Generator<Inline[]> {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      yield block.children;
      break;
    case 'table':
      if (block.caption) yield block.caption;
      for (const row of [...block.header, ...block.body]) for (const cell of row.cells) yield cell.children;
      break;
    case 'image':
      if (block.caption) yield block.caption;
      break;
    default:
      break;
  }
}

function* links(inlines: Inline[]): Generator<{ href: string; children: Inline[] }> {
  for (const node of inlines) {
    if (node.type === 'link') yield node;
    if ('children' in node && Array.isArray(node.children)) yield* links(node.children as Inline[]);
  }
}

const text = (inlines: Inline[]): string =>
  inlines.map((n) => ('text' in n ? n.text : 'children' in n ? text(n.children as Inline[]) : '')).join('');

export function internalLinkDiagnostics(blocks: Block[], documentId: string): Diagnostic[] {
  const ids: string[] = [];
  for (const b of allBlocks(blocks)) if (b.type === 'heading') ids.push(b.id);
  const known = new Set(ids);
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const block of allBlocks(blocks)) {
    for (const inlines of inlinesOf(block)) {
      for (const link of links(inlines)) {
        if (!link.href.startsWith('#') || known.has(link.href.slice(1)) || reported.has(link.href)) continue;
        reported.add(link.href);
        const examples = ids.slice(0, 6).map((id) => `#${id}`);
        out.push({
          severity: 'warning',
          rule: 'document/link-target',
          message: `Lenken «${text(link.children)}» (${link.href}) peker ikke på noen overskrift i ${documentId}, og blir vanlig tekst`,
          hint: examples.length
            ? `Overskriftene i dokumentet har blant annet disse id-ene: ${examples.join(', ')}.`
            : 'Dokumentet har ingen overskrifter å lenke til; fjern lenken.',
          text: `](${link.href})`,
        });
      }
    }
  }
  return out;
}
