/**
 * Markdown (the templates' output) → the document tree. CommonMark with GFM tables, plus these
 * conventions for what CommonMark lacks (also described for template authors in docs/maler.md):
 *
 *   [Ikke avklart]{.uavklart}   a value not decided yet (the helpers write it; works in table cells)
 *   [Porsáŋgu]{lang=se}         text in another language (BCP 47 tag)
 *   ```diagram tidslinje```     the timeline chart; ```diagram finansiering``` the financing chart. An
 *                               optional `tittel: …` line inside the fence overrides the title.
 *   \sideskift                  alone in a paragraph: a page break
 *   > [!UTKAST]                 a callout (GitHub alert syntax): UTKAST (draft), MERKNAD (note),
 *   > text …                    ADVARSEL (warning); a plain block quote is a note
 *   ```signatur```              a signature block: lines `sted:`, `dato:`, then per signer `navn:`,
 *                               `rolle:`, `organisasjon:`
 *   | **Sum** | … |             a table row whose first cell is all bold is a total row; its label
 *                               covers the empty cells right after it (a column span)
 *   | [Kilde]{.radoverskrift} | a first header cell so marked: the first column names the rows (row
 *                               headers); a header row with no text at all does the same and is dropped
 *   | ---: |                    GFM column alignment (left, right, center)
 *   : Tabell 1. Kostnadsplan    a paragraph right after a table, starting with «: », is its caption
 *   ![alt](bilde.png "Tekst")   an image alone in a paragraph; the title becomes the caption
 *
 * Everything else the tree cannot hold (raw HTML, footnotes, code, rules, headings below level 3,
 * strikethrough) gives a warning with the line, never a silent drop.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { existsSync } from 'node:fs';
import { realPathInside } from '../content/safe-read.js';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Align, Block, Callout, Inline, ListItem, Table, TableRow } from '../tree/types.js';
import { convertInline } from './inline.js';
import { chartBlock, signatureBlock, type ChartSources } from './fences.js';
import { spanPlugin } from './span-rule.js';
import { isEmptyRow, spanSumRow, takeRowHeaderMarker } from './table-rows.js';
import { headingId } from './slug.js';

export interface ParseOptions {
  charts?: ChartSources;
  /** Folder that relative image paths are resolved against. */
  imageBase?: string;
  /**
   * Folders images may come from (the project folder and templates/); an image elsewhere is an error,
   * so a build never reads files outside them. Default: no limit.
   */
  imageRoots?: string[];
  /** Where a generated line (1-based) came from, for diagnostics; default: the Markdown line itself. */
  locate?: (line: number) => Pick<Diagnostic, 'file' | 'start'>;
}

export interface ParseResult {
  children: Block[];
  diagnostics: Diagnostic[];
}

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(spanPlugin);

const CALLOUTS: Record<string, Callout['kind']> = { UTKAST: 'draft', MERKNAD: 'note', ADVARSEL: 'warning' };
const PAGE_BREAK = '\\sideskift';
/** `[^1]` not preceded by a backslash: a footnote, which the tree does not have. */
const FOOTNOTE = /(^|[^\\])\[\^[^\]\s]+\]/;

/**
 * Markdown joins two lists separated by a blank line into one (loose) list. When some items of a list
 * follow each other directly and others are apart by a blank line, the blank lines are where one list
 * ends and the next begins (references, then attachments): the list is split there. A list whose items
 * are all apart stays one list.
 */
function separateLists(items: ListItem[], gaps: boolean[]): { items: ListItem[]; offset: number }[] {
  if (!gaps.some(Boolean) || gaps.every(Boolean)) return [{ items, offset: 0 }];
  const parts: { items: ListItem[]; offset: number }[] = [{ items: [], offset: 0 }];
  items.forEach((item, i) => {
    parts[parts.length - 1]!.items.push(item);
    if (gaps[i]) parts.push({ items: [], offset: i + 1 });
  });
  return parts;
}

export function parseMarkup(markdown: string, opts: ParseOptions = {}): ParseResult {
  const tokens = md.parse(markdown, {});
  const sourceLines = markdown.split('\n');
  const diagnostics: Diagnostic[] = [];
  const ids = new Set<string>();
  let pos = 0;
  let line = 1;

  const locate = opts.locate ?? ((l: number) => ({ start: { line: l, column: 1 } }));
  const report = (
    severity: Diagnostic['severity'],
    rule: string,
    message: string,
    at = line,
    text?: string,
  ) => diagnostics.push({ severity, rule, message, ...locate(at), ...(text ? { text } : {}) });
  const warn = (rule: string, message: string) => report('warning', rule, message);

  const inline = (t: Token): Inline[] => {
    if (FOOTNOTE.test(t.content))
      report(
        'warning',
        'markup/unsupported',
        'Fotnoter støttes ikke; teksten vises som den står.',
        line,
        t.content,
      );
    // HTML warnings carry their text: HTML written in the content is then found there by the build
    // (which already has the check's warning for it) rather than blamed on the template.
    return convertInline(t.children ?? [], (rule, message) =>
      report('warning', rule, message, line, rule === 'markup/html' ? t.content : undefined),
    );
  };

  /** Converts block tokens until the closing token `close` (or the end). */
  const blocks = (close: string | null): Block[] => {
    const out: Block[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++]!;
      if (t.map) line = t.map[0] + 1;
      if (close && t.type === close) return out;
      const at = { line };
      switch (t.type) {
        case 'heading_open': {
          const children = inline(tokens[pos++]!);
          pos++;
          let level = Number(t.tag.slice(1));
          if (level > 3) {
            warn('markup/heading-level', `Overskrift på nivå ${level} støttes ikke; den vises på nivå 3.`);
            level = 3;
          }
          out.push({
            type: 'heading',
            level: level as 1 | 2 | 3,
            id: headingId(children, ids),
            children,
            source: at,
          });
          break;
        }
        case 'paragraph_open': {
          const it = tokens[pos++]!;
          pos++;
          out.push(...paragraph(it, at, out));
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const ordered = t.type === 'ordered_list_open';
          const items: ListItem[] = [];
          const gapAfter: boolean[] = [];
          while (tokens[pos]?.type === 'list_item_open') {
            const map = tokens[pos]!.map;
            pos++;
            items.push({ children: blocks('list_item_close') });
            gapAfter.push(!!map && map[1] > map[0] + 1 && (sourceLines[map[1] - 1] ?? '').trim() === '');
          }
          pos++; // the list's close token
          const start = Number(t.attrGet('start') ?? 1);
          for (const part of separateLists(items, gapAfter.slice(0, -1))) {
            const first = ordered ? start + part.offset : start;
            out.push({ type: 'list', ordered, start: first, items: part.items, source: at });
          }
          break;
        }
        case 'table_open':
          out.push(table(at));
          break;
        case 'blockquote_open':
          out.push(callout(at));
          break;
        case 'fence':
          out.push(...fence(t, at.line));
          break;
        case 'code_block':
          report(
            'warning',
            'markup/unsupported',
            'Kodeblokk (innrykk på fire mellomrom) støttes ikke; teksten vises som avsnitt.',
            line,
            t.content,
          );
          out.push({ type: 'paragraph', children: [{ type: 'text', text: t.content.trim() }], source: at });
          break;
        case 'hr':
          // The text after the rule lets the build tell a rule in the content from one in a template.
          report(
            'warning',
            'markup/unsupported',
            'Skillelinje (---) støttes ikke og er utelatt. Bruk \\sideskift for sideskift.',
            line,
            tokens[pos]?.type === 'paragraph_open' ? tokens[pos + 1]?.content : undefined,
          );
          break;
        case 'html_block':
          report(
            'warning',
            'markup/html',
            `HTML i malen støttes ikke og er utelatt: ${t.content.trim().split('\n')[0]}`,
            line,
            t.content,
          );
          break;
        default:
          warn('markup/unsupported', `Markdown-elementet «${t.type}» støttes ikke og er utelatt.`);
      }
    }
    return out;
  };

  const paragraph = (t: Token, at: { line: number }, before: Block[]): Block[] => {
    const raw = t.content.trim();
    if (raw === PAGE_BREAK) return [{ type: 'pageBreak', source: at }];
    const kids = t.children ?? [];
    if (kids.length === 1 && kids[0]!.type === 'image') return [image(kids[0]!, at)];
    const children = inline(t);
    const previous = before.at(-1);
    if (raw.startsWith(': ') && previous?.type === 'table' && !previous.caption) {
      const first = children[0];
      if (first?.type === 'text') children[0] = { type: 'text', text: first.text.replace(/^:\s+/, '') };
      previous.caption = children;
      return [];
    }
    return [{ type: 'paragraph', children, source: at }];
  };

  const realInside = (path: string, roots: string[]) => {
    try {
      realPathInside(path, roots);
      return true;
    } catch {
      return false;
    }
  };
  const image = (t: Token, at: { line: number }): Block => {
    // markdown-it percent-encodes the address (a space, æøå); the file has the decoded name.
    const src = safeDecodeUri(String(t.attrGet('src') ?? ''));
    const path = isAbsolute(src) ? src : resolve(opts.imageBase ?? process.cwd(), src);
    const inside = (root: string) => {
      const rel = relative(resolve(root), path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    };
    if (opts.imageRoots && !opts.imageRoots.some(inside)) {
      report('error', 'markup/image-outside', `Bildet «${src}» ligger utenfor prosjektmappen og malmappen.`);
    } else if (!existsSync(path)) {
      report('error', 'markup/image-missing', `Bildet «${src}» finnes ikke (${path}).`);
    } else if (opts.imageRoots && !realInside(path, opts.imageRoots)) {
      report(
        'error',
        'markup/image-outside',
        `Bildet «${src}» er en lenke til en fil utenfor prosjektmappen og malmappen.`,
      );
    }
    if (!t.content) warn('markup/image-alt', `Bildet «${src}» mangler alternativ tekst ![tekst](…).`);
    const title = t.attrGet('title');
    return {
      type: 'image',
      src: path,
      alt: t.content,
      ...(title ? { caption: [{ type: 'text' as const, text: String(title) }] } : {}),
      source: at,
    };
  };

  const table = (at: { line: number }): Table => {
    let header: TableRow[] = [];
    const body: TableRow[] = [];
    const columns: { align: Align }[] = [];
    let rowHeaders = false;
    let target = header;
    while (pos < tokens.length) {
      const t = tokens[pos++]!;
      if (t.type === 'table_close') break;
      if (t.map) line = t.map[0] + 1;
      if (t.type === 'tbody_open') target = body;
      if (t.type !== 'tr_open') continue;
      const cells: TableRow['cells'] = [];
      while (tokens[pos]!.type !== 'tr_close') {
        const cell = tokens[pos++]!;
        if (cell.type !== 'th_open' && cell.type !== 'td_open') continue;
        if (target === header) {
          const style = String(cell.attrGet('style') ?? '');
          const align = /text-align:(left|right|center)/.exec(style)?.[1] as Align | undefined;
          columns.push({ align: align ?? 'left' });
        }
        const inner = tokens[pos]!.type === 'inline' ? tokens[pos++]! : undefined;
        // `| [Kilde]{.radoverskrift} | … |`: the first column's cells name their rows.
        if (inner && target === header && cells.length === 0 && takeRowHeaderMarker(inner)) rowHeaders = true;
        cells.push({ children: inner ? inline(inner) : [] });
      }
      pos++;
      const first = cells[0]?.children;
      const total = target === body && first?.length === 1 && first[0]!.type === 'strong';
      if (total) {
        cells[0] = { children: (first[0] as { children: Inline[] }).children };
        target.push({ cells: spanSumRow(cells), total: true });
      } else target.push({ cells });
    }
    // A header row with no text is no header: the table is a key/value table, its first column names
    // the rows.
    if (header.length === 1 && isEmptyRow(header[0]!)) {
      header = [];
      rowHeaders = true;
    }
    return { type: 'table', columns, header, body, ...(rowHeaders ? { rowHeaders } : {}), source: at };
  };

  const callout = (at: { line: number }): Callout => {
    const first = tokens[pos + 1];
    let kind: Callout['kind'] = 'note';
    const m = first?.type === 'inline' ? /^\[!([A-ZÆØÅ]+)\][ \t]*\n?/.exec(first.content) : null;
    if (m && first) {
      const k = CALLOUTS[m[1]!];
      if (k) kind = k;
      else warn('markup/callout', `Ukjent merknadstype [!${m[1]}]; bruk UTKAST, MERKNAD eller ADVARSEL.`);
      const kids = first.children ?? [];
      const head = kids[0];
      if (head?.type === 'text') head.content = head.content.replace(/^\[![^\]]*\]\s*/, '');
      if (kids[1]?.type === 'softbreak' && head?.content === '') kids.splice(0, 2);
    }
    const children = blocks('blockquote_close').filter(
      (b) => !(b.type === 'paragraph' && b.children.length === 0),
    );
    return { type: 'callout', kind, children, source: at };
  };

  const fence = (t: Token, at: number): Block[] => {
    const [word, name = ''] = t.info.trim().split(/\s+/);
    if (word === 'diagram') {
      const r = chartBlock(name, t.content, opts.charts ?? {}, at);
      if (r.error) report('error', 'markup/chart', r.error);
      return r.chart ? [r.chart] : [];
    }
    if (word === 'signatur') {
      const r = signatureBlock(t.content, at);
      if (r.error) report('error', 'markup/signature', r.error);
      return r.signature ? [r.signature] : [];
    }
    report(
      'warning',
      'markup/unsupported',
      `Kodeblokk (\`\`\`${t.info}) støttes ikke; teksten vises som avsnitt.`,
      line,
      t.content,
    );
    return [
      { type: 'paragraph', children: [{ type: 'text', text: t.content.trim() }], source: { line: at } },
    ];
  };

  const children = blocks(null);
  return { children, diagnostics };
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
