import { describe, expect, it } from 'vitest';
import { dateBounds, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['2025-10-10', { start: '2025-10-10', end: '2025-10-10' }],
    ['2025-12', { start: '2025-12-01', end: '2025-12-31' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2026', { start: '2026-01-01', end: '2026-12-31' }],
    ['2026-T1', { start: '2026-01-01', end: '2026-04-30' }],
    ['2026-T3', { start: '2026-09-01', end: '2026-12-31' }],
    ['2026-vår', { start: '2026-03-01', end: '2026-05-31' }],
    ['2025-10/2025-12', { start: '2025-10-01', end: '2025-12-31' }],
    ['2025-12 eller 2026-01', { start: '2025-12-01', end: '2026-01-31' }],
  ])('%s covers the right days', (text, bounds) => {
    const d = parseDate(text);
    expect(d).not.toBeNull();
    expect(dateBounds(d!)).toEqual(bounds);
  });

  it.each(['2026-02-30', '2025-13', '2026-T4', '2026-vaar', '2025-12/2025-10', 'oktober', '', '2025-1-1'])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it('knows unresolved', () => {
    expect(parseDate('ikke avklart')).toEqual({ kind: 'unresolved' });
    expect(dateBounds({ kind: 'unresolved' })).toBeNull();
  });
});
