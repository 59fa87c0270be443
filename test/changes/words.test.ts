import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordHunks, words } from '../../src/changes/words.js';

const word = fc.constantFrom('kommune', 'ungdom', 'politi', 'og', 'i', 'tiltak', 'Rana', '2026', 'kr');
const text = fc.array(word, { maxLength: 60 }).map((w) => w.join(' '));

/** Counts of each word, to compare multisets. */
function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
const within = (part: string[], whole: string[]) => {
  const w = counts(whole);
  return [...counts(part)].every(([k, n]) => (w.get(k) ?? 0) >= n);
};

describe('word-level view of a changed text', () => {
  it('shows one replaced word with a few words around it', () => {
    const before =
      'Nordland fylkeskommune har, i samarbeid med Statsforvalteren og Nordland politidistrikt, tatt initiativ til å etablere Felles Ansvar som et fylkesdekkende tiltak';
    const after = before.replace('tatt initiativ', 'tatt initiativet');
    expect(wordHunks(before, after)).toEqual([
      {
        before: ['og', 'Nordland', 'politidistrikt,', 'tatt'],
        removed: ['initiativ'],
        added: ['initiativet'],
        after: ['til', 'å', 'etablere', 'Felles'],
        moreBefore: true,
        moreAfter: true,
      },
    ]);
  });

  it('keeps changes far apart as separate places, and joins close ones', () => {
    const base = Array.from({ length: 40 }, (_, i) => `o${i}`);
    const far = [...base];
    far[5] = 'X';
    far[30] = 'Y';
    expect(wordHunks(base.join(' '), far.join(' '))).toHaveLength(2);
    const near = [...base];
    near[5] = 'X';
    near[8] = 'Y';
    const hunks = wordHunks(base.join(' '), near.join(' '));
    expect(hunks).toHaveLength(1);
    expect(hunks[0]!.removed).toEqual(['o5', 'o6', 'o7', 'o8']);
    expect(hunks[0]!.added).toEqual(['X', 'o6', 'o7', 'Y']);
  });

  it('finds nothing in equal texts and something in different ones; removed words come from the old text, added from the new', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const hunks = wordHunks(a, b);
        const same = words(a).join(' ') === words(b).join(' ');
        expect(hunks.length === 0).toBe(same);
        expect(
          within(
            hunks.flatMap((h) => h.removed),
            words(a),
          ),
        ).toBe(true);
        expect(
          within(
            hunks.flatMap((h) => h.added),
            words(b),
          ),
        ).toBe(true);
        for (const h of hunks) {
          expect(h.removed.length + h.added.length).toBeGreaterThan(0);
          expect(h.before.length).toBeLessThanOrEqual(4);
          expect(h.after.length).toBeLessThanOrEqual(4);
        }
      }),
    );
  });

  it('applying the changed places to the old text gives the new text', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        // Rebuild b from a: walk a, and at each hunk's position replace its removed words by its added ones.
        const old = words(a);
        const out: string[] = [];
        let i = 0;
        for (const h of wordHunks(a, b)) {
          // The hunk's context before it ends right where its removed words start.
          let at = i;
          while (
            at <= old.length &&
            !(
              old.slice(at - h.before.length, at).join(' ') === h.before.join(' ') &&
              old.slice(at, at + h.removed.length).join(' ') === h.removed.join(' ') &&
              old.slice(at + h.removed.length, at + h.removed.length + h.after.length).join(' ') ===
                h.after.join(' ')
            )
          )
            at++;
          out.push(...old.slice(i, at), ...h.added);
          i = at + h.removed.length;
        }
        out.push(...old.slice(i));
        expect(out).toEqual(words(b));
      }),
    );
  });
});
