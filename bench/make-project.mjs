// Generates a large content fixture for the scaling benchmarks: the sample project with `n` extra
// knowledge-report findings, background paragraphs, partners and cost lines. Returns the folder.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const WORDS = (
  'forebygging ungdom samarbeid kommune politi oppfølging kontrakt tverrfaglig lavterskel tiltak innsats ' +
  'koordinering skole barnevern helsetjeneste utenforskap kriminalitet rusmidler trygghet medvirkning ' +
  'kunnskapsgrunnlag erfaring modell region fylkeskommune statsforvalter ressurser organisering'
).split(' ');

function sentence(i, len) {
  const w = [];
  for (let k = 0; k < len; k++) w.push(WORDS[(i * 7 + k * 13) % WORDS.length]);
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function edit(dir, file, fn) {
  const path = join(dir, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  fn(doc);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

/**
 * Items added to each list for `n`: half of n, so that the 300-page project (n ≈ 800) stays within the
 * schema's 500 items a list; the background text takes 2n paragraphs instead, so pages still grow
 * linearly with n.
 */
const listLength = (n) => Math.ceil(n / 2);

export function makeProject(n) {
  const dir = join(mkdtempSync(join(tmpdir(), 'grantdocs-bench-')), 'stort-prosjekt');
  cpSync('content/felles-ansvar', dir, { recursive: true });
  edit(dir, 'kunnskapsgrunnlag.yaml', (doc) => {
    const funn = doc.getIn(['kunnskapsgrunnlag', 'funn']);
    for (let i = 0; i < listLength(n); i++) {
      funn.add(
        doc.createNode({
          tema: `Tema ${i + 1}: ${sentence(i, 4)}`,
          sammendrag: sentence(i, 28),
          sider: String(10 + (i % 60)),
        }),
      );
    }
  });
  edit(dir, 'prosjekt.yaml', (doc) => {
    const paras = [];
    for (let i = 0; i < 2 * n; i++)
      paras.push(Array.from({ length: 4 }, (_, k) => sentence(i + k, 14)).join(' '));
    doc.setIn(
      ['tekster', 'bakgrunn'],
      String(doc.getIn(['tekster', 'bakgrunn'])) + '\n' + paras.join('\n\n') + '\n',
    );
  });
  edit(dir, 'partnere.yaml', (doc) => {
    const partnere = doc.get('partnere');
    for (let i = 0; i < Math.ceil(n / 4); i++) {
      partnere.add(
        doc.createNode({
          id: `partner-${i}`,
          navn: `Partner ${i + 1}`,
          type: 'annen',
          rolle: sentence(i, 12),
          bidrag: [{ form: 'naturalia', beskrivelse: sentence(i, 6), beløp: 10000 * (i + 1) }],
        }),
      );
    }
  });
  edit(dir, 'budsjett.yaml', (doc) => {
    const k = doc.getIn(['budsjett', 'kostnader']);
    for (let i = 0; i < listLength(n); i++) {
      k.add(
        doc.createNode({
          kategori: `Kategori ${i % 7}`,
          beskrivelse: sentence(i, 6),
          år: 2026 + (i % 3),
          beløp: 1000 * (i + 1),
        }),
      );
    }
  });
  return dir;
}
