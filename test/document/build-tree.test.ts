import { mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineText, type Heading, type Table } from '../../src/tree/types.js';
import { deriveFacts } from '../../src/facts/derive.js';
import {
  loadSampleProject,
  loadSampleProjectWith,
  SAMPLE_DIR,
  TEMPLATES_DIR,
} from '../helpers/sample-project.js';
import { buildAll } from './build-all.js';
import { inlineRuns, treeText } from './tree-text.js';

const NB = (s: string) => s.replace(/ /g, '\u00a0');

describe('the sample project', () => {
  const results = buildAll(loadSampleProject(), true);
  it('builds all three documents without diagnostics', () => {
    expect([...results.keys()]).toEqual(['prosjektbeskrivelse', 'soknad-nfk', 'soknad-statsforvalteren']);
    for (const r of results.values()) {
      expect(r.diagnostics).toEqual([]);
      expect(r.tree).toBeDefined();
    }
  });
  it('fills the metadata from the project', () => {
    const nfk = results.get('soknad-nfk')!.tree!.meta;
    expect(nfk).toMatchObject({
      id: 'soknad-nfk',
      documentType: 'Søknad',
      title: 'Søknad om tilskudd til Felles Ansvar',
      shortTitle: 'Felles Ansvar – søknad til Nordland fylkeskommune',
      author: 'Polarsirkelrådet',
      project: 'Felles Ansvar – Polarsirkelrådet',
      recipient: 'Nordland fylkeskommune',
      applicant: 'Polarsirkelrådet',
      date: NB('16. september') + ' 2025',
      isoDate: '2025-09-16',
      version: 'utkast 1',
      lang: 'nb-NO',
      draft: true,
      attachments: [],
    });
    expect(nfk.subject).toContain('Søknad til Nordland fylkeskommune');
    const sf = results.get('soknad-statsforvalteren')!.tree!.meta;
    expect(sf.applicant).toBe('Vertskommunen');
    expect(results.get('prosjektbeskrivelse')!.tree!.meta).toMatchObject({
      documentType: 'Prosjektbeskrivelse',
      shortTitle: 'Felles Ansvar – prosjektbeskrivelse',
    });
  });
  it('opens a draft with a draft callout, and a final build without', () => {
    const first = results.get('soknad-nfk')!.tree!.children.find((b) => b.type === 'callout');
    expect(first).toMatchObject({ type: 'callout', kind: 'draft' });
    const final = buildAll(loadSampleProject(), false).get('soknad-nfk')!.tree!;
    expect(final.meta.draft).toBe(false);
    expect(final.children.some((b) => b.type === 'callout' && b.kind === 'draft')).toBe(false);
  });
  it('has both charts, each followed by a data table, and a signature', () => {
    for (const r of results.values()) {
      const kids = r.tree!.children;
      for (const kind of ['timeline', 'financing']) {
        const i = kids.findIndex((b) => b.type === 'chart' && b.chart === kind);
        expect(i).toBeGreaterThan(-1);
        expect(kids[i + 1]!.type).toBe('table');
      }
      expect(kids.at(-1)).toMatchObject({ type: 'signature', place: 'Mo i Rana' });
    }
  });
  it('keeps the county application in the portal form order with the short description', () => {
    const tree = results.get('soknad-nfk')!.tree!;
    const headings = tree.children
      .filter((b): b is Heading => b.type === 'heading' && b.level === 1)
      .map((b) => inlineText(b.children));
    expect(headings).toEqual([
      'Søker og kontaktperson',
      'Prosjektnavn',
      'Kort beskrivelse',
      'Bakgrunn',
      'Mål',
      'Målgruppe',
      'Forankring',
      'Organisering',
      'Aktiviteter og milepæler',
      'Kostnadsplan',
      'Finansieringsplan',
      'Søknadsbeløp',
      'Åpne spørsmål',
      'Vedlegg',
      'Underskrift',
    ]);
    const i = tree.children.findIndex(
      (b) => b.type === 'heading' && inlineText(b.children) === 'Kort beskrivelse',
    );
    const short = tree.children[i + 1]!;
    if (short.type !== 'paragraph') throw new Error('expected a paragraph');
    expect([...inlineText(short.children)].length).toBeLessThanOrEqual(500);
  });
  it('shows every unresolved item as «Ikke avklart» next to its label', () => {
    const facts = deriveFacts(loadSampleProject());
    const tables = results
      .get('prosjektbeskrivelse')!
      .tree!.children.filter((b): b is Table => b.type === 'table');
    const rows = tables.flatMap((t) => t.body);
    expect(facts.unresolved.length).toBeGreaterThan(20);
    for (const item of facts.unresolved) {
      const row = rows.find((r) => inlineText(r.cells[0]!.children) === item.label);
      expect(row, item.label).toBeDefined();
      expect(row!.cells[1]!.children).toEqual([{ type: 'unresolved', text: 'Ikke avklart' }]);
    }
  });
  it('marks undecided values where they are used, in every document', () => {
    for (const r of results.values()) {
      const text = treeText(r.tree!);
      expect(text).toMatch(/Søknadsfrist.*Ikke avklart|Ikke avklart.*Søknadsfrist/);
      expect(text).toContain('Nordland fylkeskommune | Kontant | Ikke avklart | Ikke avklart | Ikke avklart');
      const marked = inlineRuns(r.tree!.children)
        .flat()
        .filter((n) => n.type === 'unresolved');
      expect(marked.length).toBeGreaterThan(10);
    }
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });
  it('wins over the content date for the metadata date', () => {
    process.env.SOURCE_DATE_EPOCH = '1767225600'; // 2026-01-01T00:00:00Z
    const meta = buildAll(loadSampleProject()).get('soknad-nfk')!.tree!.meta;
    expect(meta.isoDate).toBe('2026-01-01');
    expect(meta.date).toBe(NB('16. september') + ' 2025');
  });
});

describe('attachments', () => {
  function projectDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'prosjekt-'));
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'sak.pdf'), '%PDF-1.4\n');
    return dir;
  }
  it('resolves a local PDF to an absolute path', () => {
    const dir = projectDir();
    const p = loadSampleProjectWith((x) => x.vedlegg!.push({ tittel: 'Saksframlegg', fil: 'sak.pdf' }));
    const r = buildAll(p, false, dir).get('soknad-nfk')!;
    expect(r.diagnostics).toEqual([]);
    expect(r.tree!.meta.attachments).toEqual([{ title: 'Saksframlegg', path: join(dir, 'sak.pdf') }]);
  });
  it('reports a file outside the project folder or missing, with no tree', () => {
    const dir = projectDir();
    const p = loadSampleProjectWith((x) => {
      x.vedlegg!.push({ tittel: 'Utenfor', fil: '../hemmelig.pdf' });
      x.vedlegg!.push({ tittel: 'Mangler', fil: 'mangler.pdf' });
    });
    const r = buildAll(p, false, dir).get('prosjektbeskrivelse')!;
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { severity: 'error', rule: 'document/attachment', path: 'vedlegg[2].fil' },
      { severity: 'error', rule: 'document/attachment', path: 'vedlegg[3].fil' },
    ]);
  });
});

describe('numbers come from the content', () => {
  it('a changed budget number changes in every document', () => {
    const before = [...buildAll(loadSampleProject()).values()].map((r) => treeText(r.tree!));
    const after = [
      ...buildAll(
        loadSampleProjectWith((p) => {
          p.budsjett.kostnader[0]!.beløp = 2_750_000;
          p.budsjett.finansiering[0]!.beløp = 1_234_567;
        }),
      ).values(),
    ].map((r) => treeText(r.tree!));
    for (const [i, text] of after.entries()) {
      expect(before[i]).toContain('7 500 000–9 000 000 kr');
      expect(text).not.toContain('7 500 000–9 000 000 kr');
      expect(text).toContain('2 750 000 kr');
      expect(text).toContain('7 750 000–8 750 000 kr + Ikke avklart');
      expect(text).toContain('1 234 567 kr');
      expect(before[i]).not.toContain('1 234 567 kr');
    }
  });
  it('templates type no numbers (only list markers)', () => {
    const files = [
      ...readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.hbs')),
      ...readdirSync(join(TEMPLATES_DIR, 'partials')).map((f) => join('partials', f)),
    ];
    for (const f of files) {
      const text = readFileSync(join(TEMPLATES_DIR, f), 'utf8').replace(/^1\. /gm, '');
      expect({ file: f, digits: text.match(/\d+/g) }).toEqual({ file: f, digits: null });
    }
  });
});
