/**
 * Lint for the content fields written in Markdown (tekster.* except kortbeskrivelse,
 * kunnskapsgrunnlag.oppsummering, vurdering_av_regionen). Surprises for a writer who is not thinking
 * of Markdown:
 *
 * - markdown/accidental-list: a line that starts with a number and a dot («1. september 2025 …») becomes
 *   a numbered list. Reported when the list looks unintended: the item reads as a date (number, dot, a
 *   month), or it is a single item that breaks into a paragraph or starts at another number than 1.
 *   A real list («1. Første\n2. Andre») is left alone.
 * - markdown/html: raw HTML, which the documents leave out.
 * - markdown/heading: a main heading (`# …`, or a line underlined with ===) in a text: the text is
 *   placed under a chapter heading, so it would start a new chapter; `##` is the level for a heading
 *   inside a text. Also a line underlined with --- (which Markdown makes a heading).
 * - markdown/rule: a horizontal rule (---, ***), which the documents leave out.
 * - markdown/code: lines indented four spaces more than the text (a code block), shown as one
 *   paragraph without their line breaks; and ``` blocks.
 * - markdown/footnote: footnotes ([^1]), which the documents do not have.
 * - markdown/link: a link that is neither a web address (http, https), an e-mail address (mailto)
 *   nor a heading in the document (#…): «www.politiet.no» without https:// is not clickable.
 *
 * The field is parsed with the same markdown-it settings as the templates' output, so a warning appears
 * exactly where the parser would make a list; each warning points at the file, line and column of the
 * line inside the YAML text block.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Diagnostic, Point } from '../../diagnostics/types.js';
import type { Project } from '../../model/project.js';
import { pathToText } from '../../model/unresolved.js';
import type { LoadedProject } from '../load.js';
import type { Path } from './context.js';

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

const MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
const DATE_ITEM = new RegExp(`^(\\d{1,2})[.)]\\s+(${MONTHS})\\b`, 'i');
const ORDERED_ITEM = /^(\d{1,9})([.)])\s+(\S*)/;

interface MarkdownField {
  path: Path;
  text: string;
}

/** A Markdown field with its markdown-it tokens. */
export interface ParsedField extends MarkdownField {
  tokens: Token[];
}

const parsedCache = new WeakMap<Project, ParsedField[]>();

/** The Markdown fields, each parsed once per project (the Markdown lint and the file rule share them). */
export function parsedMarkdownFields(project: Project): ParsedField[] {
  let parsed = parsedCache.get(project);
  if (!parsed) {
    parsed = markdownFields(project).map((f) => ({ ...f, tokens: md.parse(f.text, {}) }));
    parsedCache.set(project, parsed);
  }
  return parsed;
}

/** The fields that pass into the documents as Markdown (the template view marks them safe). */
export function markdownFields(project: Project): MarkdownField[] {
  const fields: MarkdownField[] = [];
  for (const [key, text] of Object.entries(project.tekster)) {
    if (key !== 'kortbeskrivelse' && typeof text === 'string') fields.push({ path: ['tekster', key], text });
    else if (text && typeof text === 'object' && typeof text.tekst === 'string')
      fields.push({ path: ['tekster', key, 'tekst'], text: text.tekst });
  }
  const summary = project.kunnskapsgrunnlag?.oppsummering;
  if (typeof summary === 'string') fields.push({ path: ['kunnskapsgrunnlag', 'oppsummering'], text: summary });
  if (typeof project.vurdering_av_regionen === 'string')
    fields.push({ path: ['vurdering_av_regionen'], text: project.vurdering_av_regionen });
  return fields;
}

/** A found problem: the line of the field's text (0-based), the column within it, message and hint. */
interface Finding {
  rule: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

const excerpt = (s: string) => {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40).trimEnd()} …` : t;
};

/** The line of an ordered list item (0-based) and its marker: number, «.» or «)», and the word after it. */
function itemMarker(lines: string[], line: number) {
  const raw = lines[line] ?? '';
  const column = Math.max(0, raw.search(/\d/));
  const m = ORDERED_ITEM.exec(raw.slice(column));
  return m ? { line, column, raw, number: m[1]!, dot: m[2]!, word: m[3]!, date: DATE_ITEM.test(raw.slice(column)) } : null;
}

function listFindings(tokens: Token[], lines: string[], name: string): Finding[] {
  const out: Finding[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== 'ordered_list_open' || !t.map) return;
    const items = [];
    for (let j = i + 1; j < tokens.length; j++) {
      const u = tokens[j]!;
      if (u.type === 'ordered_list_close' && u.level === t.level) break;
      if (u.type === 'list_item_open' && u.level === t.level + 1 && u.map) {
        const item = itemMarker(lines, u.map[0]);
        if (item) items.push(item);
      }
    }
    const first = items[0];
    if (!first) return;
    const line = first.line;
    const interrupts = tokens[i - 1]?.type === 'paragraph_close' && line > 0 && lines[line - 1]!.trim() !== '';
    const single = items.length === 1 && (interrupts || Number(first.number) !== 1);
    if (!single && !items.some((it) => it.date)) return;
    // Every line of an unintended list turns its number into a list label (and renumbers the next ones).
    for (const it of items) {
      const example = `${it.number}\\${it.dot}${it.word ? ` ${it.word}` : ''}`;
      out.push({
        rule: 'markdown/accidental-list',
        line: it.line,
        column: it.column,
        message: `Linjen «${excerpt(it.raw)}» i «${name}» blir en nummerert liste i dokumentet, fordi den begynner med et tall og punktum`,
        hint: `Flytt tallet bort fra starten av linjen (skriv det sammen med linjen over), eller skriv «${example}» med omvendt skråstrek foran punktumet.`,
      });
    }
  });
  return out;
}

const FOOTNOTE = /(^|[^\\])\[\^[^\]\s]+\]/;

/** Headings, rules, code blocks and footnotes in a content text. */
function structureFindings(tokens: Token[], lines: string[], name: string): Finding[] {
  const out: Finding[] = [];
  const at = (line: number) => ({ line, column: Math.max(0, (lines[line] ?? '').search(/\S/)) });
  for (const t of tokens) {
    if (!t.map) continue;
    const first = t.map[0];
    if (t.type === 'heading_open' && (t.markup === '#' || t.markup === '=')) {
      const title = excerpt(lines[first] ?? '');
      out.push({
        rule: 'markdown/heading',
        ...at(first),
        message: `Linjen «${title}» i «${name}» blir en hovedoverskrift, på samme nivå som kapitlene i dokumentet`,
        hint: 'Bruk ## for en mellomtittel i teksten (### for et nivå under den).',
      });
    } else if (t.type === 'heading_open' && t.markup === '-') {
      out.push({
        rule: 'markdown/heading',
        ...at(t.map[1] - 1),
        message: `Streken under linjen «${excerpt(lines[first] ?? '')}» i «${name}» gjør linjen til en overskrift`,
        hint: 'Fjern streken (skillelinjer vises ikke i dokumentene), eller sett en tom linje foran den.',
      });
    } else if (t.type === 'hr') {
      out.push({
        rule: 'markdown/rule',
        ...at(first),
        message: `Skillelinjen «${excerpt(lines[first] ?? '')}» i «${name}» vises ikke i dokumentene`,
        hint: 'Fjern linjen. Et sideskift skrives \\sideskift på en egen linje.',
      });
    } else if (t.type === 'code_block' || t.type === 'fence') {
      out.push({
        rule: 'markdown/code',
        ...at(first),
        message:
          t.type === 'code_block'
            ? `Linjen «${excerpt(lines[first] ?? '')}» i «${name}» er rykket inn fire mellomrom mer enn teksten og blir en kodeblokk, som vises som ett avsnitt uten linjeskift`
            : `Kodeblokken («${excerpt(lines[first] ?? '')}») i «${name}» vises som ett avsnitt uten linjeskift`,
        hint:
          t.type === 'code_block'
            ? 'Fjern det ekstra innrykket: hver linje i teksten skal stå like langt inn som den første.'
            : 'Fjern linjene med ``` rundt teksten.',
      });
    }
    if (t.type === 'inline') {
      for (const c of t.children ?? []) {
        if (c.type !== 'link_open') continue;
        const href = String(c.attrGet('href') ?? '');
        if (/^(https?:|mailto:|#)/i.test(href)) continue;
        const line = t.map[0] + Math.max(0, lines.slice(t.map[0], t.map[1]).findIndex((l) => l.includes(href)));
        out.push({
          rule: 'markdown/link',
          line,
          column: Math.max(0, (lines[line] ?? '').indexOf(href)),
          message: `Lenken «${href}» i «${name}» blir ikke klikkbar: den er verken en nettadresse (https://…), en e-postadresse (mailto:…) eller en overskrift i dokumentet (#…)`,
          hint: /^www\./i.test(href)
            ? `Skriv hele adressen: https://${href}`
            : 'Skriv lenken som https://…, mailto:… eller #overskrift-id.',
        });
      }
    }
    if (t.type === 'inline' && FOOTNOTE.test(t.content)) {
      const line = t.map[0] + Math.max(0, lines.slice(t.map[0], t.map[1]).findIndex((l) => FOOTNOTE.test(l)));
      const col = (lines[line] ?? '').search(/\[\^/);
      out.push({
        rule: 'markdown/footnote',
        line,
        column: Math.max(0, col),
        message: `«${name}» har en fotnote («${FOOTNOTE.exec(t.content)![0].replace(/^[^[]/, '')}»), som dokumentene ikke har`,
        hint: 'Skriv kilden i parentes i teksten, eller legg den til under «vedlegg».',
      });
    }
  }
  return out;
}

function htmlFinding(html: string, line: number, column: number, name: string): Finding {
  return {
    rule: 'markdown/html',
    line,
    column,
    message: `«${name}» inneholder HTML («${excerpt(html.split('\n')[0]!)}»), som ikke kommer med i dokumentene`,
    hint: 'Skriv teksten i Markdown i stedet: **fet**, *kursiv*, lister og lenker. Skal tegnet < stå i teksten, skriv \\<.',
  };
}

function htmlFindings(tokens: Token[], lines: string[], name: string): Finding[] {
  const out: Finding[] = [];
  for (const t of tokens) {
    if (t.type === 'html_block' && t.map) {
      const line = t.map[0];
      out.push(htmlFinding(t.content, line, Math.max(0, (lines[line] ?? '').indexOf('<')), name));
    }
    if (t.type !== 'inline' || !t.map || !t.children) continue;
    let from = t.map[0];
    for (const c of t.children) {
      // A closing tag belongs to the opening tag already reported.
      if (c.type !== 'html_inline' || c.content.startsWith('</')) continue;
      // The inline token knows its lines, its children do not: find the tag on the next line holding it.
      for (let l = from; l < t.map[1]; l++) {
        const col = (lines[l] ?? '').indexOf(c.content);
        if (col < 0) continue;
        out.push(htmlFinding(c.content, l, col, name));
        from = l;
        break;
      }
    }
  }
  return out;
}

/**
 * Where line `line` (0-based, column `column`) of a field's value is written in the file. The scalar's
 * source text (a `|` block, a folded or a plain scalar) holds each value line as one of its own lines,
 * in order: the first source line at or after the previous hit that starts with the same text.
 */
function position(start: Point, source: string | undefined, value: string, from: number): Point & { k: number } {
  if (source === undefined) return { ...start, k: from };
  const want = value.trimStart().slice(0, 30);
  const srcLines = source.split('\n');
  for (let k = from; k < srcLines.length; k++) {
    const s = srcLines[k]!;
    const indent = s.length - s.trimStart().length;
    if (want === '' || !s.trimStart().startsWith(want)) continue;
    const lead = value.length - value.trimStart().length;
    return { line: start.line + k, column: (k === 0 ? start.column : 1) + indent - lead, k };
  }
  return { ...start, k: from };
}

export function markdownDiagnostics(loaded: LoadedProject, project: Project): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const field of parsedMarkdownFields(project)) {
    const name = pathToText(field.path);
    const lines = field.text.split('\n');
    const { tokens } = field;
    const findings = [
      ...listFindings(tokens, lines, name),
      ...htmlFindings(tokens, lines, name),
      ...structureFindings(tokens, lines, name),
    ].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    const loc = loaded.locate(field.path);
    let from = 0;
    for (const f of findings) {
      const p = loc ? position(loc.start, loc.source, lines[f.line]!, Math.max(from, f.line)) : undefined;
      if (p) from = p.k;
      out.push({
        severity: 'warning',
        rule: f.rule,
        message: f.message,
        path: name,
        ...(loc && p ? { file: loc.file, start: { line: p.line, column: p.column + f.column } } : { file: loaded.dir }),
        hint: f.hint,
      });
    }
  }
  return out;
}
