import { isMap, isSeq, type Document } from 'yaml';
import { SCALAR_VALUES, walkSample, type YamlPath } from './scalars.js';

/** How much to build when the check passes. */
export type BuildScope = 'nfk-pdf' | 'all-pdf' | 'full';

/** One single change to the sample project's YAML. */
export interface Mutation {
  name: string;
  file: string;
  edit: (doc: Document) => void;
  scope: BuildScope;
}

const show = (p: YamlPath) =>
  p
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .slice(1);
const set = (path: YamlPath, value: unknown) => (doc: Document) => doc.setIn(path, doc.createNode(value));

/**
 * Every scalar of the sample replaced by one of the hostile values, rotating through the values so that
 * each scalar is hit once and each value lands on many different fields. Every seventh case builds all
 * three documents (PDF), every 25th also the DOCX; the rest only soknad-nfk as PDF.
 */
export function scalarMutations(): Mutation[] {
  return walkSample().scalars.map((s, i) => {
    const v = SCALAR_VALUES[i % SCALAR_VALUES.length]!;
    return {
      name: `${s.file} ${show(s.path)} = ${v.name}`,
      file: s.file,
      edit: set(s.path, v.value),
      scope: i % 25 === 0 ? 'full' : i % 7 === 0 ? 'all-pdf' : 'nfk-pdf',
    };
  });
}

/** Fields that reach headers, metadata, bookmarks, charts and tables: each gets every hostile value. */
const HOT_FIELDS: [string, YamlPath][] = [
  ['prosjekt.yaml', ['prosjekt', 'tittel']],
  ['prosjekt.yaml', ['prosjekt', 'kortnavn']],
  ['dokumenter.yaml', ['dokumenter', 0, 'tittel']],
  ['dokumenter.yaml', ['dokumenter', 1, 'tittel']],
  ['prosjekt.yaml', ['tekster', 'kortbeskrivelse']],
  ['partnere.yaml', ['partnere', 0, 'navn']],
  ['tidsplan.yaml', ['tidsplan', 2, 'tittel']],
  ['budsjett.yaml', ['budsjett', 'kostnader', 0, 'kategori']],
  ['partnere.yaml', ['kommuner', 0, 'navn']],
  ['avklaringer.yaml', ['vedlegg', 0, 'tittel']],
];

/** Every hostile value in each of the fields above (names not already in the rotation). */
export function hotFieldMutations(): Mutation[] {
  const out: Mutation[] = [];
  HOT_FIELDS.forEach(([file, path], f) =>
    SCALAR_VALUES.forEach((v, i) =>
      out.push({
        name: `${file} ${show(path)} = ${v.name} (all values)`,
        file,
        edit: set(path, v.value),
        scope: (i + f) % 5 === 0 ? 'full' : 'all-pdf',
      }),
    ),
  );
  return out;
}

/** Every list emptied, every list with its items twice (which also duplicates ids). */
export function listMutations(): Mutation[] {
  const out: Mutation[] = [];
  for (const s of walkSample().seqs) {
    out.push({
      name: `${s.file} ${show(s.path)} emptied`,
      file: s.file,
      edit: set(s.path, []),
      scope: 'all-pdf',
    });
    out.push({
      name: `${s.file} ${show(s.path)} duplicated`,
      file: s.file,
      edit: (doc) => {
        const seq = doc.getIn(s.path, true);
        if (isSeq(seq))
          seq.items.push(...seq.items.map((n) => doc.createNode((n as { toJSON(): unknown }).toJSON())));
      },
      scope: 'nfk-pdf',
    });
  }
  return out;
}

/**
 * Keys removed: every key outside lists, and every key of each list's first item (the others are the same
 * fields again).
 */
export function keyMutations(): Mutation[] {
  return walkSample()
    .keys.filter((k) => !k.path.some((p) => typeof p === 'number' && p > 0))
    .map((k, i) => ({
      name: `${k.file} ${show(k.path)} removed`,
      file: k.file,
      edit: (doc: Document) => void doc.deleteIn(k.path),
      scope: i % 10 === 0 ? 'all-pdf' : 'nfk-pdf',
    }));
}

/** The second item of each list of records gets the first item's id. */
export function duplicateIdMutations(): Mutation[] {
  const lists: [string, YamlPath][] = [
    ['avklaringer.yaml', ['åpne_spørsmål']],
    ['budsjett.yaml', ['budsjett', 'kostnader']],
    ['dokumenter.yaml', ['dokumenter']],
    ['partnere.yaml', ['partnere']],
    ['partnere.yaml', ['kommuner']],
    ['tidsplan.yaml', ['tidsplan']],
  ];
  return lists.map(([file, path]) => ({
    name: `${file} ${show(path)}[1].id = [0].id`,
    file,
    edit: (doc: Document) => doc.setIn([...path, 1, 'id'], doc.getIn([...path, 0, 'id'])),
    scope: 'nfk-pdf',
  }));
}

/** Every field that names another record points at one that does not exist. */
export function referenceMutations(): Mutation[] {
  const refs: [string, YamlPath][] = [
    ['avklaringer.yaml', ['åpne_spørsmål', 0, 'gjelder']],
    ['avklaringer.yaml', ['åpne_spørsmål', 2, 'gjelder']],
    ['budsjett.yaml', ['budsjett', 'finansiering', 0, 'kilde']],
    ['dokumenter.yaml', ['dokumenter', 1, 'mottaker']],
    ['dokumenter.yaml', ['dokumenter', 2, 'mottaker']],
    ['kunnskapsgrunnlag.yaml', ['eksisterende_strukturer', 0, 'kommune']],
    ['partnere.yaml', ['vertskommune']],
    ['prosjekt.yaml', ['prosjekt', 'søker', 'partner']],
    ['prosjekt.yaml', ['prosjekt', 'kontaktperson', 'organisasjon']],
    ['prosjekt.yaml', ['organisering', 'prosjekteier']],
    ['prosjekt.yaml', ['organisering', 'arbeidsgiver']],
  ];
  return refs.map(([file, path]) => ({
    name: `${file} ${show(path)} -> finnes-ikke`,
    file,
    edit: set(path, 'finnes-ikke'),
    scope: 'nfk-pdf',
  }));
}

const DATES = [
  '2026',
  '2026-02',
  '2026-02-29',
  '2028-02-29',
  '2026-02-30',
  '2026-13',
  '2026-00-10',
  '2026-T0',
  '2026-T4',
  '2026-vår',
  '2026-haust',
  '2029-12-31/2026-01-01',
  '2026-03-01/2026-03-01',
  '2026-T1/2026-T1',
  '2025-12 eller 2026-01',
  '2026/2027/2028',
  '0000-01-01',
  '9999-12-31',
  'ikke avklart',
  '26.06.2025',
];
const DATE_FIELDS: [string, YamlPath][] = [
  ['tidsplan.yaml', ['prosjektperiode', 'start']],
  ['tidsplan.yaml', ['tidsplan', 0, 'dato']],
  ['tidsplan.yaml', ['tidsplan', 12, 'dato']],
  ['dokumenter.yaml', ['dokumenter', 1, 'frist']],
  ['prosjekt.yaml', ['prosjekt', 'dato']],
];

/** Dates at every precision, and invalid ones, in the fields that hold dates (one rotation). */
export function dateMutations(): Mutation[] {
  const out: Mutation[] = [];
  DATE_FIELDS.forEach(([file, path], f) => {
    DATES.forEach((d, i) => {
      if ((i + f) % 2 !== 0 && f !== 0) return;
      out.push({ name: `${file} ${show(path)} = ${d}`, file, edit: set(path, d), scope: 'all-pdf' });
    });
  });
  return out;
}

/** Amounts as backwards ranges, zeros, negatives and huge numbers; project periods of odd lengths. */
export function amountMutations(): Mutation[] {
  const cost = (i: number) => ['budsjett', 'kostnader', i, 'beløp'];
  const everyCost = (value: unknown) => (doc: Document) => {
    for (let i = 0; i < 4; i++) doc.setIn(cost(i), doc.createNode(value));
  };
  const everyFunding = (value: unknown) => (doc: Document) => {
    const seq = doc.getIn(['budsjett', 'finansiering'], true);
    if (isSeq(seq)) seq.items.forEach((_, i) => doc.setIn(['budsjett', 'finansiering', i, 'beløp'], value));
  };
  const b = 'budsjett.yaml';
  const m = (name: string, file: string, edit: (doc: Document) => void, scope: BuildScope = 'all-pdf') => ({
    name,
    file,
    edit,
    scope,
  });
  return [
    m('cost range fra > til', b, set(cost(0), { fra: 3000000, til: 2500000 })),
    m('cost range fra = til', b, set(cost(0), { fra: 2500000, til: 2500000 })),
    m('cost range negative', b, set(cost(0), { fra: -5, til: -1 })),
    m('cost range of floats', b, set(cost(0), { fra: 0.5, til: 1.5 })),
    m('cost range missing til', b, set(cost(0), { fra: 1 })),
    m('cost range with extra key', b, set(cost(0), { fra: 1, til: 2, om: 3 })),
    m('every cost 0', b, everyCost(0), 'full'),
    m('every cost 1', b, everyCost(1)),
    m('every cost -1', b, everyCost(-1)),
    m('every cost 1e15', b, everyCost(1e15), 'full'),
    m('every cost 9e15 range', b, everyCost({ fra: 9e15, til: 9.007e15 })),
    m('every cost Number.MAX_SAFE_INTEGER', b, everyCost(Number.MAX_SAFE_INTEGER)),
    m('every cost 1e300', b, everyCost(1e300)),
    m('every cost "2 500 000"', b, everyCost('2 500 000')),
    m('every funding 0', b, everyFunding(0)),
    m('every funding 1e15', b, everyFunding(1e15)),
    m('every funding range fra > til', b, everyFunding({ fra: 10, til: 1 })),
    m('every funding 1 (unbalanced)', b, everyFunding(1)),
    m('cost year 1900', b, set(['budsjett', 'kostnader', 0, 'år'], 1900)),
    m('cost year 9999', b, set(['budsjett', 'kostnader', 0, 'år'], 9999)),
    m('cost year 2026.5', b, set(['budsjett', 'kostnader', 0, 'år'], 2026.5)),
    m(
      'ressurser kostnadsramme fra > til',
      'prosjekt.yaml',
      set(['organisering', 'ressurser', 'kostnadsramme_per_år'], { fra: 3, til: 2 }),
    ),
    m('partner bidrag 1e15', 'partnere.yaml', set(['partnere', 0, 'bidrag', 0, 'beløp'], 1e15), 'full'),
    m(
      'partner bidrag range fra > til',
      'partnere.yaml',
      set(['partnere', 0, 'bidrag', 0, 'beløp'], { fra: 9, til: 1 }),
    ),
    m(
      'søkt beløp fra > til',
      'dokumenter.yaml',
      set(['dokumenter', 1, 'søkt_beløp', 0, 'beløp'], { fra: 9, til: 1 }),
    ),
    m('søkt beløp 1e15', 'dokumenter.yaml', set(['dokumenter', 1, 'søkt_beløp', 0, 'beløp'], 1e15)),
    m('varighet_år 0', 'tidsplan.yaml', set(['prosjektperiode', 'varighet_år'], 0)),
    m('varighet_år 1', 'tidsplan.yaml', set(['prosjektperiode', 'varighet_år'], 1)),
    m('varighet_år 200', 'tidsplan.yaml', set(['prosjektperiode', 'varighet_år'], 200)),
    m('varighet_år 0.5', 'tidsplan.yaml', set(['prosjektperiode', 'varighet_år'], 0.5)),
    m('one-day period', 'tidsplan.yaml', (doc) => {
      doc.deleteIn(['prosjektperiode', 'varighet_år']);
      doc.setIn(['prosjektperiode', 'start'], '2026-03-01');
      doc.setIn(['prosjektperiode', 'slutt'], '2026-03-01');
      const seq = doc.getIn(['tidsplan'], true);
      if (isSeq(seq)) seq.items.forEach((_, i) => doc.setIn(['tidsplan', i, 'dato'], '2026-03-01'));
    }),
  ];
}

const bigTable = () =>
  ['| Kommune | Antall | Merknad |', '|---|--:|---|']
    .concat(Array.from({ length: 2000 }, (_, i) => `| Kommune ${i} | ${i * 17} | rad ${i} |`))
    .join('\n');
const nestedList = () => Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- nivå ${i + 1}`).join('\n');
const megaParagraph = () =>
  Array.from({ length: 100_000 }, (_, i) => `ord${i % 97}`)
    .join(' ')
    .slice(0, 1 << 20);
const tallCell = () =>
  `| A | B |\n|---|---|\n| ${Array.from({ length: 4000 }, (_, i) => `ord${i}`).join(' ')} | x |`;
const wordCell = () => `| A | B |\n|---|---|\n| ${'y'.repeat(20_000)} | x |`;
const deepQuote = () => Array.from({ length: 50 }, (_, i) => '>'.repeat(i + 1) + ' sitat').join('\n');
const deepOrdered = () =>
  Array.from({ length: 50 }, (_, i) => `${'   '.repeat(i)}1. punkt ${i + 1}`).join('\n');

/** Huge or deeply nested Markdown in a text field that every document shows. */
export function markdownMutations(): Mutation[] {
  const fields: YamlPath[] = [
    ['tekster', 'bakgrunn'],
    ['tekster', 'kortbeskrivelse'],
  ];
  const bodies: [string, () => string][] = [
    ['2 000-row table', bigTable],
    ['50-level nested list', nestedList],
    ['1 MB paragraph', megaParagraph],
    ['table cell taller than a page', tallCell],
    ['table cell with a 20 000-char word', wordCell],
    ['50-level block quote', deepQuote],
    ['50-level ordered list', deepOrdered],
  ];
  const out: Mutation[] = [];
  for (const path of fields)
    for (const [name, body] of bodies)
      out.push({
        name: `prosjekt.yaml ${show(path)} = ${name}`,
        file: 'prosjekt.yaml',
        edit: (doc) => doc.setIn(path, body()),
        scope: path[1] === 'bakgrunn' && name === '2 000-row table' ? 'full' : 'nfk-pdf',
      });
  return out;
}

/** A top-level section replaced by a scalar, a list, or removed with its file left empty. */
export function sectionMutations(): Mutation[] {
  const out: Mutation[] = [];
  const files: [string, string][] = [
    ['budsjett.yaml', 'budsjett'],
    ['dokumenter.yaml', 'dokumenter'],
    ['prosjekt.yaml', 'prosjekt'],
    ['tidsplan.yaml', 'tidsplan'],
  ];
  for (const [file, key] of files) {
    out.push({ name: `${file} ${key} = "tekst"`, file, edit: set([key], 'tekst'), scope: 'nfk-pdf' });
    out.push({
      name: `${file} whole file a list`,
      file,
      edit: (doc) => {
        doc.contents = doc.createNode(['a']) as typeof doc.contents;
      },
      scope: 'nfk-pdf',
    });
    out.push({
      name: `${file} emptied`,
      file,
      edit: (doc) => {
        if (isMap(doc.contents)) doc.contents.items = [];
      },
      scope: 'nfk-pdf',
    });
  }
  return out;
}

export function allMutations(): Mutation[] {
  return [
    ...scalarMutations(),
    ...hotFieldMutations(),
    ...listMutations(),
    ...keyMutations(),
    ...duplicateIdMutations(),
    ...referenceMutations(),
    ...dateMutations(),
    ...amountMutations(),
    ...markdownMutations(),
    ...sectionMutations(),
  ];
}
