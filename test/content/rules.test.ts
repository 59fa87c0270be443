import { describe, expect, it } from 'vitest';
import { validOrgnr } from '../../src/content/rules/orgnr.js';
import { periodBounds, yearInPeriod } from '../../src/content/rules/period.js';
import { questionFor } from '../../src/content/rules/unresolved.js';
import { sum } from '../../src/content/rules/amounts.js';
import { closest } from '../../src/content/messages.js';
import { firstInvalidUtf8 } from '../../src/content/source-checks.js';
import { unclosedQuoteAt } from '../../src/content/yaml-errors.js';

describe('organisation numbers (modulus 11)', () => {
  it('accepts valid numbers and rejects a wrong check digit', () => {
    expect(validOrgnr('964982953')).toBe(true);
    expect(validOrgnr('974760673')).toBe(true);
    expect(validOrgnr('964982954')).toBe(false);
    expect(validOrgnr('96498295')).toBe(false);
  });
  it('rejects numbers whose check digit would be 10', () => {
    // Weighted sum of 10000013 is 12, remainder 1: the check digit would be 11 - 1 = 10, which is never issued.
    for (let d = 0; d <= 9; d++) expect(validOrgnr(`10000013${d}`)).toBe(false);
  });
});

describe('project period', () => {
  it('start + duration runs to the end of the same unit N years later', () => {
    expect(periodBounds({ start: '2026-T1', varighet_år: 3 })).toEqual({ start: '2026-01-01', end: '2029-04-30' });
    expect(periodBounds({ start: '2026', varighet_år: 3 })).toEqual({ start: '2026-01-01', end: '2028-12-31' });
    expect(periodBounds({ start: '2026-03-01', slutt: '2027-12' })).toEqual({
      start: '2026-03-01',
      end: '2027-12-31',
    });
    expect(periodBounds({ start: 'ikke avklart', varighet_år: 3 })).toBeNull();
    expect(periodBounds({ start: '2026-03', slutt: '2025-12' })).toBeNull();
  });
  it('a year is in the period when it overlaps it', () => {
    const p = { start: '2026-03-01', end: '2028-02-28' };
    expect([2025, 2026, 2028, 2029].map((y) => yearInPeriod(y, p))).toEqual([false, true, true, false]);
  });
});

describe('open questions', () => {
  const qs = [
    { id: 'a', spørsmål: 'A?', gjelder: 'budsjett' },
    { id: 'b', spørsmål: 'B?', gjelder: 'budsjett.finansiering' },
    { id: 'c', spørsmål: 'C?', gjelder: 'dokumenter.frist' },
  ];
  it('the longest matching gjelder wins, with or without list indices', () => {
    expect(questionFor('budsjett.finansiering[2].beløp', qs)?.id).toBe('b');
    expect(questionFor('budsjett.kostnader[0].beløp', qs)?.id).toBe('a');
    expect(questionFor('dokumenter[1].frist', qs)?.id).toBe('c');
    expect(questionFor('dokumenter[1].søkt_beløp[0].beløp', qs)).toBeUndefined();
    expect(questionFor('budsjettet', qs)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('sums exact amounts and ranges as intervals and counts unresolved ones', () => {
    expect(sum([1000, { fra: 2000, til: 3000 }, 'ikke avklart'])).toEqual({
      total: { lo: 3000, hi: 4000 },
      unresolved: 1,
    });
  });
  it('suggests a close known name only', () => {
    expect(closest('tittle', ['tittel', 'kortnavn'])).toBe('tittel');
    expect(closest('budget', ['prosjekt', 'tekster'])).toBeUndefined();
  });
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from('æøå ok'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
  });
  it('finds where an unclosed quote begins', () => {
    expect(unclosedQuoteAt('a: "ok"\nb: "not closed\nc: 1\n')).toEqual({ line: 2, column: 4 });
    expect(unclosedQuoteAt("- 'it''s fine'\n- 'open\n")).toEqual({ line: 2, column: 3 });
  });
});
