import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../diagnostics/types.js';

export interface CheckCliOptions {
  final?: boolean;
  format?: string;
  /** The templates folder: `check` reports a document whose template is not there. */
  templates?: string;
}

/** Folders under a content root that hold at least one YAML file, sorted by name. */
async function projectFolders(root: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(root, { withFileTypes: true });
    const out: string[] = [];
    for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const files = await readdir(join(root, e.name));
      if (files.some((f) => /\.ya?ml$/i.test(f))) out.push(join(root, e.name));
    }
    return out;
  } catch {
    return undefined;
  }
}

/**
 * `grantdocs check [mappe]`: loads and validates one project folder, or every project under ./content/,
 * and, for a project without content errors, fills in its documents' templates as `build` does to report
 * template errors (document/template-check.ts).
 * Prints the diagnostics sorted by file and line and a summary (or JSON with --format json).
 * Returns the exit code: 0 ok (warnings allowed in a draft), 1 content errors, 2 usage errors.
 */
export async function runCheck(target: string | undefined, cli: CheckCliOptions): Promise<number> {
  const format = (cli.format ?? 'tekst').toLowerCase();
  if (!['tekst', 'text', 'json'].includes(format)) {
    process.stderr.write(`grantdocs: Ukjent format «${cli.format}». Bruk tekst eller json.\n`);
    return 2;
  }
  let dirs: string[];
  if (target !== undefined) dirs = [target];
  else {
    const found = await projectFolders('content');
    if (!found || found.length === 0) {
      process.stderr.write(
        'grantdocs: Fant ingen prosjektmapper under content/. Oppgi en mappe, for eksempel: grantdocs check content/mitt-prosjekt\n',
      );
      return 2;
    }
    dirs = found;
  }
  const { checkProject } = await import('../../content/check.js');
  const { templateDiagnostics } = await import('../../document/template-check.js');
  const templatesDir = cli.templates ?? 'templates';
  const results: { dir: string; diagnostics: Diagnostic[] }[] = [];
  // Template errors are the same for every project that uses the template: each is reported once.
  const reported = new Set<string>();
  for (const dir of dirs) {
    const r = await checkProject(dir, { final: Boolean(cli.final), templatesDir });
    const diagnostics = [...r.diagnostics];
    // `project` is set only when the content has no errors.
    if (r.project) {
      for (const d of templateDiagnostics(r.project, dir, templatesDir, Boolean(cli.final))) {
        const key = [d.file, d.start?.line, d.start?.column, d.rule, d.message].join('\0');
        if (reported.has(key)) continue;
        reported.add(key);
        diagnostics.push(d);
      }
    }
    results.push({ dir, diagnostics });
  }
  const all = results.flatMap((r) => r.diagnostics);
  const failed = all.some((d) => d.severity === 'error');
  if (format === 'json') {
    const projects = results.map((r) => ({
      dir: r.dir,
      errors: r.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: r.diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics: r.diagnostics,
    }));
    process.stdout.write(
      JSON.stringify({ ok: !failed, final: Boolean(cli.final), projects }, null, 2) + '\n',
    );
  } else {
    const { formatDiagnostics, summaryLine } = await import('../report.js');
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    if (all.length > 0) process.stdout.write(formatDiagnostics(all, { color }) + '\n');
    const names = dirs.length === 1 ? dirs[0]! : `${dirs.length} prosjekter`;
    process.stdout.write(`${names}: ${summaryLine(all)}\n`);
  }
  return failed ? 1 : 0;
}
