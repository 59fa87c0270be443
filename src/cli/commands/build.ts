import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BuildOptions, EmitKind, OutputFormat, ProjectBuildResult } from '../../build/build-project.js';
import { formatNbNumber } from '../../format/nb-number.js';

export interface BuildCliOptions {
  final?: boolean;
  only?: string;
  format?: string;
  json?: boolean;
  out?: string;
  emit?: string;
  templates?: string;
  endringerFra?: string;
}

export interface ParsedBuildOptions {
  options: BuildOptions;
  json: boolean;
  error?: string;
}

const FORMATS = new Set(['pdf', 'docx', 'json']);
const EMITS = new Set(['markdown', 'tree']);

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Reads the build options. `--format` takes a comma list of pdf, docx and json: pdf/docx choose the
 * outputs (both when neither is named), json switches the report to JSON for machines (`--json` does
 * the same).
 */
export function parseBuildOptions(o: BuildCliOptions): ParsedBuildOptions {
  const formats = list(o.format);
  const badFormat = formats.find((f) => !FORMATS.has(f));
  const emit = list(o.emit);
  const badEmit = emit.find((e) => !EMITS.has(e));
  const outputs = formats.filter((f): f is OutputFormat => f === 'pdf' || f === 'docx');
  const options: BuildOptions = {
    final: Boolean(o.final),
    only: list(o.only),
    formats: outputs.length > 0 ? outputs : ['pdf', 'docx'],
    outDir: o.out ?? 'out',
    emit: emit as EmitKind[],
    templatesDir: o.templates ?? 'templates',
    ...(o.endringerFra ? { changesFrom: o.endringerFra } : {}),
  };
  const json = Boolean(o.json) || formats.includes('json');
  if (badFormat) return { options, json, error: `Ukjent format «${badFormat}». Bruk pdf, docx eller json.` };
  if (badEmit) return { options, json, error: `Ukjent --emit «${badEmit}». Bruk markdown eller tree.` };
  return { options, json };
}

function kilobytes(n: number): string {
  return `${formatNbNumber(n / 1024, 1)} kB`;
}

export function outputLine(o: ProjectBuildResult['outputs'][number]): string {
  const pages = o.pages !== undefined ? `${o.pages} ${o.pages === 1 ? 'side' : 'sider'}` : '';
  return `${o.file.padEnd(48)} ${pages.padStart(8)} ${kilobytes(o.bytes).padStart(10)} ${`${Math.round(o.ms)} ms`.padStart(8)}`;
}

/** Runs `grantdocs build`; returns the exit code (0 ok, 1 content or template errors, 2 usage errors). */
export async function runBuild(target: string | undefined, cli: BuildCliOptions): Promise<number> {
  const parsed = parseBuildOptions(cli);
  if (parsed.error) {
    process.stderr.write(`grantdocs: ${parsed.error}\n`);
    return 2;
  }
  // No worker thread here: in a fresh process the worker loads the program, the fonts and the
  // hyphenation patterns a second time and compiles the same code again, so the two cores did more work
  // in all and the build of the sample's six outputs took 1.86 s against 1.41 s on one thread (eight
  // alternating runs each; docs/ytelse.md). `watch` keeps one, warm, for its whole life.
  return buildAll(target, parsed, parsed.options);
}

/** Builds the named project, or every project under content/, and reports. */
async function buildAll(
  target: string | undefined,
  parsed: ParsedBuildOptions,
  options: BuildOptions,
): Promise<number> {
  const { formatDiagnostics, summaryLine } = await import('../report.js');
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const { isDirectory, projectsUnderContent } = await import('../../build/discover.js');
  let dirs: string[];
  if (target) {
    if (!(await isDirectory(target))) {
      const d: Diagnostic = {
        severity: 'error',
        rule: 'build/missing-project',
        file: target,
        message: `Fant ikke prosjektmappen «${target}».`,
        hint: 'Oppgi en mappe under content/, for eksempel content/mitt-prosjekt.',
      };
      process.stderr.write(formatDiagnostics([d], { color }) + '\n');
      return parsed.json
        ? (process.stdout.write(JSON.stringify({ ok: false, diagnostics: [d] }) + '\n'), 1)
        : 1;
    }
    dirs = [target];
  } else {
    const all = await projectsUnderContent();
    if (!all) return 2;
    dirs = all;
  }
  const { buildProject } = await import('../../build/build-project.js');
  const results: ProjectBuildResult[] = [];
  for (const dir of dirs) {
    try {
      results.push(await buildProject(dir, options));
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (!e.code) throw err; // an internal bug: let it surface with its stack
      results.push({
        project: dir,
        dir,
        outputs: [],
        removed: [],
        usageError: false,
        diagnostics: [fileSystemDiagnostic(e, options.outDir)],
      });
    }
  }
  const all = results.flatMap((r) => r.diagnostics);
  const failed = all.some((d) => d.severity === 'error');
  if (parsed.json) {
    process.stdout.write(
      JSON.stringify({ ok: !failed, projects: results.map(({ dir: _d, ...r }) => r) }, null, 2) + '\n',
    );
  } else {
    for (const r of results) {
      for (const o of r.outputs) process.stdout.write(outputLine(o) + '\n');
      for (const f of r.removed) process.stdout.write(`${f}  fjernet (lages ikke lenger)\n`);
    }
    if (all.length > 0) process.stderr.write(formatDiagnostics(all, { color }) + '\n');
    process.stderr.write(summaryLine(all) + (failed ? ` ${writtenSummary(results)}` : '') + '\n');
  }
  if (results.some((r) => r.usageError)) return 2;
  return failed ? 1 : 0;
}

/** What was written when some project failed: nothing, or which projects were built anyway. */
export function writtenSummary(results: ProjectBuildResult[]): string {
  const done = results.filter((r) => r.outputs.length > 0).map((r) => r.project);
  const failed = results.filter((r) => r.outputs.length === 0).map((r) => r.project);
  if (done.length === 0) return 'Ingenting ble skrevet.';
  return `Bygget: ${done.join(', ')}. Ikke bygget (tidligere resultater er urørt): ${failed.join(', ')}.`;
}

/**
 * A file-system error during the build, in Norwegian: a problem writing the outputs when it concerns the
 * output folder, otherwise a file that could not be read (a template, a picture).
 */
export function fileSystemDiagnostic(e: NodeJS.ErrnoException, outDir: string): Diagnostic {
  const path = e.path ? relative(process.cwd(), resolve(e.path)) || e.path : undefined;
  const inOut = !path || isInside(resolve(outDir), resolve(e.path ?? outDir));
  if (!inOut && path) {
    return {
      severity: 'error',
      rule: 'build/read',
      file: path,
      message: `Kunne ikke lese «${path}»: ${readProblem(e.code ?? '')} (${e.code})`,
      hint: 'Sjekk at filen finnes og at du har lesetilgang til den. Tidligere resultater er urørt.',
    };
  }
  return {
    severity: 'error',
    rule: 'build/write',
    file: relative(process.cwd(), resolve(outDir)) || outDir,
    message: `Kunne ikke skrive resultatene: ${writeProblem(e.code ?? '')} (${e.code}${path ? `, ${path}` : ''})`,
    hint: 'Tidligere resultater er urørt. Rett opp dette og bygg på nytt.',
  };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function readProblem(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'du har ikke lesetilgang';
    case 'ENOENT':
      return 'filen finnes ikke';
    case 'EISDIR':
      return 'det er en mappe, ikke en fil';
    default:
      return 'lesingen feilet';
  }
}

/** What a file-system error code means for the user, in Norwegian. */
function writeProblem(code: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disken er full; frigjør plass eller velg en annen ut-mappe med --out';
    case 'EACCES':
    case 'EPERM':
      return 'du har ikke skrivetilgang til ut-mappen';
    case 'EROFS':
      return 'ut-mappen ligger på en disk som er skrivebeskyttet';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'en del av stien til ut-mappen er en fil, ikke en mappe';
    case 'ENOENT':
      return 'ut-mappen finnes ikke og kunne ikke lages';
    default:
      return 'skrivingen feilet';
  }
}
