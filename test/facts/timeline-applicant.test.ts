import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../../src/facts/derive.js';
import { findUnresolved } from '../../src/model/unresolved.js';
import { loadSampleProject, loadSampleProjectWith } from '../helpers/sample-project.js';

const project = loadSampleProject();
const facts = deriveFacts(project);

const NB = '\u00a0';

describe('period and timeline', () => {
  it('derives the period end from start and duration', () => {
    expect(facts.period).toMatchObject({
      start: '2026-T1',
      end: '2029-T1',
      startIso: '2026-01-01',
      endIso: '2029-04-30',
      tentative: true,
    });
    expect(facts.period.text.replace(/\u00a0/g, ' ')).toBe('1. tertial 2026 – 1. tertial 2029');
  });
  it('spans the timeline over the steps and the period, month-aligned', () => {
    expect(facts.timeline.chart.start).toBe('2025-06-01');
    expect(facts.timeline.chart.end).toBe('2029-04-30');
    expect(facts.timeline.chart.rows).toHaveLength(13);
  });
  it('describes the chart in Norwegian', () => {
    expect(facts.timeline.alt).toBe(
      'Tidslinje fra juni 2025 til april 2029 med 13 steg; søknadsfristene og prosjektperioden er ikke avklart. ' +
        `Stegene «Arbeidsmøte Polarsirkelrådet og politiet i Rana» (4.${NB}juli 2025 og 22.${NB}august 2025) ` +
        'står på samme rad.',
    );
  });
  it('marks points, ranges and tentative rows', () => {
    const rows = facts.timeline.chart.rows;
    expect(rows[0]).toMatchObject({ shape: 'point', start: '2025-06-26', tentative: false });
    const frist = rows.find((r) => r.label === 'Søknadsfrist Nordland fylkeskommune')!;
    expect(frist).toMatchObject({ shape: 'range', start: '2025-12-01', end: '2026-01-31', tentative: true });
    expect(frist.dateText).toBe('desember 2025 / januar 2026');
  });
});

describe('applicants', () => {
  it('Polarsirkelrådet applies via the host municipality to the county', () => {
    const a = facts.documents['soknad-nfk']!.applicant;
    expect(a.organisation).toBe('Polarsirkelrådet');
    expect(a.municipalityApplies).toBe(false);
    expect(a.text).toBe(
      'Polarsirkelrådet v/vertskommunen (ikke avklart), på vegne av kommunene i Polarsirkelrådet',
    );
  });
  it('the host municipality applies for skjønnsmidler on behalf of the participating municipalities', () => {
    const a = facts.documents['soknad-statsforvalteren']!.applicant;
    expect(a.municipalityApplies).toBe(true);
    expect(a.organisation).toBeNull();
    const decided = deriveFacts(
      loadSampleProjectWith((p) => {
        p.vertskommune = 'rana';
        p.kommuner[0]!.deltakelse = 'ja';
        p.kommuner[1]!.deltakelse = 'ja';
      }),
    ).documents['soknad-statsforvalteren']!.applicant;
    expect(decided.text).toBe('Rana kommune (vertskommune), på vegne av kommunene Rana og Hemnes');
  });
});

describe('unresolved items', () => {
  it('lists every unresolved value with a label and its open question', () => {
    const { åpne_spørsmål: _q, ...rest } = project;
    expect(facts.unresolved).toHaveLength(findUnresolved(rest).length);
    const host = facts.unresolved.find((u) => u.path === 'vertskommune')!;
    expect(host).toMatchObject({ label: 'Vertskommune', question: 'Hvem blir vertskommune?' });
    const nesna = facts.unresolved.find((u) => u.label === 'Deltakelse: Nesna')!;
    expect(nesna.question).toBe('Hvilke kommuner deltar?');
    expect(facts.unresolved.find((u) => u.path === 'budsjett.finansiering[0].beløp')!.label).toBe(
      'Finansiering: Nordland fylkeskommune (kontant)',
    );
  });
});
