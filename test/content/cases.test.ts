import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, runCase } from './fixture-helper.js';

/**
 * Every folder under test/fixtures/content/cases/ is the base project with one file changed, and
 * check.expected.txt holds the exact `grantdocs check` output for it. A case whose name ends in -final is
 * checked with --final. UPDATE_FIXTURES=1 rewrites the expected files (review the diff like code).
 */
const cases = readdirSync(CASES).sort();
const update = process.env.UPDATE_FIXTURES === '1';

describe('base project', () => {
  it('passes every rule without a single diagnostic, also with --final', async () => {
    for (const final of [false, true]) {
      const r = await runCase('base', undefined, final);
      expect(r.text).toBe('Ingen feil eller advarsler.\n');
      expect(r.project?.prosjekt.kortnavn).toBe('Test');
    }
  });
});

describe('content fixtures', () => {
  for (const name of cases) {
    it(name, async () => {
      const r = await runCase(name, join(CASES, name), name.endsWith('-final'));
      const expectedFile = join(CASES, name, 'check.expected.txt');
      if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, r.text);
      expect(r.text).toBe(readFileSync(expectedFile, 'utf8'));
      // A project is handed on only when there are no errors.
      expect(r.project !== undefined).toBe(!r.diagnostics.some((d) => d.severity === 'error'));
    });
  }
});

/** Rule ids that must each have at least one failing fixture (the base project passes them all). */
const RULES = [
  'yaml/syntax',
  'yaml/duplicate-key',
  'yaml/tab-indent',
  'yaml/alias-limit',
  'yaml/alias-cycle',
  'yaml/empty',
  'yaml/duplicate-section',
  'schema/type',
  'schema/unknown-key',
  'schema/required',
  'schema/enum',
  'date/format',
  'ref/partner',
  'ref/municipality',
  'ref/duplicate-id',
  'date/order',
  'date/period',
  'budget/period',
  'budget/balance',
  'budget/range',
  'yaml/not-mapping',
  'orgnr/mod11',
  'funder/max-share',
  'funder/own-share',
  'funder/max-per-year',
  'funder/max-total',
  'funder/min-amount',
  'funder/short-description',
  'funder/municipality-only',
  'host/participating',
  'markdown/accidental-list',
  'markdown/html',
  'markdown/heading',
  'markdown/rule',
  'markdown/code',
  'markdown/footnote',
  'markdown/link',
  'text/control-char',
  'text/replacement-char',
  'text/missing-glyph',
  'file/missing',
  'file/outside-project',
  'file/remote',
  'file/not-image',
  'file/not-pdf',
  'unresolved',
  'document/template',
  'document/signatory',
  'text/unused',
  'ref/document',
  'amount/applied',
  'amount/contribution',
  'amount/frame',
  'open/date-alternatives',
  'open/applied-range',
];

describe('rule coverage', () => {
  it('every rule has a fixture that fails it', () => {
    const all = cases.map((c) => readFileSync(join(CASES, c, 'check.expected.txt'), 'utf8')).join('\n');
    const missing = RULES.filter((rule) => !all.includes(`[${rule}]`));
    expect(missing).toEqual([]);
  });
});
