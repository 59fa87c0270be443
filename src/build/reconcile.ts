/**
 * One document's diagnostics, made fit to show beside the check's: the later stages find some problems
 * again that the check (or the tree stage) has already reported with their place, and some of their
 * own have no place. The rules, in order:
 *
 * 1. Repeats are dropped:
 *    - a writer's missing-glyph warning for a character the check reported (text/missing-glyph);
 *    - the writers' internal-link warnings when the tree stage checked the links (document/link-target);
 *    - after step 2, the parser's Markdown warnings (markup/*) and the PDF writer's link-scheme warning
 *      placed in a content field the check's Markdown lint has already warned about.
 * 2. A diagnostic that carries its text is placed where the text was written (place-by-text.ts).
 * 3. One still without a place names its document.
 * Across documents, `Reconciler` reports a placed problem once.
 */
import type { LoadedProject } from '../content/load.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { placeByText } from './place-by-text.js';

const CHAR = /U\+[0-9A-F]{4,6}/;
const LINT = /^markdown\/(html|heading|rule|code|footnote|link)$/;

export class Reconciler {
  /** Characters the check reported as missing from the fonts, as «U+1F600». */
  private readonly chars = new Set<string>();
  /** Content fields the check's Markdown lint warned about. */
  private readonly linted = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(
    checkDiagnostics: Diagnostic[],
    private readonly loaded: LoadedProject,
  ) {
    for (const d of checkDiagnostics) {
      const code = d.rule === 'text/missing-glyph' ? CHAR.exec(d.message)?.[0] : undefined;
      if (code) this.chars.add(code);
      if (LINT.test(d.rule) && d.path) this.linted.add(d.path);
    }
  }

  /** The diagnostics of one document to report, in order. */
  document(diagnostics: Diagnostic[], documentId: string): Diagnostic[] {
    const linksChecked = diagnostics.some((d) => d.rule === 'document/link-target');
    const kept = diagnostics.filter((d) => {
      if (d.rule === 'pdf/missing-glyph') return !this.chars.has(CHAR.exec(d.message)?.[0] ?? '');
      if (d.rule === 'pdf/link-target' || d.rule === 'docx/internal-link') return !linksChecked;
      return true;
    });
    const out: Diagnostic[] = [];
    for (const d of placeByText(kept, this.loaded)) {
      const lintRepeat =
        (d.rule.startsWith('markup/') || d.rule === 'pdf/link-scheme') && this.linted.has(d.path ?? '');
      if (lintRepeat) continue;
      if (d.file === undefined) {
        out.push({ ...d, message: `${d.message} (i ${documentId})` });
        continue;
      }
      const key = `${d.rule}\n${d.file}\n${d.start?.line}:${d.start?.column}\n${d.message}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      out.push(d);
    }
    return out;
  }
}
