import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../src/changes/describe.js';
import { diffSnapshots, type ChangeReport } from '../../src/changes/diff.js';
import { renderMarkdown } from '../../src/changes/markdown.js';
import { factsSnapshot } from '../../src/changes/take-snapshot.js';
import { formatSum } from '../../src/changes/snapshot.js';
import { sumAmounts } from '../../src/facts/sum.js';
import { changesSection, shownIn, withChangesSection } from '../../src/document/changes-section.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { formatKroner, formatKronerRange } from '../../src/format/number.js';
import type { Project } from '../../src/model/project.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { loadSampleProject } from '../helpers/sample-project.js';

const snap = (p: Project) => factsSnapshot(p, deriveFacts(p));

function edited(edit: (p: Record<string, any>) => void): Project {
  const p = structuredClone(loadSampleProject()) as unknown as Record<string, any>;
  edit(p);
  return p as unknown as Project;
}

describe('facts snapshot', () => {
  it('is the same for the same project, and keyed by ids, not list positions', () => {
    expect(snap(loadSampleProject())).toEqual(snap(loadSampleProject()));
    // Moving a partner to another place in the list is not a change.
    const moved = edited((p) => p.partnere.reverse());
    expect(diffSnapshots(snap(loadSampleProject()), snap(moved))).toEqual([]);
  });

  it('picks up fields it has no code for, so schema changes need none', () => {
    const after = edited((p) => {
      p.tekster.ny_tekst = 'En helt ny tekst som ingen kode i grantdocs kjenner til fra før av.';
      p.målgruppe.beskrivelse = 'Ungdom fra 13 år.';
      p.prosjekt.nettside = 'https://example.org';
      p.organisering.ressurser.kostnadsramme_per_år = 2750000;
    });
    const changes = diffSnapshots(snap(loadSampleProject()), snap(after));
    const byLabel = Object.fromEntries(changes.map((c) => [c.label, c]));
    expect(byLabel['Teksten «ny_tekst»']).toMatchObject({ change: 'added', kind: 'text', group: 'tekster' });
    expect(byLabel['målgruppe.beskrivelse']).toMatchObject({
      change: 'changed',
      after: 'Ungdom fra 13 år.',
    });
    expect(byLabel['prosjekt.nettside']).toMatchObject({ change: 'added', after: 'https://example.org' });
    expect(byLabel['organisering.ressurser.kostnadsramme_per_år']).toMatchObject({
      group: 'beløp',
      before: formatKronerRange(2500000, 3000000),
      after: formatKroner(2750000),
    });
  });

  it('lists a document added with its own amounts only once, and ties them to that document', () => {
    const after = edited((p) => {
      p.dokumenter.push({
        id: 'soknad-ny',
        type: 'søknad',
        tittel: 'Ny søknad',
        mottaker: 'nfk',
        søkt_beløp: [{ år: 2026, beløp: 100000 }],
      });
      p.dokumenter[1].søkt_beløp[1].beløp = 500000;
    });
    const changes = diffSnapshots(snap(loadSampleProject()), snap(after));
    expect(changes.filter((c) => c.key.includes('soknad-ny')).map((c) => c.key)).toEqual([
      'dokument/soknad-ny',
    ]);
    const applied = changes.find((c) => c.key === 'beløp/søkt/soknad-nfk/2027')!;
    expect(applied.docs).toEqual(['soknad-nfk']);
    expect(
      describeChange(applied)
        .map((s) => s.text)
        .join(''),
    ).toBe(`Søkt beløp 2027 (Søknad om tilskudd til Felles Ansvar): Ikke avklart${formatKroner(500000)}`);
  });
});

describe('diff of two snapshots (property)', () => {
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 5_000_000 }),
    fc
      .tuple(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 3_000_000 }))
      .map(([a, b]) => ({ fra: Math.min(a, b), til: Math.max(a, b) })),
    fc.constant('ikke avklart'),
  );
  const costs = fc.array(amount, { minLength: 4, maxLength: 4 });
  const withCosts = (amounts: unknown[]) =>
    edited((p) => amounts.forEach((a, i) => (p.budsjett.kostnader[i].beløp = a)));

  it('names a year whose costs changed, with both sums as the documents write them, and no other', () => {
    fc.assert(
      fc.property(costs, costs, (a, b) => {
        const before = withCosts(a);
        const after = withCosts(b);
        const changes = diffSnapshots(snap(before), snap(after));
        for (const year of [2026, 2027, 2028]) {
          const lines = (p: Project) => p.budsjett.kostnader.filter((c) => c.år === year).map((c) => c.beløp);
          const old = formatSum(sumAmounts(lines(before)));
          const now = formatSum(sumAmounts(lines(after)));
          const c = changes.find((x) => x.key === `beløp/kostnader/${year}`);
          if (old === now) expect(c).toBeUndefined();
          else expect(c).toMatchObject({ change: 'changed', before: old, after: now });
        }
        // Swapping the two versions swaps before and after (the order may differ).
        const triples = (list: typeof changes, swap: boolean) =>
          list
            .map((c) => JSON.stringify([c.key, swap ? c.after : c.before, swap ? c.before : c.after]))
            .sort();
        expect(triples(diffSnapshots(snap(after), snap(before)), false)).toEqual(triples(changes, true));
      }),
      { numRuns: 40 },
    );
  });
});

describe('change section in a document', () => {
  const report = (changes: ChangeReport['changes']): ChangeReport => ({
    project: 'felles-ansvar',
    from: { source: 'git abc1234 (v1)', versjon: 'utkast 1', dato: '1. mars 2026' },
    to: { source: 'arbeidskopien', versjon: 'utkast 2', dato: '2. mars 2026' },
    changes,
  });
  const tree: DocumentTree = {
    type: 'document',
    meta: {} as DocumentTree['meta'],
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Innledning' }], source: { line: 1 } },
      {
        type: 'heading',
        level: 1,
        id: 'endringer',
        children: [{ type: 'text', text: 'Endringer' }],
        source: { line: 2 },
      },
    ],
  };

  it('goes before the first main heading, with an id of its own, and says when nothing changed', () => {
    const out = withChangesSection(tree, report([]), 'doc', '');
    expect(out.children.map((b) => b.type)).toEqual(['paragraph', 'section', 'heading']);
    const section = out.children[1]!;
    if (section.type !== 'section') throw new Error('not a section');
    const heading = section.children[0]!;
    expect(heading).toMatchObject({ type: 'heading', level: 1, id: 'endringer-2' });
    expect(JSON.stringify(section)).toContain('Ingenting av det dette dokumentet viser, er endret.');
  });

  it('shows a changed text only in documents that have its new wording', () => {
    const change = {
      key: 'felt/tekster.x',
      group: 'tekster' as const,
      kind: 'text' as const,
      change: 'changed' as const,
      label: 'Teksten «x»',
      before: 'Gammel tekst her',
      after: 'Ny tekst, med **uthevet** ord og 25. september',
    };
    expect(shownIn(change, 'a', 'Innledning\n\nNy tekst, med **uthevet** ord og 25\\. september\n')).toBe(
      true,
    );
    expect(shownIn(change, 'a', 'Noe helt annet')).toBe(false);
    expect(shownIn({ ...change, kind: 'value', docs: ['b'] }, 'a', '')).toBe(false);
    const section = changesSection(tree, report([change]), 'a', 'Noe helt annet');
    expect(JSON.stringify(section)).not.toContain('Teksten');
  });

  it('marks «Ikke avklart» in values as the documents do, also after a partial sum', () => {
    const section = changesSection(
      tree,
      report([
        {
          key: 'beløp/kostnader',
          group: 'beløp',
          kind: 'value',
          change: 'changed',
          label: 'Kostnader totalt',
          before: `${formatKroner(5)} + Ikke avklart`,
          after: formatKroner(7),
        },
      ]),
      'doc',
      '',
    );
    const list = section.children.find((b) => b.type === 'list')!;
    if (list.type !== 'list') throw new Error('no list');
    expect(list.items[0]!.children[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Kostnader totalt: ' },
        { type: 'text', text: 'fra ' },
        { type: 'text', text: `${formatKroner(5)} + ` },
        { type: 'unresolved', text: 'Ikke avklart' },
        { type: 'text', text: ' til ' },
        { type: 'strong', children: [{ type: 'text', text: formatKroner(7) }] },
      ],
    });
  });

  it('renders Markdown with the text escaped', () => {
    const md = renderMarkdown(
      report([
        {
          key: 'felt/prosjekt.x',
          group: 'annet',
          kind: 'value',
          change: 'changed',
          label: 'prosjekt.x',
          before: '*a*',
          after: '<b>',
        },
      ]),
    );
    expect(md).toContain('- prosjekt.x: \\*a\\* → **\\<b\\>**');
  });
});
