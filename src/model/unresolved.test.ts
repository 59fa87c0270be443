import { describe, expect, it } from 'vitest';
import { findUnresolved } from './unresolved.js';

describe('findUnresolved', () => {
  it('finds values and flags with their paths', () => {
    const items = findUnresolved({
      vertskommune: 'ikke avklart',
      budsjett: {
        finansiering: [
          { kilde: 'nfk', beløp: 'Ikke avklart' },
          { kilde: 'x', beløp: 5 },
        ],
      },
      tidsplan: [
        { id: 'a', avklart: false },
        { id: 'b', avklart: true },
      ],
      dokumenter: [{ frist: '2025-12', frist_avklart: false }],
    });
    expect(items.map((i) => i.pathText)).toEqual([
      'vertskommune',
      'budsjett.finansiering[0].beløp',
      'tidsplan[0]',
      'dokumenter[0].frist',
    ]);
  });
});
