/**
 * Any valid project builds into documents that read right: generated projects (test/property/
 * project-arbitrary.ts) go through check, facts, templates and markup in-process; for each document the
 * tree has no empty heading, no «null», «undefined», «NaN» or «[object Object]», no text from the sample
 * projects, and every «Sum» row of a table is the sum of the rows above it. The first few projects are
 * also written as PDF and DOCX and read back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/content/check.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import { deriveFacts } from '../../src/facts/derive.js';
import type { Project } from '../../src/model/project.js';
import type { Block, Table } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { docxText, pdfBodyText } from '../e2e/read-outputs.js';
import { projectArbitrary } from './project-arbitrary.js';
import { badSums, emptyHeadings, FORBIDDEN, OTHER_PROJECTS, problems } from './checks.js';

const CLEAN = { emptyHeadings: [], forbidden: null, otherProject: null, badSums: [] };

function trees(project: Project) {
  const facts = deriveFacts(project);
  return project.dokumenter.map((doc) => ({
    doc,
    result: buildDocumentTree(project, facts, doc, {
      projectDir: tmpdir(),
      templatesDir: 'templates',
      draft: true,
    }),
  }));
}

describe('any generated project', () => {
  it('passes check and builds every document without empty sections, stray values or wrong sums', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(projectArbitrary, async ({ project, valid }) => {
        // The content as a user would write it passes check (open values are warnings in a draft).
        const dir = mkdtempSync(join(tmpdir(), 'gd-prop-'));
        writeFileSync(join(dir, 'prosjekt.yaml'), stringify(valid));
        const checked = await checkProject(dir, { final: false });
        expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

        // Null and absent optional fields alike: the templates see both.
        for (const p of [project, valid]) {
          for (const { doc, result } of trees(p)) {
            expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
            expect({ doc: doc.id, ...problems(result.tree!, result.markdown) }).toEqual({
              doc: doc.id,
              ...CLEAN,
            });
          }
        }

        // A few projects are written all the way to PDF and DOCX and read back.
        if (written < 2) {
          written++;
          const { doc, result } = trees(valid).at(-1)!;
          const pdf = await writePdf(result.tree!);
          const docx = await writeDocx(result.tree!);
          const pdfPath = join(dir, `${doc.id}.pdf`);
          const docxPath = join(dir, `${doc.id}.docx`);
          writeFileSync(pdfPath, pdf.bytes);
          writeFileSync(docxPath, docx.bytes);
          for (const t of [await pdfBodyText(pdfPath), docxText(docxPath)]) {
            expect(FORBIDDEN.exec(t)?.[0] ?? null).toBeNull();
            expect(OTHER_PROJECTS.exec(t)?.[0] ?? null).toBeNull();
          }
          expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
        }
      }),
      { numRuns: 30, seed: Number(process.env.FC_SEED ?? 12) },
    );
  }, 240_000);
});

describe('the property checks themselves', () => {
  const heading = (level: 1 | 2, text: string): Block => ({
    type: 'heading',
    level,
    id: text,
    children: [{ type: 'text', text }],
    source: { line: 1 },
  });
  const para: Block = { type: 'paragraph', children: [{ type: 'text', text: 'x' }], source: { line: 1 } };
  it('find an empty heading before a heading of the same level and at the end', () => {
    expect(emptyHeadings([heading(1, 'A'), heading(1, 'B'), para, heading(2, 'C')])).toEqual(['A', 'C']);
    expect(emptyHeadings([heading(1, 'A'), heading(2, 'B'), para])).toEqual([]);
  });
  it('find a sum row that does not add up', () => {
    const row = (...cells: string[]) => ({
      cells: cells.map((text) => ({ children: [{ type: 'text' as const, text }] })),
    });
    const table = (sum: string): Table => ({
      type: 'table',
      columns: [{ align: 'left' }, { align: 'right' }],
      header: [row('Kilde', 'Beløp')],
      body: [row('A', '1 000 kr'), row('B', '2 000–3 000 kr'), row('Sum', sum)],
      source: { line: 1 },
    });
    expect(badSums(table('3 000–4 000 kr'))).toEqual([]);
    expect(badSums(table('3 000 kr'))).toHaveLength(1);
    // A sum row whose label spans the empty «Form» column keeps its amounts in their columns.
    const spanned = (sum: string): Table => ({
      type: 'table',
      columns: [{ align: 'left' }, { align: 'left' }, { align: 'right' }],
      header: [row('Kilde', 'Form', 'Beløp')],
      body: [
        row('A', 'kontant', '1 000 kr'),
        row('B', 'kontant', '2 000 kr'),
        { cells: [{ children: [{ type: 'text', text: 'Sum' }], colSpan: 2 }, row(sum).cells[0]!] },
      ],
      source: { line: 1 },
    });
    expect(badSums(spanned('3 000 kr'))).toEqual([]);
    expect(badSums(spanned('4 000 kr'))).toHaveLength(1);
  });
});
