import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { checkProject } from '../../src/content/check.js';
import { deriveFacts, type Facts } from '../../src/facts/derive.js';
import type { Project } from '../../src/model/project.js';
import { type Block, type DocumentTree, type Inline } from '../../src/tree/types.js';
import { allBlocks } from '../../src/tree/walk.js';
import { buildOptions } from '../e2e/fixture-project.js';
import { docxText, pdfBodyText } from '../e2e/read-outputs.js';
import { treeText } from '../document/tree-text.js';
import { appliedFacts, budgetFacts, dateFacts, findsInOrder, type FactPieces } from './facts-in-text.js';
import { allProjects, isComplete } from './projects.js';

/**
 * «The documents cannot contradict each other»: every project under content/ (and the complete test
 * project) is built — with --final when it passes `check --final`, otherwise as a draft — and the text of
 * each PDF, DOCX and portal export is read back. Every financing row (source, sum, share), cost category
 * (sum), applied amount, recipient and timeline date of the facts is found the same in all of them, and
 * the financing chart's alt text gives each source the share the table shows.
 */
interface Built {
  dir: string;
  final: boolean;
  project: Project;
  facts: Facts;
  out: string;
}

const built: Built[] = [];

beforeAll(async () => {
  for (const dir of allProjects()) {
    const final = await isComplete(dir);
    const checked = await checkProject(dir, { final });
    if (!checked.project) continue;
    const out = mkdtempSync(join(tmpdir(), 'gd-agree-'));
    const r = await buildProject(dir, buildOptions(out, { final, emit: ['tree'] }));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    built.push({ dir, final, project: checked.project, facts: deriveFacts(checked.project), out });
  }
}, 240_000);

const texts = async (b: Built, id: string) => {
  const base = join(b.out, basename(b.dir), id);
  return {
    pdf: await pdfBodyText(`${base}.pdf`),
    docx: docxText(`${base}.docx`),
    tree: JSON.parse(readFileSync(`${base}.tree.json`, 'utf8')) as DocumentTree,
    felt: (() => {
      try {
        return readFileSync(`${base}.felt.md`, 'utf8');
      } catch {
        return null;
      }
    })(),
  };
};

function textNodes(nodes: Inline[]): string[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [n.text] : 'children' in n ? textNodes(n.children) : []));
}

/** Plain text nodes of a tree (markers are their own nodes and are left out). */
function plainTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of allBlocks(blocks)) {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(...textNodes(b.children));
    if (b.type === 'table')
      for (const r of [...b.header, ...b.body]) for (const c of r.cells) out.push(...textNodes(c.children));
  }
  return out;
}

describe('the documents of every project agree', () => {
  it('builds at least the sample and the complete test project', () => {
    expect(built.map((b) => b.dir)).toEqual(
      expect.arrayContaining(['content/felles-ansvar', 'test/fixtures/projects/komplett']),
    );
    expect(built.find((b) => b.dir.endsWith('komplett'))!.final).toBe(true);
  });

  it('shows every figure of the facts the same in the tree, the PDF, the DOCX and the portal export', async () => {
    for (const b of built) {
      for (const doc of b.project.dokumenter) {
        const t = await texts(b, doc.id);
        const tree = treeText(t.tree);
        const wanted: FactPieces[] = [
          ...budgetFacts(b.facts),
          ...dateFacts(b.facts),
          ...(doc.type === 'søknad' ? appliedFacts(b.facts, doc.id) : []),
        ];
        for (const f of wanted) {
          const where = `${b.dir} ${doc.id}: ${f.what} (${f.pieces.join(' | ')})`;
          // A template may leave a fact out; what the tree shows, every format must show.
          if (!findsInOrder(tree, f.pieces)) continue;
          expect(findsInOrder(t.pdf, f.pieces), `PDF ${where}`).toBe(true);
          expect(findsInOrder(t.docx, f.pieces), `DOCX ${where}`).toBe(true);
          if (t.felt !== null) expect(findsInOrder(t.felt, f.pieces), `portal ${where}`).toBe(true);
        }
        // The budget tables are in every document that has them, with every row.
        const hasPlan = t.tree.children.some((x) => x.type === 'chart' && x.chart === 'financing');
        if (hasPlan)
          for (const f of budgetFacts(b.facts))
            expect(findsInOrder(tree, f.pieces), `tree ${b.dir} ${doc.id}: ${f.what}`).toBe(true);
      }
    }
  });

  it("gives each source in the chart's alt text the share of the table", async () => {
    for (const b of built) {
      if (!b.facts.budget.financing.sharesDecided) continue;
      for (const doc of b.project.dokumenter) {
        const { tree } = await texts(b, doc.id);
        const chart = [...allBlocks(tree.children)].find(
          (x) => x.type === 'chart' && x.chart === 'financing',
        );
        if (!chart || chart.type !== 'chart') continue;
        for (const f of budgetFacts(b.facts).filter((x) => /^financing (kontant|naturalia) /.test(x.what)))
          expect(
            findsInOrder(chart.alt, [f.pieces[0]!, f.pieces.at(-1)!]),
            `${b.dir} ${doc.id} alt: ${f.what}`,
          ).toBe(true);
      }
    }
  });

  it('has no open value in a final document, and marks every open value in a draft', async () => {
    for (const b of built) {
      for (const doc of b.project.dokumenter) {
        const t = await texts(b, doc.id);
        if (b.final) {
          for (const [format, text] of Object.entries({ pdf: t.pdf, docx: t.docx, felt: t.felt ?? '' }))
            expect(text, `${b.dir} ${doc.id}.${format}`).not.toMatch(/ikke\s+avklart|foreløpig/i);
          expect(JSON.stringify(t.tree)).not.toContain('"type":"unresolved"');
        } else {
          const plain = plainTexts(t.tree.children).filter((s) => /ikke\s+avklart/i.test(s));
          expect(plain, `${b.dir} ${doc.id}`).toEqual([]);
        }
      }
    }
  });
});
