/**
 * Renders a document's Handlebars template to Markdown. Each templates folder is read once per process
 * (the template and every partial in partials/), compiled lazily on first use, and cached. Problems in
 * a template (syntax error, unknown helper, missing partial, missing field) become diagnostics with the
 * template file and line; internal bugs stay exceptions.
 */
import { existsSync, readdirSync } from 'node:fs';
import { MAX_TEMPLATE_BYTES, readSafely, SafeReadError } from '../content/safe-read.js';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/types.js';
import { BUILTIN_HELPERS, HelperError, registerHelpers } from './helpers.js';
import { addLineMarkers, readLineMarkers, type TemplateLine } from './source-map.js';
import {
  cacheKey,
  readCompiled,
  writeCompiled,
  type CompiledTemplate,
  type BlockAt,
  type NameAt,
} from './compile-cache.js';

export const TEMPLATE_SUFFIX = '.md.hbs';
const COMPILE_OPTIONS = { noEscape: true, strict: true, preventIndent: true } as const;

interface SourceFile {
  path: string;
  text: string;
  compiled: CompiledTemplate | null;
  error: Diagnostic | null;
  fn?: HandlebarsTemplateDelegate;
}

/** The built-in block helpers whose number of arguments Handlebars checks only while rendering. */
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

/**
 * The helpers a template calls with arguments, the partials it includes and its built-in blocks, with
 * their places.
 */
function analyse(ast: hbs.AST.Program): Pick<CompiledTemplate, 'calls' | 'partials' | 'blocks'> {
  const calls: NameAt[] = [];
  const partials: NameAt[] = [];
  const blocks: BlockAt[] = [];
  const at = (name: string, loc: hbs.AST.SourceLocation) => ({
    name,
    line: loc.start.line,
    column: loc.start.column + 1,
  });
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Record<string, unknown> & { type: string; loc: hbs.AST.SourceLocation };
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      partials.push(at(String((n.name as { original?: unknown }).original), n.loc));
    }
    if (['MustacheStatement', 'BlockStatement', 'SubExpression'].includes(n.type)) {
      const path = n.path as { type: string; original?: string };
      const params = (n.params as unknown[]).length;
      const isCall = params > 0 || n.hash !== undefined;
      if (isCall && path.type === 'PathExpression') calls.push(at(path.original ?? '', n.loc));
      if (
        n.type === 'BlockStatement' &&
        path.type === 'PathExpression' &&
        BLOCK_HELPERS.has(path.original ?? '')
      )
        blocks.push({ ...at(path.original!, n.loc), params });
    }
    for (const key of ['body', 'program', 'inverse', 'params', 'hash', 'pairs', 'value'])
      if (key in n) visit(n[key]);
  };
  visit(ast.body);
  return { calls, partials, blocks };
}

/**
 * What is wrong with the arguments of a built-in block, in Norwegian, or null. Handlebars itself says
 * so only while rendering, in English and without a line: «#if requires exactly one argument», «Must
 * pass iterator to #each».
 */
export function blockArgumentProblem(block: BlockAt): { message: string; hint: string } | null {
  const name = block.name;
  if (name === 'each') {
    if (block.params >= 1) return null;
    return {
      message: '{{#each}} trenger en liste å gå gjennom.',
      hint: 'Skriv listen etter each, for eksempel {{#each partnere}} … {{/each}}.',
    };
  }
  if (block.params === 1) return null;
  if (block.params === 0)
    return {
      message: `{{#${name}}} trenger ett felt.`,
      hint: `Skriv feltet etter ${name}, for eksempel {{#${name} prosjekt.nettside}} … {{/${name}}}.`,
    };
  return {
    message: `{{#${name}}} tar ett felt, ikke ${block.params}.`,
    hint:
      name === 'with'
        ? 'Skriv {{#with feltnavn}} med ett felt.'
        : `Sett to vilkår inni hverandre ({{#${name} a}}{{#${name} b}} … {{/${name}}}{{/${name}}}), eller sammenlign med en hjelper: {{#${name} (lik a b)}}.`,
  };
}

export interface RenderResult {
  /** The generated Markdown ('' when there are errors). */
  markdown: string;
  /** For every line of the Markdown, the template line it came from. */
  lines: (TemplateLine | null)[];
  /** Template files by the index used in `lines`, relative to the current directory. */
  files: string[];
  /** The rendered template itself, relative to the current directory. */
  template: string;
  diagnostics: Diagnostic[];
}

class TemplateSet {
  readonly hb = Handlebars.create();
  readonly files: SourceFile[] = [];
  readonly partials = new Map<string, number>();
  private readonly templates = new Map<string, number>();

  constructor(readonly dir: string) {
    registerHelpers(this.hb);
    const partialDir = join(dir, 'partials');
    if (!existsSync(partialDir)) return;
    for (const name of readdirSync(partialDir).sort()) {
      if (!name.endsWith(TEMPLATE_SUFFIX)) continue;
      const index = this.load(join(partialDir, name));
      this.partials.set(name.slice(0, -TEMPLATE_SUFFIX.length), index);
      this.hb.registerPartial(name.slice(0, -TEMPLATE_SUFFIX.length), this.compiled(index));
    }
  }

  relPath(index: number): string {
    return relative(process.cwd(), this.files[index]!.path) || this.files[index]!.path;
  }

  private load(path: string): number {
    let text = '';
    let unreadable: SafeReadError | undefined;
    try {
      text = readSafely(path, { roots: [this.dir], maxBytes: MAX_TEMPLATE_BYTES }).toString('utf8');
    } catch (e) {
      if (!(e instanceof SafeReadError)) throw e;
      unreadable = e;
    }
    const file: SourceFile = { path, text, compiled: null, error: null };
    const index = this.files.push(file) - 1;
    if (unreadable) {
      file.error = unreadableDiagnostic(this.relPath(index), unreadable);
      return index;
    }
    const key = cacheKey([this.hb.VERSION, JSON.stringify(COMPILE_OPTIONS), index, text]);
    file.compiled = readCompiled(key);
    if (file.compiled) return index;
    try {
      const ast = this.hb.parse(text);
      addLineMarkers(ast, index);
      file.compiled = { spec: String(this.hb.precompile(ast, COMPILE_OPTIONS)), ...analyse(ast) };
      writeCompiled(key, file.compiled);
    } catch (e) {
      file.error = syntaxDiagnostic(this.relPath(index), e);
    }
    return index;
  }

  /** A function that renders file `index`, compiling it on first call and tagging errors with the file. */
  compiled(index: number): HandlebarsTemplateDelegate {
    return (context: unknown, options?: Handlebars.RuntimeOptions) => {
      const file = this.files[index]!;
      file.fn ??= this.hb.template(new Function(`return ${file.compiled!.spec}`)() as TemplateSpecification);
      try {
        return file.fn(context, options);
      } catch (e) {
        if (e && typeof e === 'object' && !('templateFile' in e)) Object.assign(e, { templateFile: index });
        throw e;
      }
    };
  }

  /** Index of a template file, loading it the first time; null if it does not exist. */
  template(name: string): number | null {
    const known = this.templates.get(name);
    if (known !== undefined) return known;
    // One plain file name: a template is always a file directly in the templates folder.
    if (/[\\/]/.test(name) || name.startsWith('.')) return null;
    const path = join(this.dir, name);
    if (!existsSync(path)) return null;
    const index = this.load(path);
    this.templates.set(name, index);
    return index;
  }

  /** Unknown helpers, missing partials and syntax errors, found before rendering (with lines). */
  check(index: number, seen = new Set<number>()): Diagnostic[] {
    if (seen.has(index)) return [];
    seen.add(index);
    const file = this.files[index]!;
    if (file.error) return [file.error];
    const out: Diagnostic[] = [];
    const at = (n: NameAt) => ({ file: this.relPath(index), start: { line: n.line, column: n.column } });
    for (const ref of file.compiled!.partials) {
      const partial = this.partials.get(ref.name);
      if (partial === undefined) {
        out.push({
          severity: 'error',
          rule: 'template/missing-partial',
          message: `Delmalen «${ref.name}» finnes ikke.`,
          hint: `Legg til filen partials/${ref.name}${TEMPLATE_SUFFIX} i malmappen, eller rett navnet.`,
          ...at(ref),
        });
      } else out.push(...this.check(partial, seen));
    }
    for (const block of file.compiled!.blocks) {
      const problem = blockArgumentProblem(block);
      if (problem)
        out.push({ severity: 'error', rule: 'template/block-arguments', ...problem, ...at(block) });
    }
    for (const call of file.compiled!.calls) {
      if (BUILTIN_HELPERS.has(call.name) || call.name in this.hb.helpers) continue;
      out.push({
        severity: 'error',
        rule: 'template/unknown-helper',
        message: `Hjelperen «${call.name}» finnes ikke.`,
        hint: 'Hjelpere som finnes: kr, prosent, tall, dato, liste, uavklart, lik, avklart, if, unless, each, with.',
        ...at(call),
      });
    }
    return out;
  }
}

function unreadableDiagnostic(file: string, e: SafeReadError): Diagnostic {
  const why =
    e.problem === 'outside'
      ? 'den er en lenke til en fil utenfor malmappen'
      : e.problem === 'not-file'
        ? 'den er ikke en vanlig fil'
        : e.problem === 'too-large'
          ? `den er større enn ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB`
          : `den kan ikke leses (${e.code ?? 'ukjent feil'})`;
  return {
    severity: 'error',
    rule: 'template/unreadable',
    file,
    message: `Malen kan ikke brukes: ${why}.`,
    hint: 'Malene må være vanlige tekstfiler i malmappen som du har lesetilgang til.',
  };
}

const TOKENS: Record<string, string> = {
  EOF: 'slutten av filen',
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  OPEN: '{{',
  OPEN_BLOCK: '{{#',
  OPEN_ENDBLOCK: '{{/',
  OPEN_INVERSE: '{{^',
  OPEN_PARTIAL: '{{>',
  ID: 'et navn',
  STRING: 'en tekst i anførselstegn',
  NUMBER: 'et tall',
  INVALID: 'et ugyldig tegn',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
};

/** Handlebars' English syntax error, said in Norwegian (Handlebars' wording never reaches the user). */
export function syntaxText(english: string): string {
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(english);
  if (mismatch) return `{{#${mismatch[1]}}} lukkes med {{/${mismatch[2]}}}; navnene må være like`;
  const got = /got '([A-Z_]+)'/.exec(english)?.[1];
  if (/Parse error/.test(english)) return got ? `uventet ${TOKENS[got] ?? 'tegn'} her` : 'uventet tegn her';
  if (/Invalid path/.test(english)) return 'ugyldig feltnavn';
  return 'malen kunne ikke tolkes';
}

function syntaxDiagnostic(file: string, e: unknown): Diagnostic {
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  const line = err.lineNumber ?? Number(/line (\d+)/.exec(message)?.[1] ?? 0);
  return {
    severity: 'error',
    rule: 'template/syntax',
    message: `Syntaksfeil i malen: ${syntaxText(message)}`,
    hint: 'Sjekk at hver {{#…}} har en {{/…}} med samme navn, og at alle {{ }} er lukket.',
    file,
    ...(line ? { start: { line, column: (err.column ?? 0) + 1 } } : {}),
  };
}

function runtimeDiagnostic(set: TemplateSet, fallback: number, e: unknown): Diagnostic {
  const err = e as { message?: string; lineNumber?: number; column?: number; templateFile?: number };
  const index = err.templateFile ?? fallback;
  const message = String(err.message ?? e);
  const start = err.lineNumber ? { line: err.lineNumber, column: (err.column ?? 0) + 1 } : undefined;
  const base = { severity: 'error' as const, file: set.relPath(index), ...(start ? { start } : {}) };
  if (/ not defined in /.test(message)) {
    const lineText = start ? (set.files[index]!.text.split('\n')[start.line - 1] ?? '') : '';
    const rest = lineText.slice(start ? start.column - 1 : 0);
    const expr = (/^\{\{[~#^]?\s*([^\s}~)]+)/.exec(rest) ?? /^([^\s}~()]+)/.exec(rest))?.[1];
    const field = expr ?? /^"([^"]+)"/.exec(message)?.[1] ?? '?';
    return {
      ...base,
      rule: 'template/missing-field',
      message: `Feltet «${field}» finnes ikke i dataene malen får.`,
      hint: 'Sjekk stavemåten. Valgfrie felt kan settes i {{#if …}} … {{/if}}.',
    };
  }
  // Our helpers say what is wrong in Norwegian; Handlebars' and JavaScript's own messages are English,
  // so they are said in Norwegian here, or replaced by a general message.
  const said = e instanceof HelperError ? message : runtimeText(message);
  return {
    ...base,
    rule: 'template/runtime',
    message: `Malen kunne ikke fylles ut: ${said}`,
    hint: 'Sjekk uttrykkene i malen: feltnavn, hjelpere og blokker som {{#if}}, {{#each}} og {{#with}}. Se docs/maler.md.',
  };
}

/** Handlebars' English messages while rendering, in Norwegian; anything else as a general sentence. */
export function runtimeText(english: string): string {
  const arity = /^#(if|unless|with) requires exactly one argument/.exec(english);
  if (arity) return `{{#${arity[1]}}} skal ha nøyaktig ett felt`;
  if (/^Must pass iterator to #each/.test(english)) return '{{#each}} mangler listen den skal gå gjennom';
  const helper = /^Missing helper: "([^"]*)"/.exec(english);
  if (helper) return `hjelperen «${helper[1]}» finnes ikke`;
  const partial = /^The partial (\S+) could not be found/.exec(english);
  if (partial) return `delmalen «${partial[1]}» finnes ikke`;
  return 'et uttrykk i malen kunne ikke regnes ut';
}

const sets = new Map<string, TemplateSet>();

function templateSet(dir: string): TemplateSet {
  let set = sets.get(dir);
  if (!set) sets.set(dir, (set = new TemplateSet(dir)));
  return set;
}

/** Renders `name` (a file in templatesDir) with the view. */
export function renderTemplate(templatesDir: string, name: string, view: object): RenderResult {
  const set = templateSet(templatesDir);
  const index = set.template(name);
  const files = () => set.files.map((_, i) => set.relPath(i));
  if (index === null) {
    return {
      markdown: '',
      lines: [],
      files: files(),
      template: name,
      diagnostics: [
        {
          severity: 'error',
          rule: 'template/missing',
          message: `Malen «${name}» finnes ikke i ${relative(process.cwd(), templatesDir) || templatesDir}.`,
          hint: 'Sjekk feltet «mal» i dokumenter.yaml, eller legg til malfilen.',
        },
      ],
    };
  }
  const problems = set.check(index);
  if (problems.length)
    return { markdown: '', lines: [], files: files(), template: set.relPath(index), diagnostics: problems };
  let output: string;
  try {
    output = set.compiled(index)(view);
  } catch (e) {
    return {
      markdown: '',
      lines: [],
      files: files(),
      template: set.relPath(index),
      diagnostics: [runtimeDiagnostic(set, index, e)],
    };
  }
  const { text, lines } = readLineMarkers(output);
  return { markdown: text, lines, files: files(), template: set.relPath(index), diagnostics: [] };
}

/** Forgets every cached template (for tests that edit templates). */
export function clearTemplateCache(): void {
  sets.clear();
}
