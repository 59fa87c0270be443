import { readdir, stat } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { isMap, isScalar } from 'yaml';
import type { Diagnostic, Point } from '../diagnostics/types.js';
import { loadFile, pointOf, type LoadedFile, type ParsedFile } from './load-file.js';

export interface SourceFile {
  /** Path relative to the current directory. */
  path: string;
  text: string;
}

export interface LoadedProject {
  /** Project folder as given. */
  dir: string;
  /** Folder name, e.g. 'mitt-prosjekt'. */
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

/** All content files of a project together, in characters. */
const MAX_TOTAL_CHARS = 20_000_000;

function missingFolder(dir: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', rule: 'file/missing-folder', file: dir, message, hint };
}

/** A content file of a project folder: .yaml or .yml, not hidden. */
export function isContentFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !name.startsWith('.');
}

/** The folder holds no content file. */
export function noYamlFiles(dir: string): Diagnostic {
  return {
    severity: 'error',
    rule: 'file/no-yaml',
    file: dir,
    message: `Mappen «${dir}» inneholder ingen YAML-filer (.yaml)`,
    hint: 'Et prosjekt består av filer som prosjekt.yaml, budsjett.yaml og dokumenter.yaml.',
  };
}

/** Loads every .yaml/.yml file of a project folder and merges their top-level keys. */
export async function loadProject(dir: string): Promise<{ loaded?: LoadedProject; diagnostics: Diagnostic[] }> {
  let names: string[];
  try {
    const st = await stat(dir);
    if (!st.isDirectory())
      return {
        diagnostics: [
          missingFolder(dir, `«${dir}» er ikke en mappe`, 'Oppgi prosjektmappen, for eksempel content/mitt-prosjekt.'),
        ],
      };
    names = (await readdir(dir)).filter(isContentFileName).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM')
      return {
        diagnostics: [
          missingFolder(
            dir,
            `Prosjektmappen «${dir}» kan ikke leses (${code})`,
            'Du har ikke lesetilgang til mappen. Sjekk tilgangene, eller spør den som eier mappen.',
          ),
        ],
      };
    return {
      diagnostics: [
        missingFolder(
          dir,
          `Fant ikke prosjektmappen «${dir}»`,
          'Sjekk stavemåten. Prosjektmapper ligger under content/, for eksempel content/mitt-prosjekt.',
        ),
      ],
    };
  }
  if (names.length === 0) return { diagnostics: [noYamlFiles(dir)] };

  const results: { path: string; file: LoadedFile }[] = [];
  for (const name of names) {
    const abs = resolve(dir, name);
    const path = relative(process.cwd(), abs).split('\\').join('/');
    const r = await loadFile(abs, path, dir).catch((err: NodeJS.ErrnoException): LoadedFile => {
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
    results.push({ path, file: r });
  }
  return mergeFiles(dir, results);
}

/**
 * Merges the parsed files of one project folder (in name order) into one project: a key defined in two
 * files is an error. Used for the files on disk and for an older version read from git.
 */
export function mergeFiles(
  dir: string,
  results: readonly { path: string; file: LoadedFile }[],
): { loaded?: LoadedProject; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files: SourceFile[] = [];
  const parsedFiles: ParsedFile[] = [];
  const owner = new Map<string, ParsedFile>();
  // Without a prototype: no key in the content can reach Object.prototype (keys like __proto__ are
  // refused at their line anyway, see yaml-shape.ts).
  let total = 0;
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const { path, file: r } of results) {
    diagnostics.push(...r.diagnostics);
    if (r.text !== undefined) files.push({ path, text: r.text });
    total += r.text?.length ?? 0;
    if (total > MAX_TOTAL_CHARS) {
      diagnostics.push({
        severity: 'error',
        rule: 'file/too-large',
        file: path,
        message: 'Prosjektets YAML-filer er til sammen for store (over 20 millioner tegn); denne og resten blir ikke lest',
        hint: 'Et prosjekt trenger sjelden mer enn noen hundre kB tekst. Ligger det store filer med .yaml i mappen?',
      });
      break;
    }
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
