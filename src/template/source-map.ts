/**
 * Maps lines of the generated Markdown back to template lines, so a warning about the Markdown (raw HTML,
 * unsupported syntax) can name the template file and line. Before compiling, every line start inside the
 * template's literal text gets an invisible marker (private-use characters with the file number and
 * line); after rendering, the markers are read and removed. Lines produced by a multi-line value inherit
 * the line of the expression that printed them.
 */
import type {} from 'handlebars';

const OPEN = '\ue000';
const CLOSE = '\ue001';
const MARKER = /\ue000(\d+)\.(\d+)\ue001/g;

export interface TemplateLine {
  /** Index into the template set's file list. */
  file: number;
  line: number;
}

function marker(file: number, line: number): string {
  return `${OPEN}${file}.${line}${CLOSE}`;
}

/** Where the (whitespace-stripped) value starts inside the original text of a content statement. */
function strippedPrefix(original: string, value: string): string {
  for (let k = 0; k + value.length <= original.length; k++) {
    const prefix = original.slice(0, k);
    if (!/^\s*$/.test(prefix)) break;
    if (original.startsWith(value, k)) return prefix;
  }
  return '';
}

type Node = hbs.AST.Node & Record<string, unknown>;

/** Inserts line markers into every content statement of a parsed template (in place). */
export function addLineMarkers(program: hbs.AST.Program, file: number): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'ContentStatement') {
      const c = n as unknown as hbs.AST.ContentStatement;
      if (!c.value) return;
      const prefix = strippedPrefix(c.original as unknown as string, c.value);
      const newlines = prefix.split('\n').length - 1;
      let line = c.loc.start.line + newlines;
      const column =
        newlines > 0 ? prefix.length - prefix.lastIndexOf('\n') - 1 : c.loc.start.column + prefix.length;
      let out = column === 0 ? marker(file, line) : '';
      for (const ch of c.value) {
        out += ch;
        if (ch === '\n') out += marker(file, ++line);
      }
      c.value = out;
      return;
    }
    for (const key of ['body', 'program', 'inverse']) if (key in n) visit(n[key]);
  };
  visit(program);
}

/** Removes the markers; returns the clean text and, for each of its lines, the template line it came from. */
export function readLineMarkers(text: string): { text: string; lines: (TemplateLine | null)[] } {
  const lines: (TemplateLine | null)[] = [];
  let previous: TemplateLine | null = null;
  const clean = text.split('\n').map((line) => {
    let origin: TemplateLine | null = null;
    let first: TemplateLine | null = null;
    let lead = true;
    let last = 0;
    for (const m of line.matchAll(MARKER)) {
      const here = { file: Number(m[1]), line: Number(m[2]) };
      if (line.slice(last, m.index).trim() !== '') lead = false;
      if (lead) origin = here;
      first ??= here;
      last = m.index + m[0].length;
    }
    previous = origin ?? first ?? previous;
    lines.push(previous);
    return line.replace(MARKER, '');
  });
  return { text: clean.join('\n'), lines };
}
