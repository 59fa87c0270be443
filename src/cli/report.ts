import type { Diagnostic } from '../diagnostics/types.js';

const SEVERITY: Record<Diagnostic['severity'], string> = { error: 'feil', warning: 'advarsel' };
const COLORS = { red: '\x1b[31m', yellow: '\x1b[33m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** Sort key: file, then line, then column; diagnostics without a file come first. */
function compare(a: Diagnostic, b: Diagnostic): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.start?.line ?? 0;
  const lb = b.start?.line ?? 0;
  if (la !== lb) return la - lb;
  return (a.start?.column ?? 0) - (b.start?.column ?? 0);
}

/** Stable sort of diagnostics by file and position. */
export function sortDiagnostics(diags: Diagnostic[]): Diagnostic[] {
  return diags
    .map((d, i) => [d, i] as const)
    .sort((x, y) => compare(x[0], y[0]) || x[1] - y[1])
    .map(([d]) => d);
}

/** Where a diagnostic is: file:line:col, the file alone, or «prosjektet» when there is no file. */
export function whereText(d: Diagnostic): string {
  if (!d.file) return 'prosjektet';
  return d.start ? `${d.file}:${d.start.line}:${d.start.column}` : d.file;
}

/**
 * One diagnostic per line, sorted by file and line:
 *   content/mitt-prosjekt/budsjett.yaml:14:7  feil  <message>  [budget/balance]
 *       <hint>
 */
export function formatDiagnostics(diags: Diagnostic[], opts: { color: boolean }): string {
  const paint = (code: string, text: string) => (opts.color ? `${code}${text}${COLORS.reset}` : text);
  return sortDiagnostics(diags)
    .map((d) => {
      const sev = paint(
        d.severity === 'error' ? COLORS.red + COLORS.bold : COLORS.yellow,
        SEVERITY[d.severity],
      );
      const line = `${paint(COLORS.bold, whereText(d))}  ${sev}  ${d.message}  ${paint(COLORS.dim, `[${d.rule}]`)}`;
      return d.hint ? `${line}\n    ${d.hint}` : line;
    })
    .join('\n');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Norwegian one-line summary, e.g. «2 feil og 14 advarsler.» or «Ingen feil eller advarsler.» */
export function summaryLine(diags: Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.length - errors;
  if (errors === 0 && warnings === 0) return 'Ingen feil eller advarsler.';
  if (warnings === 0) return `${count(errors, 'feil', 'feil')}.`;
  if (errors === 0) return `Ingen feil, ${count(warnings, 'advarsel', 'advarsler')}.`;
  return `${count(errors, 'feil', 'feil')} og ${count(warnings, 'advarsel', 'advarsler')}.`;
}
