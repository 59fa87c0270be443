/**
 * «--final means final»: the built tree of a final document is searched for anything still open — a
 * marked value from the content or from a template, an «Ikke avklart» in a signature, a tentative bar in
 * the timeline, a financing chart whose split is not decided. Each is one error. Its `text` is the label
 * beside it (a table row's first cell, the sentence before it, a timeline step's title), so the build
 * places it at the content field where that label is written; a label made by the templates keeps the
 * template line the value was written at.
 */
import type { Diagnostic, Point } from '../diagnostics/types.js';
import { UNRESOLVED_TEXT } from '../format/unresolved.js';
import { allBlocks } from '../tree/walk.js';
import { inlineText, type Block, type DocumentTree, type Inline } from '../tree/types.js';

type Locate = (line: number) => { file: string; start: Point };

/** True when the inline runs hold a marked open value anywhere, also inside emphasis or links. */
function hasMarker(nodes: Inline[]): boolean {
  return nodes.some(
    (n) => n.type === 'unresolved' || ('children' in n && Array.isArray(n.children) && hasMarker(n.children)),
  );
}

/** The text before the first marker, trimmed of punctuation: what the open value is about. */
function textBefore(nodes: Inline[]): string {
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.type === 'unresolved' || ('children' in n && hasMarker(n.children))) break;
    out.push(n);
  }
  return inlineText(out)
    .replace(/[\s(:,–-]+$/u, '')
    .trim();
}

interface Found {
  block: Block;
  /** What the open value is about, as the document says it. */
  label: string;
}

function findOpen(tree: DocumentTree): Found[] {
  const found: Found[] = [];
  let heading = '';
  for (const block of allBlocks(tree.children)) {
    switch (block.type) {
      case 'heading':
        heading = inlineText(block.children);
        if (hasMarker(block.children)) found.push({ block, label: heading });
        break;
      case 'paragraph':
        if (hasMarker(block.children)) found.push({ block, label: textBefore(block.children) || heading });
        break;
      case 'table':
        for (const row of [...block.header, ...block.body]) {
          if (!row.cells.some((c) => hasMarker(c.children))) continue;
          const first = row.cells[0]!.children;
          found.push({ block, label: hasMarker(first) ? textBefore(first) || heading : inlineText(first) });
        }
        break;
      case 'signature':
        for (const s of block.signers)
          if ([s.name, s.role, s.organisation].some((v) => v?.includes(UNRESOLVED_TEXT)))
            found.push({ block, label: `underskrift: ${s.organisation ?? s.role ?? s.name}` });
        break;
      case 'chart':
        if (block.data.kind === 'timeline')
          for (const row of block.data.rows) if (row.tentative) found.push({ block, label: row.label });
        if (block.data.kind === 'financing' && block.data.unresolved)
          found.push({ block, label: 'fordelingen i finansieringsdiagrammet' });
        break;
      default:
        break;
    }
  }
  return found;
}

export function openValueDiagnostics(tree: DocumentTree, locate: Locate): Diagnostic[] {
  return findOpen(tree).map(({ block, label }) => {
    const at = 'source' in block ? locate(block.source.line) : undefined;
    return {
      severity: 'error',
      rule: 'final/open-value',
      message: `Den endelige versjonen av «${tree.meta.title}» har en verdi som ikke er avklart: ${label || 'uten tekst foran'}`,
      hint: 'Fyll inn verdien i innholdet (eller i malen, om den står der), eller bygg et utkast uten --final.',
      ...(at ? { file: at.file, start: at.start } : {}),
      ...(label.length >= 6 ? { text: label } : {}),
    } satisfies Diagnostic;
  });
}
