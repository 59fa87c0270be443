import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { buildProject, type BuildOptions, type ProjectBuildResult } from '../../src/build/build-project.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { SAMPLE } from './scalars.js';
import type { BuildScope, Mutation } from './cases.js';

/** A private copy of the sample (named felles-ansvar) that mutations edit and restore. */
export interface Workspace {
  dir: string;
  root: string;
  cleanup(): void;
}

export function workspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'gd-robust-'));
  const dir = join(root, 'felles-ansvar');
  cpSync(SAMPLE, dir, { recursive: true });
  return {
    dir: relative(process.cwd(), dir),
    root,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

const SCOPES: Record<BuildScope, Pick<BuildOptions, 'only' | 'formats'>> = {
  'nfk-pdf': { only: ['soknad-nfk'], formats: ['pdf'] },
  'all-pdf': { only: [], formats: ['pdf'] },
  full: { only: [], formats: ['pdf', 'docx'] },
};

export interface CaseResult {
  result: ProjectBuildResult;
  /** Files in the output folder after the build. */
  written: string[];
}

/**
 * Applies one mutation to the workspace copy, builds in-process (the build runs checkProject first and
 * stops at its errors) into a fresh output folder, and puts the original file back.
 */
export async function runMutation(ws: Workspace, m: Mutation): Promise<CaseResult> {
  const path = join(ws.dir, m.file);
  const original = readFileSync(path, 'utf8');
  const doc = parseDocument(original);
  m.edit(doc);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  const out = mkdtempSync(join(ws.root, 'out-'));
  try {
    const result = await buildProject(ws.dir, {
      final: false,
      emit: [],
      outDir: out,
      templatesDir: 'templates',
      ...SCOPES[m.scope],
    });
    const folder = join(out, 'felles-ansvar');
    return { result, written: existsSync(folder) ? readdirSync(folder).sort() : [] };
  } finally {
    writeFileSync(path, original);
    rmSync(out, { recursive: true, force: true });
  }
}

/** Words that betray an English (untranslated) message. */
const ENGLISH =
  /\b(must|should|cannot|can't|expected|undefined|null is|is not|property|error|unexpected|invalid)\b/i;
/** Traces of a value printed without formatting. */
const LEAKS = /\[object Object\]|\bNaN\b|\bInfinity\b|\bundefined\b/;
/** Rules about a file or the build itself, not a place in the content. */
const NOT_POSITIONED = /^(build|portal|file|yaml\/empty|unresolved)\b/;

/** What is wrong with a diagnostic's shape, or an empty list. */
export function diagnosticProblems(d: Diagnostic): string[] {
  const p: string[] = [];
  if (d.severity !== 'error' && d.severity !== 'warning') p.push(`severity ${String(d.severity)}`);
  if (typeof d.message !== 'string' || d.message.trim() === '') p.push('empty message');
  else {
    if (ENGLISH.test(d.message)) p.push(`English message: ${d.message}`);
    if (LEAKS.test(d.message)) p.push(`unformatted value: ${d.message}`);
  }
  if (typeof d.rule !== 'string' || !/^[a-z]+(\/[a-zA-Z0-9-]+)*$/.test(d.rule))
    p.push(`rule id ${String(d.rule)}`);
  if (d.hint !== undefined && LEAKS.test(d.hint)) p.push(`unformatted hint: ${d.hint}`);
  const content =
    !NOT_POSITIONED.test(d.rule) && (d.path !== undefined || /^(schema|yaml|date|budget)/.test(d.rule));
  // A missing top-level section has no place in any file: it names the project folder.
  const missingSection = d.rule === 'schema/required' && d.path !== undefined && !/[.[]/.test(d.path);
  if (content && !d.file) p.push(`no file for ${d.rule} (${d.message})`);
  else if (content && !missingSection && (!d.start || !(d.start.line >= 1) || !(d.start.column >= 1)))
    p.push(`no line for ${d.rule} (${d.message})`);
  return p;
}
