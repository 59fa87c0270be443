/**
 * Applications to any recipient, with the complete sample content/fritid-for-alle (a county, the State
 * Administrator and a savings-bank foundation): the template is chosen by the recipient's type, the
 * general template names no portal, every application is signed by whoever the content says, own texts
 * stand under their own heading where the content places them, and names read as Norwegian prose.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/content/check.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import { hasPortalExport, templateName } from '../../src/document/template-name.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { municipalityName } from '../../src/facts/applicant.js';
import type { Project } from '../../src/model/project.js';
import { inlineText, type Block, type DocumentTree, type Signature } from '../../src/tree/types.js';
import { treeTexts } from '../pdf/tree-text.js';
import { loadSampleProjectWith } from '../helpers/sample-project.js';

let project: Project;
const trees = new Map<string, DocumentTree>();

beforeAll(async () => {
  const checked = await checkProject('content/fritid-for-alle', { final: true });
  expect(checked.diagnostics).toEqual([]);
  project = checked.project!;
  const facts = deriveFacts(project);
  for (const doc of project.dokumenter) {
    const r = buildDocumentTree(project, facts, doc, {
      projectDir: 'content/fritid-for-alle',
      templatesDir: 'templates',
      draft: false,
    });
    expect(r.diagnostics).toEqual([]);
    trees.set(doc.id, r.tree!);
  }
});

const headings = (t: DocumentTree, maxLevel = 6) =>
  t.children
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level <= maxLevel)
    .map((h) => inlineText(h.children));
const text = (id: string) =>
  treeTexts(trees.get(id)!)
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');
const signature = (id: string) =>
  trees.get(id)!.children.find((b): b is Signature => b.type === 'signature')!;

describe('the template for each recipient', () => {
  it('is chosen by the recipient type; a recipient of type annen gets the general template', () => {
    const name = (id: string) =>
      templateName(
        project.dokumenter.find((d) => d.id === id)!,
        project,
        'templates',
      );
    expect(name('soknad-nfk')).toBe('soknad-fylkeskommune.md.hbs');
    expect(name('soknad-statsforvalteren')).toBe('soknad-statsforvalteren.md.hbs');
    expect(name('soknad-stiftelsen')).toBe('soknad.md.hbs');
    expect(name('prosjektbeskrivelse')).toBe('prosjektbeskrivelse.md.hbs');
  });

  it('is a template named after the recipient id when the templates folder has one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-tpl-'));
    writeFileSync(join(dir, 'stiftelsen.md.hbs'), '# Egen mal\n');
    const doc = project.dokumenter.find((d) => d.id === 'soknad-stiftelsen')!;
    expect(templateName(doc, project, dir)).toBe('stiftelsen.md.hbs');
  });

  it('makes a portal field list only for the county and the State Administrator', () => {
    const portal = project.dokumenter.filter((d) => hasPortalExport(d, project)).map((d) => d.id);
    expect(portal).toEqual(['soknad-nfk', 'soknad-statsforvalteren']);
  });

  it('the general application names no portal or form, and says whom it applies to', () => {
    expect(text('soknad-stiftelsen')).not.toMatch(/portal|skjema/i);
    expect(text('soknad-stiftelsen')).toContain(
      'Det søkes om 900 000 kr fra Sparebankstiftelsen Helgeland (Gaver til allmennyttige formål).',
    );
  });

  it('the State Administrator application describes what the project does, as its field list does', () => {
    expect(headings(trees.get('soknad-statsforvalteren')!)).toContain('Tiltaket');
    expect(text('soknad-statsforvalteren')).toContain('felles utstyrssentral');
  });
});

describe('who signs', () => {
  it('each application is signed by its signatory; the State Administrator one by the host municipality', () => {
    expect(signature('soknad-statsforvalteren').signers).toEqual([
      { name: 'Eva Hansen', role: 'Ordfører', organisation: 'Brønnøy kommune' },
    ]);
    expect(signature('soknad-stiftelsen').signers).toEqual([
      { name: 'Ingrid Solvang', role: 'Daglig leder', organisation: 'Sør-Helgeland regionråd' },
    ]);
  });

  it('an application without a signatory shows the open value, never the contact person', () => {
    const p = loadSampleProjectWith((x) => delete x.dokumenter[1]!.underskriver);
    const r = buildDocumentTree(p, deriveFacts(p), p.dokumenter[1]!, {
      projectDir: 'content/felles-ansvar',
      templatesDir: 'templates',
      draft: true,
    });
    const s = r.tree!.children.find((b): b is Signature => b.type === 'signature')!;
    expect(s.signers).toEqual([
      { name: 'Ikke avklart', role: 'Ikke avklart', organisation: 'Polarsirkelrådet' },
    ]);
  });
});

describe('own texts', () => {
  it('stand under their own heading after the section the content names, in every document', () => {
    for (const id of ['prosjektbeskrivelse', 'soknad-nfk', 'soknad-statsforvalteren', 'soknad-stiftelsen']) {
      // Sections only: the own text follows the «Mål» section with its subsections («Delmål»).
      const h = headings(trees.get(id)!, 1);
      expect({ id, after: h[h.indexOf('Forventede gevinster') - 1] }).toEqual({ id, after: 'Mål' });
    }
  });
});

describe('wording for any data', () => {
  it('a municipality meant as the municipality reads «X kommune», once', () => {
    expect(municipalityName('Vefsn')).toBe('Vefsn kommune');
    expect(municipalityName('Kommune A')).toBe('Kommune A');
    expect(municipalityName('Snåase kommune')).toBe('Snåase kommune');
  });

  it('the applicant, the employer and the host municipality are named in full, each once', () => {
    const sf = text('soknad-statsforvalteren');
    expect(sf).toContain(
      'Søknaden sendes av Brønnøy kommune som vertskommune, på vegne av kommunene som deltar.',
    );
    // All five take part: the list of municipalities is not repeated beside the applicant line.
    expect(sf.match(/Brønnøy, Vega, Vevelstad, Sømna og Bindal/g)).toHaveLength(1);
    expect(text('prosjektbeskrivelse')).toContain('Arbeidsgiver er Brønnøy kommune (vertskommune).');
    expect(text('soknad-nfk')).toContain(
      'Sør-Helgeland regionråd v/Brønnøy kommune (vertskommune), på vegne av kommunene på Sør-Helgeland',
    );
  });

  it('the municipality table writes participation and attributes with the same capitals', () => {
    const table = trees
      .get('prosjektbeskrivelse')!
      .children.find((b) => b.type === 'table' && inlineText(b.caption ?? []) === 'Kommunene i regionen');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.header[0]!.cells.map((c) => inlineText(c.children))).toEqual([
      'Kommune',
      'Deltakelse',
      'Frivilligsentral',
    ]);
    const cells = table.body.flatMap((r) => r.cells.slice(1).map((c) => inlineText(c.children)));
    expect(new Set(cells)).toEqual(new Set(['Ja', 'Nei']));
  });
});

describe('table captions', () => {
  it('say «Beløp med spenn er anslag» only where the table has an estimate', () => {
    const captions = (id: string) =>
      trees
        .get(id)!
        .children.filter((b) => b.type === 'table' && b.caption)
        .map((b) => (b.type === 'table' && b.caption ? inlineText(b.caption) : ''));
    const all = [...trees.keys()].flatMap(captions);
    // The complete sample has exact amounts only.
    expect(all.filter((c) => c.includes('anslag'))).toEqual([]);
    expect(all.some((c) => c.startsWith('Finansieringsplan per kilde og år'))).toBe(true);
  });
});

describe('the draft notice', () => {
  const notice = async (dir: string) => {
    const p = (await checkProject(dir, { final: false })).project!;
    const r = buildDocumentTree(p, deriveFacts(p), p.dokumenter[0]!, {
      projectDir: dir,
      templatesDir: 'templates',
      draft: true,
    });
    const callout = r.tree!.children.find((b) => b.type === 'callout')!;
    return treeTexts({ ...r.tree!, children: [callout] }).join(' ');
  };

  it('speaks of marked open values only when the project has some', async () => {
    const complete = await notice('content/fritid-for-alle');
    expect(complete).toContain('Dette er et utkast');
    expect(complete).not.toContain('Ikke avklart');
    expect(await notice('content/felles-ansvar')).toContain(
      'Opplysninger merket Ikke avklart er ennå ikke bestemt',
    );
  });
});
