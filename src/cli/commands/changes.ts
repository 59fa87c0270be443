import type { Diagnostic } from '../../diagnostics/types.js';
import type { ChangeReport } from '../../changes/diff.js';

export interface ChangesCliOptions {
  fra?: string;
  format?: string;
}

/**
 * `grantdocs endringer [mappe] --fra <versjon>`: what changed in the project's facts since a git ref or
 * an earlier build's output folder. Markdown on stdout (or JSON with --format json); problems on stderr.
 * Exit code 0 when compared (with or without changes), 1 when the content of either version is not
 * valid or the folder did not exist then, 2 for wrong use (unknown ref, not a repository).
 */
export async function runChanges(target: string | undefined, cli: ChangesCliOptions): Promise<number> {
  const format = (cli.format ?? 'markdown').toLowerCase();
  if (!['markdown', 'md', 'json'].includes(format)) {
    process.stderr.write(`grantdocs: Ukjent format «${cli.format}». Bruk markdown eller json.\n`);
    return 2;
  }
  if (!cli.fra) {
    process.stderr.write(
      'grantdocs: Valget «--fra» må være med: en versjon i git (for eksempel HEAD~1 eller v1.0) eller en tidligere ut-mappe.\n',
    );
    return 2;
  }
  const { isDirectory, projectsUnderContent } = await import('../../build/discover.js');
  const { formatDiagnostics } = await import('../report.js');
  const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
  const fail = (diagnostics: Diagnostic[], code: number): number => {
    if (format === 'json') process.stdout.write(JSON.stringify({ ok: false, diagnostics }, null, 2) + '\n');
    process.stderr.write(formatDiagnostics(diagnostics, { color }) + '\n');
    return code;
  };
  let dirs: string[];
  if (target !== undefined) {
    if (!(await isDirectory(target)))
      return fail(
        [
          {
            severity: 'error',
            rule: 'file/missing-folder',
            file: target,
            message: `Fant ikke prosjektmappen «${target}»`,
            hint: 'Oppgi en mappe under content/, for eksempel content/mitt-prosjekt.',
          },
        ],
        2,
      );
    dirs = [target];
  } else {
    const all = await projectsUnderContent();
    if (!all) return 2;
    dirs = all;
  }
  const { checkProject } = await import('../../content/check.js');
  const { deriveFacts } = await import('../../facts/derive.js');
  const { compareProject, isProblem } = await import('../../changes/compare.js');
  const { renderMarkdown } = await import('../../changes/markdown.js');
  const reports: ChangeReport[] = [];
  for (const dir of dirs) {
    const checked = await checkProject(dir, { final: false });
    if (!checked.project)
      return fail(
        [
          {
            severity: 'error',
            rule: 'changes/current-invalid',
            file: dir,
            message: `Prosjektet «${dir}» har feil i dag og kan ikke sammenlignes`,
            hint: 'Rett feilene under (se også «grantdocs check»), og sammenlign på nytt.',
          },
          ...checked.diagnostics.filter((d) => d.severity === 'error'),
        ],
        1,
      );
    const report = await compareProject(dir, cli.fra, {
      project: checked.project,
      facts: deriveFacts(checked.project),
    });
    if (isProblem(report)) return fail(report.diagnostics, report.exitCode);
    reports.push(report);
  }
  if (format === 'json')
    process.stdout.write(JSON.stringify({ ok: true, projects: reports }, null, 2) + '\n');
  else process.stdout.write(reports.map(renderMarkdown).join('\n'));
  return 0;
}
