import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic, Point } from '../diagnostics/types.js';
import { bytePosition, firstInvalidUtf8, MAX_FILE_BYTES } from './source-checks.js';
import { unclosedQuoteAt, yamlErrorText } from './yaml-errors.js';

export interface SourceFile {
  /** Path relative to the current directory. */
  path: string;
  text: string;
}

export interface LoadedProject {
  /** Project folder as given. */
  dir: string;
  /** Folder name, e.g. 'felles-ansvar'. */
  name: string;
  /** All files' top-level keys merged (a key defined in two files is an error). */
  data: Record<string, unknown>;
  files: SourceFile[];
  /** Where a JSON path of the merged data is written: the file owning the top-level key, line/col of the node. */
  locate(path: readonly (string | number)[]): Location | undefined;
  /** Where the key of a mapping entry is written (the last path element names the key). */
  locateKey(path: readonly (string | number)[]): Location | undefined;
}

export interface Location {
  file: string;
  start: Point;
  /** The node's text as written in the file (for scalars), e.g. 0150 before YAML read it as 150. */
  source?: string;
}

/** Alias expansions allowed per file; more indicates an alias bomb. */
const MAX_ALIAS_COUNT = 200;

interface ParsedFile {
  path: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

function pointOf(lines: LineCounter, offset: number): Point {
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Reads and parses one file; returns its top-level mapping as data, or diagnostics. */
async function loadFile(
  abs: string,
  path: string,
): Promise<{ parsed?: ParsedFile; data?: Record<string, unknown>; text?: string; diagnostics: Diagnostic[] }> {
  const size = (await stat(abs)).size;
  if (size > MAX_FILE_BYTES) {
    const mb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }).format(size / 1024 / 1024);
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'file/too-large',
          file: path,
          message: `Filen er for stor (${mb} MB); grensen er 5 MB`,
          hint: 'Innholdsfiler er vanlig tekst og blir sjelden større enn noen hundre kB. Er det riktig fil?',
        },
      ],
    };
  }
  const bytes = await readFile(abs);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'file/encoding',
          file: path,
          start: at >= 0 ? bytePosition(bytes, at) : undefined,
          message: 'Filen er ikke lagret som UTF-8 (ugyldige tegn)',
          hint: 'Lagre filen på nytt med tegnkoding UTF-8 i tekstbehandleren (ikke Latin-1/Windows-1252).',
        },
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  // Only the first syntax error of a file: the ones after it are mostly consequences of it.
  const diagnostics: Diagnostic[] = doc.errors.slice(0, 1).map((e) => {
    const t = yamlErrorText(e.code, e.message);
    const quoteStart = /closing .*quote/i.test(e.message) ? unclosedQuoteAt(text) : undefined;
    return {
      severity: 'error',
      rule: t.rule,
      file: path,
      start: quoteStart ?? pointOf(lines, e.pos[0]),
      message: t.message,
      ...(t.hint ? { hint: t.hint } : {}),
    };
  });
  if (diagnostics.length > 0) return { text, diagnostics };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      text,
      diagnostics: [
        {
          severity: 'warning',
          rule: 'yaml/empty',
          file: path,
          message: 'Filen er tom og blir ikke brukt',
          hint: 'Fyll inn innhold (for eksempel «budsjett:» med felter under) eller slett filen.',
        },
      ],
    };
  }
  if (!isMap(doc.contents)) {
    return {
      text,
      diagnostics: [
        {
          severity: 'error',
          rule: 'yaml/not-mapping',
          file: path,
          start: pointOf(lines, doc.contents.range?.[0] ?? 0),
          message: 'Filen må bestå av seksjoner på formen «navn:» med innhold under',
          hint: 'Begynn med en seksjon, for eksempel «prosjekt:», og skriv feltene med innrykk under.',
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const bomb = /alias count/i.test((err as Error).message);
    const alias = firstAlias(doc);
    return {
      text,
      diagnostics: [
        {
          severity: 'error',
          rule: bomb ? 'yaml/alias-limit' : 'yaml/syntax',
          file: path,
          ...(alias !== undefined ? { start: pointOf(lines, alias) } : {}),
          message: bomb
            ? `Filen bruker for mange alias (*navn): over ${MAX_ALIAS_COUNT} utvidelser`
            : 'Et alias (*navn) viser til et anker (&navn) som ikke finnes tidligere i filen',
          hint: bomb
            ? 'Skriv innholdet ut i stedet for å gjenta alias; innholdsfiler trenger sjelden alias.'
            : 'Sett ankeret (&navn) før aliaset, eller skriv verdien ut.',
        },
      ],
    };
  }
  if (isCyclic(data))
    return {
      text,
      diagnostics: [
        {
          severity: 'error',
          rule: 'yaml/alias-cycle',
          file: path,
          message: 'Et alias (*navn) viser til et anker (&navn) som det selv står inne i',
          hint: 'Innholdet ville blitt uendelig. Fjern aliaset eller skriv verdien ut.',
        },
      ],
    };
  return { parsed: { path, text, doc, lines }, data: data as Record<string, unknown>, text, diagnostics: [] };
}

/** Offset of the first alias (*navn) in a document, to point at when aliases are the problem. */
function firstAlias(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      at = node.range?.[0];
      return visit.BREAK;
    },
  });
  return at;
}

/** True when a value contains itself (a YAML alias inside its own anchor), which no walker could finish. */
function isCyclic(value: unknown, ancestors = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (ancestors.has(value)) return true;
  ancestors.add(value);
  const children = Array.isArray(value) ? value : Object.values(value);
  const found = children.some((v) => isCyclic(v, ancestors));
  ancestors.delete(value);
  return found;
}

function missingFolder(dir: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', rule: 'file/missing-folder', file: dir, message, hint };
}

/** Loads every .yaml/.yml file of a project folder and merges their top-level keys. */
export async function loadProject(dir: string): Promise<{ loaded?: LoadedProject; diagnostics: Diagnostic[] }> {
  let names: string[];
  try {
    const st = await stat(dir);
    if (!st.isDirectory())
      return {
        diagnostics: [
          missingFolder(dir, `«${dir}» er ikke en mappe`, 'Oppgi prosjektmappen, for eksempel content/felles-ansvar.'),
        ],
      };
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  } catch {
    return {
      diagnostics: [
        missingFolder(
          dir,
          `Fant ikke prosjektmappen «${dir}»`,
          'Sjekk stavemåten. Prosjektmapper ligger under content/, for eksempel content/felles-ansvar.',
        ),
      ],
    };
  }
  if (names.length === 0)
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'file/no-yaml',
          file: dir,
          message: `Mappen «${dir}» inneholder ingen YAML-filer (.yaml)`,
          hint: 'Et prosjekt består av filer som prosjekt.yaml, budsjett.yaml og dokumenter.yaml.',
        },
      ],
    };

  const diagnostics: Diagnostic[] = [];
  const files: SourceFile[] = [];
  const parsedFiles: ParsedFile[] = [];
  const owner = new Map<string, ParsedFile>();
  const data: Record<string, unknown> = {};
  for (const name of names) {
    const abs = resolve(dir, name);
    const path = relative(process.cwd(), abs).split('\\').join('/');
    const r = await loadFile(abs, path).catch((err: NodeJS.ErrnoException) => {
      if (!err.code) throw err; // an internal bug, not a problem with the file
      return {
        parsed: undefined,
        data: undefined,
        text: undefined,
        diagnostics: [
          {
            severity: 'error' as const,
            rule: 'file/read',
            file: path,
            message: `Filen kunne ikke leses (${err.code})`,
            hint: 'Sjekk at filen finnes og at du har lesetilgang til den.',
          },
        ],
      };
    });
    diagnostics.push(...r.diagnostics);
    if (r.text !== undefined) files.push({ path, text: r.text });
    if (!r.parsed || !r.data) continue;
    parsedFiles.push(r.parsed);
    for (const [key, value] of Object.entries(r.data)) {
      const first = owner.get(key);
      if (first) {
        const here = keyPosition(r.parsed, [key]);
        const there = keyPosition(first, [key]);
        diagnostics.push({
          severity: 'error',
          rule: 'yaml/duplicate-section',
          file: path,
          start: here,
          path: key,
          message: `Seksjonen «${key}» står både her og i ${first.path}${there ? `:${there.line}` : ''}`,
          hint: 'Hver seksjon kan bare stå i én fil. Slå dem sammen eller slett den ene.',
        });
        continue;
      }
      owner.set(key, r.parsed);
      data[key] = value;
    }
  }
  if (parsedFiles.length === 0 && diagnostics.every((d) => d.severity !== 'error')) {
    diagnostics.push({
      severity: 'error',
      rule: 'file/no-yaml',
      file: dir,
      message: `Mappen «${dir}» har bare tomme YAML-filer`,
      hint: 'Fyll inn prosjektets seksjoner, for eksempel prosjekt:, budsjett: og dokumenter:.',
    });
  }

  const locate = (path: readonly (string | number)[]): Location | undefined => {
    const f = typeof path[0] === 'string' ? owner.get(path[0]) : undefined;
    if (!f) return undefined;
    // The deepest node that exists along the path (a missing field points at its parent).
    for (let n = path.length; n >= 1; n--) {
      const node = f.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        const loc: Location = { file: f.path, start: pointOf(f.lines, node.range[0]) };
        const text = isScalar(node) ? f.text.slice(node.range[0], node.range[1]) : '';
        return text ? { ...loc, source: text } : loc;
      }
    }
    return { file: f.path, start: keyPosition(f, [path[0]!]) ?? { line: 1, column: 1 } };
  };
  const locateKey = (path: readonly (string | number)[]): Location | undefined => {
    const f = typeof path[0] === 'string' ? owner.get(path[0]) : undefined;
    if (!f) return undefined;
    const start = keyPosition(f, path);
    return start ? { file: f.path, start } : locate(path);
  };
  return {
    loaded: { dir, name: basename(resolve(dir)), data, files, locate, locateKey },
    diagnostics,
  };
}

/** Position of the key node of the last path element, when the parent is a mapping. */
function keyPosition(f: ParsedFile, path: readonly (string | number)[]): Point | undefined {
  const parent = path.length === 1 ? f.doc.contents : f.doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  for (const pair of parent.items) {
    const k = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (k && typeof k === 'object' && k.value === last && k.range) return pointOf(f.lines, k.range[0]);
  }
  return undefined;
}
