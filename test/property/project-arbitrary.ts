/**
 * fast-check generator of valid projects that look nothing like the samples: invented municipality and
 * funder names, 1–12 municipalities, 1–5 applications to recipients of random types, optional sections
 * present, absent or null, short and long texts. Budgets balance per year with exact amounts, so every
 * generated project passes `check` (warnings, such as open values, are allowed in a draft).
 */
import fc from 'fast-check';
import type {
  DocumentSpec,
  FinancingLine,
  CostLine,
  Partner,
  PartnerType,
  Project,
  TextPlace,
} from '../../src/model/project.js';

const PLACES = ['Aldal', 'Bjørkvik', 'Dypfjord', 'Eidsvær', 'Fjellmo', 'Grønnøy', 'Holmvik'];
const MORE = ['Isvatn', 'Jarnes', 'Kvitsand', 'Lysfjord', 'Myrstad', 'Nordvær', 'Oddvik', 'Tindfjell'];
const MUNICIPALITIES = [...PLACES, ...MORE];
const WORDS = ['tiltak', 'samarbeid', 'ungdom', 'kultur', 'helse', 'skole', 'idrett', 'natur', 'trygghet'];
const TEXT_PLACES: TextPlace[] = [
  'bakgrunn',
  'modell',
  'situasjon',
  'mål',
  'målgruppe',
  'organisering',
  'tidsplan',
  'budsjett',
  'søknadsbeløp',
  'slutt',
];

/** A sentence of plain words; long texts repeat it into several paragraphs. */
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 })
  .map((w) => `${w.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
const text = fc.oneof(
  sentence,
  fc
    .array(sentence, { minLength: 4, maxLength: 12 })
    .map((s) => `${s.slice(0, 4).join(' ')}\n\n${s.join(' ')}`),
);

/** Present, absent (undefined) or null: the three ways an optional field can reach the templates. */
function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined | null> {
  return fc.oneof(arb, fc.constant(undefined), fc.constant(null));
}

/** Removes keys whose value is undefined (absent), keeping null. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export interface Generated {
  project: Project;
  /** The same project without null fields, as valid YAML content would be. */
  valid: Project;
}

const recipientType = fc.constantFrom<PartnerType>('fylkeskommune', 'stat', 'annen', 'annen');

export const projectArbitrary: fc.Arbitrary<Generated> = fc
  .record({
    kommuner: fc.uniqueArray(fc.constantFrom(...MUNICIPALITIES), { minLength: 1, maxLength: 12 }),
    deltakelse: fc.array(fc.constantFrom('ja', 'ja', 'nei', 'ikke avklart'), {
      minLength: 12,
      maxLength: 12,
    }),
    attribute: fc.option(fc.constantFrom('Frivilligsentral', 'Kulturskole'), { nil: undefined }),
    applicantType: fc.constantFrom<PartnerType>('regionråd', 'kommune', 'annen'),
    recipients: fc.array(recipientType, { minLength: 1, maxLength: 5 }),
    description: fc.boolean(),
    startYear: fc.integer({ min: 2026, max: 2030 }),
    years: fc.integer({ min: 1, max: 3 }),
    costs: fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 3 }),
    texts: fc.record({ bakgrunn: text, modell: text, kortbeskrivelse: sentence }),
    placed: fc.record({
      utrulling: optional(text),
      begrunnelse: optional(text),
      finansieringsramme: optional(text),
      overføringsverdi: optional(text),
    }),
    own: fc.option(fc.record({ overskrift: sentence, etter: fc.constantFrom(...TEXT_PLACES), tekst: text }), {
      nil: undefined,
    }),
    signatory: fc.boolean(),
    delmål: fc.array(fc.record({ tekst: sentence, indikator: fc.option(sentence, { nil: undefined }) }), {
      maxLength: 3,
    }),
    findings: optional(fc.array(fc.record({ tema: sentence, sammendrag: sentence }), { maxLength: 3 })),
    structures: optional(fc.array(fc.record({ navn: sentence, beskrivelse: sentence }), { maxLength: 2 })),
    assessment: optional(text),
    models: optional(fc.array(fc.record({ navn: sentence }), { maxLength: 2 })),
    questions: optional(fc.array(sentence, { maxLength: 2 })),
    decision: optional(fc.array(sentence, { minLength: 1, maxLength: 2 })),
    attachments: optional(fc.array(sentence, { maxLength: 2 })),
    factors: optional(fc.array(sentence, { maxLength: 2 })),
    cases: fc.array(fc.integer({ min: 1, max: 99 }), { maxLength: 2 }),
    resources: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    orgDescription: optional(sentence),
    age: optional(fc.integer({ min: 6, max: 20 })),
    decisionStep: fc.boolean(),
  })
  .map((g) => {
    const kommuner = g.kommuner.map((navn, i) => ({
      id: `k${i}`,
      navn,
      deltakelse: g.deltakelse[i] as 'ja' | 'nei' | 'ikke avklart',
      ...(g.attribute ? { egenskaper: { [g.attribute]: i % 2 === 0 } } : {}),
    }));
    const hostCandidate = kommuner.find((k) => k.deltakelse !== 'nei');
    const vertskommune = hostCandidate?.id ?? 'ikke avklart';
    const applicant: Partner = {
      id: 'soker',
      navn: g.applicantType === 'kommune' ? `${g.kommuner[0]} kommune` : `${g.kommuner[0]}rådet`,
      type: g.applicantType,
      rolle: 'Eier og leder prosjektet.',
    };
    const funders: Partner[] = g.recipients.map((type, i) => ({
      id: `giver${i}`,
      navn:
        type === 'fylkeskommune'
          ? `Fjordland fylkeskommune ${i + 1}`
          : type === 'stat'
            ? `Statsforvalteren i Fjordland ${i + 1}`
            : `Stiftelsen Lysvik ${i + 1}`,
      type,
      rolle: 'Finansierer prosjektet.',
    }));
    const years = Array.from({ length: g.years }, (_, i) => g.startYear + i);
    const kostnader: CostLine[] = years.flatMap((år) =>
      g.costs.map((c, j) => ({
        kategori: `Kategori ${j + 1}`,
        beskrivelse: `Post ${j + 1}`,
        år,
        beløp: c * 10_000,
      })),
    );
    // Each year's costs are split evenly over the funders; the applicant covers the rest in kind.
    const finansiering: FinancingLine[] = years.flatMap((år) => {
      const total = g.costs.reduce((a, c) => a + c * 10_000, 0);
      const share = Math.floor(total / (funders.length + 1) / 1000) * 1000;
      return [
        ...funders.map((f) => ({ kilde: f.id, form: 'kontant' as const, år, beløp: share })),
        { kilde: 'soker', form: 'naturalia' as const, år, beløp: total - share * funders.length },
      ];
    });
    const applications: DocumentSpec[] = funders.map((f, i) => ({
      id: `soknad-${i}`,
      type: 'søknad',
      tittel: `Søknad ${i + 1} om tilskudd`,
      mottaker: f.id,
      søkt_beløp: years.map((år) => ({
        år,
        beløp: finansiering.find((x) => x.kilde === f.id && x.år === år)!.beløp,
      })),
      ...(g.signatory ? { underskriver: { navn: 'Siri Fjell', tittel: 'daglig leder' } } : {}),
      ...(f.type === 'stat' ? { regler: { kun_kommune_kan_søke: true } } : {}),
    }));
    const dokumenter: DocumentSpec[] = [
      ...(g.description
        ? [{ id: 'beskrivelse', type: 'prosjektbeskrivelse' as const, tittel: 'Beskrivelse' }]
        : []),
      ...applications,
    ];
    const mark = (v: unknown) => v; // keeps null as null and undefined as absent
    const project = clean({
      prosjekt: {
        tittel: 'Prosjekt Lysvik',
        kortnavn: 'Lysvik',
        saksreferanser: g.cases.map((n) => ({ sak: `Sak ${n}/27` })),
        søker: clean({
          partner: 'soker',
          via: g.applicantType === 'kommune' ? undefined : 'vertskommunen',
        }),
        kontaktperson: { navn: 'Siri Fjell', rolle: 'Prosjektleder', organisasjon: 'soker' },
        sted: g.kommuner[0]!,
        dato: `${g.startYear - 1}-09-01`,
      },
      tekster: clean({
        ...g.texts,
        ...g.placed,
        ...(g.own ? { egen: g.own } : {}),
      }),
      målgruppe: clean({ beskrivelse: 'Alle innbyggere.', alder_fra: mark(g.age) }),
      mål: { hovedmål: [{ tekst: 'Et bedre lokalsamfunn.' }], delmål: g.delmål.map((d) => clean(d)) },
      suksessfaktorer: g.factors && g.factors.map((tekst) => ({ tekst })),
      organisering: clean({
        prosjekteier: 'soker',
        arbeidsgiver: g.applicantType === 'kommune' ? 'soker' : 'vertskommunen',
        beskrivelse: mark(g.orgDescription),
        ansvar: ['Søkeren leder prosjektet.'],
        ressurser: g.resources ? { stillinger_minimum: g.resources } : {},
      }),
      kunnskapsgrunnlag:
        g.findings &&
        clean({
          rapport: { tittel: 'Rapport om Lysvik', år: g.startYear - 2 },
          funn: g.findings.map((f, i) => ({ ...f, sider: String(i + 1) })),
        }),
      eksisterende_strukturer: g.structures,
      vurdering_av_regionen: g.assessment,
      partnere: [applicant, ...funders],
      referansemodeller: g.models,
      kommuner,
      vertskommune,
      prosjektperiode: { start: `${g.startYear}-01`, slutt: `${g.startYear + g.years - 1}-12` },
      tidsplan: [
        ...(g.decisionStep
          ? [{ id: 'vedtak', tittel: 'Vedtak', dato: `${g.startYear - 1}-06`, type: 'vedtak' as const }]
          : []),
        { id: 'start', tittel: 'Oppstart', dato: `${g.startYear}-02`, type: 'milepæl' as const },
      ],
      budsjett: { kostnader, finansiering },
      åpne_spørsmål: g.questions && g.questions.map((spørsmål, i) => ({ id: `q${i}`, spørsmål })),
      forslag_til_vedtak: g.decision && { organ: 'Styret', punkter: g.decision },
      vedlegg: g.attachments && g.attachments.map((tittel) => ({ tittel })),
      dokumenter,
    }) as unknown as Project;
    return { project, valid: withoutNulls(project) };
  });

/** A deep copy without null values (YAML content has no null optional fields; the schema forbids them). */
function withoutNulls<T>(v: T): T {
  if (Array.isArray(v)) return v.map(withoutNulls) as T;
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, withoutNulls(x)]),
    ) as T;
  return v;
}
