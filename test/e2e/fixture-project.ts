import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { BuildOptions } from '../../src/build/build-project.js';

/** Copies the sample project to a temporary folder named felles-ansvar and returns its path. */
export function copySample(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gd-fixture-')), 'felles-ansvar');
  cpSync('content/felles-ansvar', dir, { recursive: true });
  return dir;
}

/** Build options as `grantdocs build` sets them by default, writing to `outDir`. */
export function buildOptions(outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    final: false,
    only: [],
    formats: ['pdf', 'docx'],
    outDir,
    emit: [],
    templatesDir: 'templates',
    ...extra,
  };
}

/** Edits one YAML file of a project with the yaml Document API (comments and layout are kept). */
export function editYaml(dir: string, file: string, edit: (doc: Document) => void): void {
  const path = join(dir, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  edit(doc);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

/** The mappings of a YAML sequence. */
function maps(doc: Document, path: string[]): YAMLMap[] {
  const seq = doc.getIn(path);
  return isSeq(seq) ? seq.items.filter(isMap) : [];
}

/**
 * The sample with every open item decided, for testing `--final`. The figures are made up for the test
 * and balance per year: each year 2 750 000 kr of costs against 1 375 000 (county) + 500 000
 * (skjønnsmidler) + 875 000 (municipalities, in kind); police premises 300 000 kr in kind for the period.
 */
export function resolvedSample(): string {
  const dir = copySample();
  editYaml(dir, 'partnere.yaml', (doc) => {
    doc.set('vertskommune', 'rana');
    for (const k of maps(doc, ['kommuner'])) k.set('deltakelse', 'ja');
    doc.setIn(['partnere', 1, 'bidrag', 0, 'beløp'], 1500000);
    for (let i = 0; i < 3; i++) doc.setIn(['partnere', 2, 'bidrag', i, 'beløp'], 100000);
    doc.setIn(['partnere', 4, 'bidrag', 0, 'beløp'], 2625000);
  });
  editYaml(dir, 'budsjett.yaml', (doc) => {
    for (let i = 0; i < 3; i++) doc.setIn(['budsjett', 'kostnader', i, 'beløp'], 2750000);
    doc.setIn(['budsjett', 'kostnader', 3, 'beløp'], 300000);
    const lines: object[] = [];
    for (const år of [2026, 2027, 2028]) {
      lines.push({ kilde: 'nfk', form: 'kontant', år, beløp: 1375000 });
      lines.push({ kilde: 'statsforvalteren', form: 'kontant', år, beløp: 500000 });
      lines.push({
        kilde: 'kommunene',
        form: 'naturalia',
        år,
        beskrivelse: 'Egeninnsats via SLT',
        beløp: 875000,
      });
    }
    lines.push({
      kilde: 'politiet',
      form: 'naturalia',
      beskrivelse: 'Lokaler, kjøretøy og fagressurser',
      beløp: 300000,
    });
    doc.setIn(['budsjett', 'finansiering'], doc.createNode(lines));
  });
  editYaml(dir, 'tidsplan.yaml', (doc) => {
    doc.setIn(['prosjektperiode', 'avklart'], true);
    for (const step of maps(doc, ['tidsplan'])) if (step.has('avklart')) step.set('avklart', true);
    doc.setIn(['tidsplan', 8, 'dato'], '2026-01-15');
    doc.setIn(['tidsplan', 9, 'dato'], '2026-01-15');
  });
  editYaml(dir, 'dokumenter.yaml', (doc) => {
    for (const i of [1, 2]) {
      doc.setIn(['dokumenter', i, 'frist'], '2026-01-15');
      doc.setIn(['dokumenter', i, 'frist_avklart'], true);
    }
    doc.setIn(
      ['dokumenter', 1, 'søkt_beløp'],
      doc.createNode([2026, 2027, 2028].map((år) => ({ år, beløp: 1375000 }))),
    );
    doc.setIn(
      ['dokumenter', 2, 'underskriver'],
      doc.createNode({ navn: 'Anne Nordvik', tittel: 'ordfører' }),
    );
    doc.setIn(
      ['dokumenter', 2, 'søkt_beløp'],
      doc.createNode([2026, 2027, 2028].map((år) => ({ år, beløp: 500000 }))),
    );
  });
  editYaml(dir, 'avklaringer.yaml', (doc) => {
    doc.delete('åpne_spørsmål');
  });
  return dir;
}
