import { describe, expect, it } from 'vitest';
import { formatDiagnostics, summaryLine } from '../../src/cli/report.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const diags: Diagnostic[] = [
  {
    severity: 'warning',
    rule: 'unresolved',
    file: 'content/x/b.yaml',
    start: { line: 3, column: 5 },
    message: '«vertskommune» er ikke avklart',
  },
  {
    severity: 'error',
    rule: 'budget/balance',
    file: 'content/x/a.yaml',
    start: { line: 14, column: 7 },
    message: 'Budsjettet balanserer ikke',
    hint: 'Sjekk summene.',
  },
  {
    severity: 'error',
    rule: 'schema/type',
    file: 'content/x/a.yaml',
    start: { line: 2, column: 1 },
    message: 'Feil type',
  },
  { severity: 'error', rule: 'schema/required', file: 'content/x', message: 'Seksjonen mangler' },
];

describe('formatDiagnostics', () => {
  it('one line per diagnostic, sorted by file and line, the hint indented below', () => {
    expect(formatDiagnostics(diags, { color: false })).toBe(
      [
        'content/x  feil  Seksjonen mangler  [schema/required]',
        'content/x/a.yaml:2:1  feil  Feil type  [schema/type]',
        'content/x/a.yaml:14:7  feil  Budsjettet balanserer ikke  [budget/balance]',
        '    Sjekk summene.',
        'content/x/b.yaml:3:5  advarsel  «vertskommune» er ikke avklart  [unresolved]',
      ].join('\n'),
    );
  });
  it('colours only when asked', () => {
    expect(formatDiagnostics(diags, { color: true })).toContain('\x1b[31m');
    expect(formatDiagnostics(diags, { color: false })).not.toContain('\x1b[');
  });
});

describe('summaryLine', () => {
  const e = diags[1]!;
  const w = diags[0]!;
  it('counts errors and warnings in Norwegian', () => {
    expect(summaryLine([])).toBe('Ingen feil eller advarsler.');
    expect(summaryLine([w])).toBe('Ingen feil, 1 advarsel.');
    expect(summaryLine([w, w])).toBe('Ingen feil, 2 advarsler.');
    expect(summaryLine([e])).toBe('1 feil.');
    expect(summaryLine([e, e, w])).toBe('2 feil og 1 advarsel.');
  });
});
