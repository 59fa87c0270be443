import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/content/check.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { createMeasurer } from '../../src/fonts/measurer.js';
import { layoutDocument } from '../../src/layout/layout-document.js';
import { workspace } from './run-case.js';
import type { YamlPath } from './scalars.js';

/**
 * A 20 000-character word in the fields that reach the title block, running header, footer, signature,
 * tables and charts: every document is laid out and every text must lie inside its page.
 */
const FIELDS: [string, YamlPath][] = [
  ['prosjekt.yaml', ['prosjekt', 'tittel']],
  ['prosjekt.yaml', ['prosjekt', 'kortnavn']],
  ['prosjekt.yaml', ['prosjekt', 'sted']],
  ['prosjekt.yaml', ['prosjekt', 'versjon']],
  ['prosjekt.yaml', ['prosjekt', 'kontaktperson', 'navn']],
  ['prosjekt.yaml', ['prosjekt', 'kontaktperson', 'rolle']],
  ['prosjekt.yaml', ['prosjekt', 'søker', 'på_vegne_av']],
  ['dokumenter.yaml', ['dokumenter', 0, 'tittel']],
  ['dokumenter.yaml', ['dokumenter', 1, 'tittel']],
  ['dokumenter.yaml', ['dokumenter', 1, 'ordning']],
  ['partnere.yaml', ['partnere', 0, 'navn']],
  ['partnere.yaml', ['kommuner', 0, 'navn']],
  ['tidsplan.yaml', ['tidsplan', 2, 'tittel']],
  ['budsjett.yaml', ['budsjett', 'kostnader', 0, 'kategori']],
  ['avklaringer.yaml', ['vedlegg', 0, 'tittel']],
];

const ws = workspace();
afterAll(() => ws.cleanup());
const measurer = createMeasurer();

describe('a 20 000-character word stays on the page', () => {
  it.each(FIELDS.map(([f, p]) => [`${f} ${p.join('.')}`, f, p] as const))('%s', async (_n, file, path) => {
    const abs = join(ws.dir, file);
    const original = readFileSync(abs, 'utf8');
    const doc = parseDocument(original);
    doc.setIn(path, 'x'.repeat(20_000));
    writeFileSync(abs, doc.toString({ lineWidth: 0 }));
    try {
      const checked = await checkProject(ws.dir, { final: false });
      expect(checked.project).toBeDefined();
      const project = checked.project!;
      const facts = deriveFacts(project);
      for (const spec of project.dokumenter) {
        const t = buildDocumentTree(project, facts, spec, {
          projectDir: ws.dir,
          templatesDir: 'templates',
          draft: true,
        });
        expect(t.tree).toBeDefined();
        const layout = layoutDocument(t.tree!, measurer);
        const off = layout.pages.flatMap((page, i) =>
          page.items.flatMap((it) => {
            if (it.type !== 'text' || it.rotate) return [];
            const right = it.x + measurer.width(it.text, it.font, it.size);
            const inside = it.x >= -0.5 && right <= page.width + 0.5 && it.y >= 0 && it.y <= page.height;
            return inside ? [] : [`${spec.id} side ${i + 1}: «${it.text.slice(0, 20)}» x=${it.x} y=${it.y}`];
          }),
        );
        expect(off.slice(0, 3)).toEqual([]);
      }
    } finally {
      writeFileSync(abs, original);
    }
  });
});
