import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangeReport } from '../../src/changes/diff.js';
import { formatDate } from '../../src/format/date.js';
import { formatKroner, formatKronerRange } from '../../src/format/number.js';
import { copySample, editYaml } from '../e2e/fixture-project.js';
import { docxText, pdfBodyText, squash } from '../e2e/read-outputs.js';
import { CLI } from '../cli-run.js';
import { commitAll, git, grantdocs, repoWithSample, TEMPLATES } from './git-repo.js';

const PROJECT = 'content/felles-ansvar';
const NFK = 'Søknad om tilskudd til Felles Ansvar';
let repo: string;
let project: string;
let empty: string;
let previousOut: string;

/** The edits between the two commits: amounts, a date, a partner, municipalities, questions, a text. */
function editProject(dir: string): void {
  editYaml(dir, 'prosjekt.yaml', (doc) => {
    doc.setIn(['prosjekt', 'versjon'], 'utkast 2');
    doc.setIn(['prosjekt', 'dato'], '2025-10-01');
    const text = String(doc.getIn(['tekster', 'bakgrunn']));
    doc.setIn(['tekster', 'bakgrunn'], text.replace('tatt initiativ', 'tatt initiativet'));
  });
  editYaml(dir, 'budsjett.yaml', (doc) => {
    doc.setIn(['budsjett', 'kostnader', 0, 'beløp'], 2800000);
    doc.setIn(['budsjett', 'finansiering', 0, 'år'], 2026);
    doc.setIn(['budsjett', 'finansiering', 0, 'beløp'], 1400000);
  });
  editYaml(dir, 'tidsplan.yaml', (doc) => {
    doc.setIn(['tidsplan', 5, 'dato'], '2025-10-08');
  });
  editYaml(dir, 'partnere.yaml', (doc) => {
    doc.addIn(
      ['partnere'],
      doc.createNode({
        id: 'frivilligsentralen',
        navn: 'Rana frivilligsentral',
        type: 'annen',
        rolle: 'Stiller med frivillige til aktiviteter.',
      }),
    );
    doc.deleteIn(['kommuner', 5]);
    doc.set('vertskommune', 'rana');
  });
  editYaml(dir, 'avklaringer.yaml', (doc) => {
    doc.deleteIn(['åpne_spørsmål', 1]);
    doc.addIn(
      ['åpne_spørsmål'],
      doc.createNode({ id: 'lokaler', spørsmål: 'Hvor skal fagstillingene sitte?', ansvarlig: 'Politiet' }),
    );
  });
  editYaml(dir, 'dokumenter.yaml', (doc) => {
    doc.setIn(['dokumenter', 1, 'søkt_beløp', 0, 'beløp'], 1400000);
  });
}

beforeAll(() => {
  ({ repo, project } = repoWithSample());
  // A first commit without the project, then the project, then the edited project.
  git(repo, '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'tom');
  empty = git(repo, 'rev-parse', 'HEAD').trim();
  commitAll(repo, 'utkast 1');
  previousOut = mkdtempSync(join(tmpdir(), 'gd-forrige-'));
  const old = grantdocs(repo, [
    'build',
    PROJECT,
    '--only',
    'prosjektbeskrivelse',
    '--format',
    'docx',
    '--out',
    previousOut,
    '--templates',
    TEMPLATES,
  ]);
  expect(old.stderr).toContain('Ingen feil');
  editProject(project);
  commitAll(repo, 'utkast 2');
}, 60_000);

function noStack(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('grantdocs endringer --fra <git-ref>', () => {
  it('names each change with its old and new value, formatted as in the documents', () => {
    const r = grantdocs(repo, ['endringer', PROJECT, '--fra', 'HEAD~1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const expected = [
      '## felles-ansvar: endringer siden utkast 1',
      '- Versjon: utkast 1 → **utkast 2**',
      `- Dato: ${formatDate('2025-09-16')} → **${formatDate('2025-10-01')}**`,
      `- Kostnader 2026: ${formatKronerRange(2500000, 3000000)} → **${formatKroner(2800000)}**`,
      `- Finansiering fra Nordland fylkeskommune, 2026: **${formatKroner(1400000)}** (ny)`,
      `- Søkt beløp 2026 (${NFK}): Ikke avklart → **${formatKroner(1400000)}**`,
      `- Tidsplan: Kommunedirektørforum drøfter deltakelse: ${formatDate('2025-10-09')} → **${formatDate('2025-10-08')}**`,
      '- Ny partner: **Rana frivilligsentral**',
      '- Kommune fjernet: Træna',
      '- Vertskommune: Ikke avklart → **Rana**',
      '- Åpent spørsmål avklart (fjernet): Hvem blir vertskommune?',
      '- Nytt åpent spørsmål: **Hvor skal fagstillingene sitte?**',
      '- Avklart: Vertskommune',
      '- Teksten «bakgrunn» er endret: «…og Nordland politidistrikt, tatt ~~initiativ~~ **initiativet** til å etablere Felles…»',
    ];
    for (const line of expected) expect(lines).toContain(line);
    // Groups in a fixed order; the removed municipality's own fields are not listed again.
    const headings = lines.filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### Versjon og dato',
      '### Beløp',
      '### Datoer og perioder',
      '### Partnere',
      '### Kommuner',
      '### Åpne spørsmål og uavklarte punkter',
      '### Tekster',
    ]);
    expect(r.stdout).not.toContain('Deltakelse, Træna');
    expect(r.stdout).not.toContain('åpne\\_spørsmål\\[vertskommune\\]');
  });

  it('gives the same changes as JSON, and the same from an earlier output folder without git', () => {
    const fromGit = grantdocs(repo, ['endringer', PROJECT, '--fra', 'HEAD~1', '--format', 'json']);
    expect(fromGit.status).toBe(0);
    const gitReport = (JSON.parse(fromGit.stdout) as { ok: boolean; projects: ChangeReport[] }).projects[0]!;
    const cost = gitReport.changes.find((c) => c.key === 'beløp/kostnader/2026')!;
    expect(cost).toMatchObject({
      change: 'changed',
      before: formatKronerRange(2500000, 3000000),
      after: formatKroner(2800000),
    });
    expect(gitReport.from).toMatchObject({ versjon: 'utkast 1', dato: formatDate('2025-09-16') });
    expect(gitReport.to).toMatchObject({ versjon: 'utkast 2', source: 'arbeidskopien' });

    const fromFolder = grantdocs(repo, ['endringer', PROJECT, '--fra', previousOut, '--format', 'json']);
    expect(fromFolder.stderr).toBe('');
    const folderReport = (JSON.parse(fromFolder.stdout) as { projects: ChangeReport[] }).projects[0]!;
    expect(folderReport.from.source).toBe(`${previousOut}/felles-ansvar/manifest.json`);
    expect(folderReport.changes).toEqual(gitReport.changes);
  });

  it('says so when nothing changed', () => {
    const r = grantdocs(repo, ['endringer', PROJECT, '--fra', 'HEAD']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ingen endringer i innholdet.');
  });
});

describe('build --endringer-fra', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'gd-endringer-out-'));
    const r = grantdocs(repo, [
      'build',
      PROJECT,
      '--endringer-fra',
      'HEAD~1',
      '--only',
      'soknad-nfk,soknad-statsforvalteren',
      '--out',
      out,
      '--templates',
      TEMPLATES,
    ]);
    expect(r.stderr).toContain('Ingen feil');
    expect(r.status).toBe(0);
  }, 120_000);

  const file = (doc: string, ext: string) => join(out, 'felles-ansvar', `${doc}.${ext}`);
  const costLine = `Kostnader 2026: fra ${formatKronerRange(2500000, 3000000)} til ${formatKroner(2800000)}`;
  const appliedLine = `Søkt beløp 2026 (${NFK}): fra Ikke avklart til ${formatKroner(1400000)}`;

  it('shows the section in the PDF and the DOCX, with what each document shows', async () => {
    for (const doc of ['soknad-nfk', 'soknad-statsforvalteren']) {
      const pdf = squash(await pdfBodyText(file(doc, 'pdf')));
      const docx = squash(docxText(file(doc, 'docx')));
      for (const text of [pdf, docx]) {
        expect(text).toContain(squash('Endringer siden utkast 1'));
        expect(text).toContain(squash(costLine));
        expect(text).toContain(squash('Kommune fjernet: Træna'));
        expect(text).toContain(squash('tatt [fjernet: initiativ] [nytt: initiativet] til å'));
        // The amount applied for is shown only in the application it belongs to.
        expect(text.includes(squash(appliedLine))).toBe(doc === 'soknad-nfk');
      }
    }
  });

  it('tags the section as a Sect with its heading in the PDF', () => {
    const struct = execFileSync('pdfinfo', ['-struct-text', file('soknad-nfk', 'pdf')], { encoding: 'utf8' });
    const lines = struct.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'Sect');
    expect(at).toBeGreaterThan(0);
    // The document title is H1; sections, this one too, are H2.
    expect(lines[at + 1]!.trim()).toBe('H2 (block)');
    expect(lines[at + 2]!.trim()).toBe('"Endringer siden utkast 1"');
  });

  it('puts the section heading in the PDF bookmarks', () => {
    const json = execFileSync('qpdf', ['--json=2', '--json-key=outlines', file('soknad-nfk', 'pdf')], {
      encoding: 'utf8',
    });
    // The title is the root bookmark; the contents and the sections, this one first, are nested under it.
    const [root] = (JSON.parse(json) as { outlines: { title: string; kids: { title: string }[] }[] })
      .outlines;
    expect(root!.title).toBe('Søknad om tilskudd til Felles Ansvar');
    expect(root!.kids.slice(0, 2).map((k) => k.title)).toEqual(['Innhold', 'Endringer siden utkast 1']);
  });

  it('uses a Word heading style for the section heading', () => {
    const xml = execFileSync('unzip', ['-p', file('soknad-nfk', 'docx'), 'word/document.xml'], {
      encoding: 'utf8',
    });
    const paras = xml.split('</w:p>').filter((p) => p.includes('>Endringer siden utkast 1<'));
    // The table of contents lists it, and the heading itself has Word's Heading 1 style.
    expect(paras.some((p) => p.includes('<w:pStyle w:val="TOC1"/>'))).toBe(true);
    expect(paras.some((p) => p.includes('<w:pStyle w:val="Heading1"/>'))).toBe(true);
  });
});

describe('problems give one clear message and an exit code', () => {
  it('a ref that does not exist', () => {
    const r = grantdocs(repo, ['endringer', PROJECT, '--fra', 'finnes-ikke']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Fant ikke versjonen «finnes-ikke» i git');
    expect(r.stdout).toBe('');
    noStack(r.stderr);
  });

  it('a ref git would read as something else', () => {
    const r = grantdocs(repo, ['endringer', PROJECT, '--fra', 'HEAD:content']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('«HEAD:content» er ikke et gyldig navn på en versjon i git');
    noStack(r.stderr);
  });

  it('a project folder that did not exist at that commit', () => {
    const r = grantdocs(repo, ['endringer', PROJECT, '--fra', empty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Prosjektmappen «${PROJECT}» fantes ikke i versjonen «${empty}»`);
    noStack(r.stderr);
  });

  it('a folder that is not in a git repository', () => {
    const dir = copySample();
    const r = grantdocs(join(dir, '..'), ['endringer', 'felles-ansvar', '--fra', 'HEAD~1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ligger ikke i et git-repositorium');
    noStack(r.stderr);
  });

  it('an old version that no longer validates, with where its errors are', () => {
    const { repo: other, project: dir } = repoWithSample();
    editYaml(dir, 'budsjett.yaml', (doc) => doc.setIn(['budsjett', 'kostnader', 0, 'beløp'], 'mye'));
    const sha = commitAll(other, 'ødelagt');
    editYaml(dir, 'budsjett.yaml', (doc) => doc.setIn(['budsjett', 'kostnader', 0, 'beløp'], 2500000));
    const r = grantdocs(other, ['endringer', PROJECT, '--fra', 'HEAD']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Versjonen «HEAD» av prosjektet består ikke kontrollen');
    expect(r.stderr).toContain(`${sha.slice(0, 7)}:${PROJECT}/budsjett.yaml:`);
    noStack(r.stderr);
  });

  it('an output folder without a manifest', () => {
    const r = grantdocs(repo, ['endringer', PROJECT, '--fra', tmpdir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('har ingen manifest.json');
    noStack(r.stderr);
  });

  it('a folder with the same name as a git tag is read as a folder', () => {
    git(repo, 'tag', 'forrige', 'HEAD~1');
    const fromTag = grantdocs(repo, ['endringer', PROJECT, '--fra', 'forrige']);
    expect(fromTag.status).toBe(0);
    expect(fromTag.stdout).toContain('git ');
    mkdirSync(join(repo, 'forrige'));
    try {
      const r = grantdocs(repo, ['endringer', PROJECT, '--fra', 'forrige']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Mappen «forrige» har ingen manifest.json');
    } finally {
      rmSync(join(repo, 'forrige'), { recursive: true });
    }
  });

  it('a build with a bad ref writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gd-endringer-bad-')), 'out');
    const r = grantdocs(repo, ['build', PROJECT, '--endringer-fra', 'finnes-ikke', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Fant ikke versjonen «finnes-ikke» i git');
    expect(existsSync(out)).toBe(false);
    noStack(r.stderr);
  });

  it('git that is not installed', () => {
    const r = spawnSync(process.execPath, [resolve(CLI), 'endringer', PROJECT, '--fra', 'HEAD~1'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PATH: '/finnes-ikke', NO_COLOR: '1' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Programmet git finnes ikke på denne maskinen');
    noStack(r.stderr);
  });

  it('a manifest from a grantdocs that did not record the facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-gammelt-manifest-'));
    const manifest = JSON.parse(
      readFileSync(join(previousOut, 'felles-ansvar', 'manifest.json'), 'utf8'),
    ) as {
      facts?: unknown;
    };
    delete manifest.facts;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const r = grantdocs(repo, ['endringer', PROJECT, '--fra', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('har ikke opplysningene som trengs for å sammenligne');
    noStack(r.stderr);
  });

  it('an old version whose attachment is gone is still compared (files are not part of the facts)', () => {
    const { repo: other, project: dir } = repoWithSample();
    writeFileSync(join(dir, 'vedlegg.pdf'), '%PDF-1.4\n');
    editYaml(dir, 'avklaringer.yaml', (doc) =>
      doc.addIn(['vedlegg'], doc.createNode({ tittel: 'Notat', fil: 'vedlegg.pdf' })),
    );
    commitAll(other, 'med vedlegg');
    rmSync(join(dir, 'vedlegg.pdf'));
    editYaml(dir, 'avklaringer.yaml', (doc) => doc.deleteIn(['vedlegg', 2]));
    const r = grantdocs(other, ['endringer', PROJECT, '--fra', 'HEAD']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('vedlegg\\[3\\].fil: vedlegg.pdf (fjernet)');
  });

  it('the manifest of a build holds the facts snapshot', () => {
    const manifest = JSON.parse(
      readFileSync(join(previousOut, 'felles-ansvar', 'manifest.json'), 'utf8'),
    ) as {
      facts: { format: number; versjon: string; entries: Record<string, { value: string }> };
    };
    expect(manifest.facts.format).toBe(1);
    expect(manifest.facts.versjon).toBe('utkast 1');
    expect(manifest.facts.entries['beløp/kostnader/2026']!.value).toBe(formatKronerRange(2500000, 3000000));
  });
});
