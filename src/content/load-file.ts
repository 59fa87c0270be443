import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic, Point } from '../diagnostics/types.js';
import { bytePosition, firstInvalidUtf8, MAX_FILE_BYTES } from './source-checks.js';
import { readSafely, SafeReadError } from './safe-read.js';
import { unclosedQuoteAt, yamlErrorText } from './yaml-errors.js';
import { yamlShapeProblems } from './yaml-shape.js';
import { formatNbNumber } from '../format/nb-number.js';

/** Reading and parsing one content file, with the limits and Norwegian diagnostics of each failure. */

/** Alias expansions allowed per file; more indicates an alias bomb. */
const MAX_ALIAS_COUNT = 200;

export interface ParsedFile {
  path: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

export function pointOf(lines: LineCounter, offset: number): Point {
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Reads and parses one file; returns its top-level mapping as data, or diagnostics. */
export interface LoadedFile {
  parsed?: ParsedFile;
  data?: Record<string, unknown>;
  text?: string;
  diagnostics: Diagnostic[];
}

function tooLarge(size: number, path: string): LoadedFile {
  const mb = formatNbNumber(size / 1024 / 1024, 1);
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

export async function loadFile(
  abs: string,
  path: string,
  /** The project folder: the file's real path must lie inside it. */
  root: string,
): Promise<LoadedFile> {
  let bytes: Buffer;
  try {
    bytes = readSafely(abs, { roots: [root], maxBytes: MAX_FILE_BYTES });
  } catch (e) {
    if (!(e instanceof SafeReadError)) throw e;
    return { diagnostics: [readProblemDiagnostic(e, path)] };
  }
  return parseFileBytes(bytes, path);
}

/** Parses one file's bytes (from disk or from git); returns its top-level mapping as data, or diagnostics. */
export function parseFileBytes(bytes: Uint8Array, path: string): LoadedFile {
  if (bytes.byteLength > MAX_FILE_BYTES) return tooLarge(bytes.byteLength, path);
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
  // A line end written as a lone CR (old Mac files) counts as a line end, as editors show it; the
  // text keeps its length, so every position stays the same.
  text = text.replace(/\r(?!\n)/g, '\n');
  if (!keeping) return parseText(text, path);
  const kept = parsedFiles.get(path);
  if (kept && kept.text === text) return { ...kept, diagnostics: [], data: structuredClone(kept.data) };
  const result = parseText(text, path);
  if (result.parsed && result.data && result.diagnostics.length === 0) {
    parsedFiles.delete(path);
    parsedFiles.set(path, { ...result, text, data: structuredClone(result.data) });
    if (parsedFiles.size > MAX_KEPT) parsedFiles.delete(parsedFiles.keys().next().value!);
  }
  return result;
}

/**
 * Files parsed without problems in this process, by path, with their text: `grantdocs watch` parses
 * again only the files a save changed. A file is reused only when its whole text is the same, so the
 * result is the one a fresh parse gives; its data is handed out as a copy each time (the check cleans
 * strings in place). The parsed YAML document itself is only read after parsing, never changed.
 */
const parsedFiles = new Map<string, LoadedFile & { text: string; data: Record<string, unknown> }>();
let keeping = false;

/**
 * Turns keeping on for the rest of the process: `grantdocs watch` does, at its start. A one-off build
 * parses each file once, where keeping would only cost a copy of its data.
 */
export function keepParsedFiles(): void {
  keeping = true;
}

/** Files kept at most (a project has a handful; `changes` also parses earlier versions). */
const MAX_KEPT = 64;

function parseText(text: string, path: string): LoadedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, logLevel: 'error' });
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
  const shape = yamlShapeProblems(doc);
  if (shape.length > 0)
    return {
      text,
      diagnostics: shape.map((p) => ({
        severity: 'error' as const,
        rule: p.rule,
        file: path,
        start: pointOf(lines, p.offset),
        message: p.message,
        hint: p.hint,
      })),
    };
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


const megabytes = (n: number) =>
  formatNbNumber(n / 1024 / 1024, 1);

/** Why a content file could not be read, in Norwegian. */
function readProblemDiagnostic(e: SafeReadError, path: string): Diagnostic {
  const base = { severity: 'error' as const, file: path };
  switch (e.problem) {
    case 'too-large':
      return {
        ...base,
        rule: 'file/too-large',
        message: `Filen er for stor${e.size !== undefined ? ` (${megabytes(e.size)} MB)` : ''}; grensen er 5 MB`,
        hint: 'Innholdsfiler er vanlig tekst og blir sjelden større enn noen hundre kB. Er det riktig fil?',
      };
    case 'outside':
      return {
        ...base,
        rule: 'file/outside-project',
        message: 'Filen er en lenke til en fil utenfor prosjektmappen og blir ikke lest',
        hint: 'Kopier innholdet inn i prosjektmappen i stedet for å lenke til det.',
      };
    case 'not-file':
      return {
        ...base,
        rule: 'file/not-regular',
        message: 'Dette er ikke en vanlig fil (men en mappe, en enhet eller et rør) og blir ikke lest',
        hint: 'Fjern den fra prosjektmappen, eller gi den et navn som ikke slutter på .yaml.',
      };
    default:
      return {
        ...base,
        rule: 'file/read',
        message: `Filen kunne ikke leses (${e.code ?? 'ukjent feil'})`,
        hint: 'Sjekk at filen finnes og at du har lesetilgang til den.',
      };
  }
}
