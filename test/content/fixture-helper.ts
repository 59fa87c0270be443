import { copyFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkProject } from '../../src/content/check.js';
import { formatDiagnostics, summaryLine } from '../../src/cli/report.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

export const FIXTURES = join(import.meta.dirname, '../fixtures/content');
export const BASE = join(FIXTURES, 'base');
export const CASES = join(FIXTURES, 'cases');

export interface Assembled {
  /** The project folder, relative to the current directory (as a user would type it). */
  dir: string;
  /** Temporary root holding content/<case>/. */
  root: string;
  /** Turns diagnostic text into the stable form used in expected files (content/<case>/…). */
  normalize(text: string): string;
  cleanup(): Promise<void>;
}

/**
 * Copies the base project to a temporary content/<name>/ and applies a case folder's files: `x.yaml`
 * replaces or adds a file, `x.yaml.raw` does the same for files prettier must not touch (broken YAML),
 * and `x.yaml.delete` removes the base's x.yaml.
 */
export async function assemble(name: string, caseDir?: string): Promise<Assembled> {
  const root = await mkdtemp(join(tmpdir(), 'grantdocs-case-'));
  const abs = join(root, 'content', name);
  await cp(BASE, abs, { recursive: true });
  if (caseDir) {
    for (const f of await readdir(caseDir)) {
      if (f.endsWith('.delete')) await rm(join(abs, f.slice(0, -'.delete'.length)));
      else if (f.endsWith('.raw')) await copyFile(join(caseDir, f), join(abs, f.slice(0, -'.raw'.length)));
      else if (/\.ya?ml$/.test(f)) await copyFile(join(caseDir, f), join(abs, f));
    }
  }
  const prefix = relative(process.cwd(), root) + '/';
  return {
    dir: relative(process.cwd(), abs),
    root,
    normalize: (text) => text.split(prefix).join(''),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** The check output as a user sees it (no colours): diagnostics, then the summary line. */
export function checkText(diags: Diagnostic[]): string {
  return (diags.length > 0 ? formatDiagnostics(diags, { color: false }) + '\n' : '') + summaryLine(diags) + '\n';
}

export async function runCase(name: string, caseDir: string | undefined, final: boolean) {
  const a = await assemble(name, caseDir);
  try {
    const r = await checkProject(a.dir, { final });
    return { ...r, text: a.normalize(checkText(r.diagnostics)) };
  } finally {
    await a.cleanup();
  }
}
