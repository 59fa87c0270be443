import { assertNever, inlineText, type Block, type DocumentTree, type Inline } from '../../src/tree/types.js';

/** Every piece of inline content of a tree, with the block kind it sits in. */
export function inlineRuns(blocks: Block[]): Inline[][] {
  const out: Inline[][] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(b.children);
        break;
      case 'list':
        for (const i of b.items) out.push(...inlineRuns(i.children));
        break;
      case 'table':
        for (const r of [...b.header, ...b.body]) for (const c of r.cells) out.push(c.children);
        if (b.caption) out.push(b.caption);
        break;
      case 'section':
      case 'callout':
        out.push(...inlineRuns(b.children));
        break;
      case 'image':
        if (b.caption) out.push(b.caption);
        break;
      case 'chart':
      case 'pageBreak':
      case 'signature':
        break;
      default:
        assertNever(b);
    }
  }
  return out;
}

/** The text a reader sees, one line per paragraph, table row, list item or signature line. */
export function treeText(tree: DocumentTree): string {
  const lines: string[] = [];
  const visit = (blocks: Block[]): void => {
    for (const b of blocks) {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          lines.push(inlineText(b.children));
          break;
        case 'list':
          for (const i of b.items) visit(i.children);
          break;
        case 'table':
          for (const r of [...b.header, ...b.body])
            lines.push(r.cells.map((c) => inlineText(c.children)).join(' | '));
          if (b.caption) lines.push(inlineText(b.caption));
          break;
        case 'section':
        case 'callout':
          visit(b.children);
          break;
        case 'image':
          lines.push(b.alt);
          break;
        case 'chart':
          lines.push(b.title, b.alt);
          break;
        case 'signature':
          lines.push(`${b.place} ${b.date}`);
          for (const s of b.signers) lines.push([s.name, s.role, s.organisation].filter(Boolean).join(', '));
          break;
        case 'pageBreak':
          break;
        default:
          assertNever(b);
      }
    }
  };
  visit(tree.children);
  return lines.join('\n').replace(/\u00a0/g, ' ');
}
