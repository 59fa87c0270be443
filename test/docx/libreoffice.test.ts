import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { inlineText } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { generatedTree } from './generated.js';
import { makePng } from './helpers.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('LibreOffice (soffice) is required in CI');

/** Converts DOCX files to PDF with LibreOffice, in a profile of its own (parallel runs do not collide). */
function convert(dir: string, files: string[]): void {
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'grantdocs-lo-profile-'))).href;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

async function pdfText(path: string): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

const headings = (tree: DocumentTree): string[] =>
  tree.children.flatMap((b) => (b.type === 'heading' ? [inlineText(b.children)] : []));

describe.skipIf(!hasSoffice)('LibreOffice opens and converts the DOCX files', () => {
  it('converts the sample, a final version and a long generated document with an image', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grantdocs-docx-lo-'));
    const png = join(dir, 'figur.png');
    writeFileSync(png, makePng(300, 150));
    const long = generatedTree(30);
    long.children.splice(3, 0, {
      type: 'image',
      src: png,
      alt: 'Figur',
      caption: [{ type: 'text', text: 'Figur 1. Test' }],
      source: { line: 1 },
    });
    const trees: Record<string, DocumentTree> = {
      eksempel: sampleTree(),
      endelig: sampleTree({ draft: false }),
      lang: long,
    };
    const files: string[] = [];
    for (const [name, tree] of Object.entries(trees)) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, (await writeDocx(tree)).bytes);
      files.push(file);
    }
    convert(dir, files);
    for (const [name, tree] of Object.entries(trees)) {
      const { text, pages } = await pdfText(join(dir, `${name}.pdf`));
      for (const heading of headings(tree)) expect(text, `${name}: ${heading}`).toContain(heading);
      expect(text).toContain(tree.meta.title);
      // Fields are evaluated: the footer reads «Side 1 av N».
      expect(text).toContain(`Side 1 av ${pages}`);
      if (name !== 'lang') {
        expect(text).toContain('2 500 000 kr');
        expect(text).toContain('Mo i Rana, 16. september 2025');
      } else {
        expect(text).toContain('Figur 1. Test');
        expect(pages).toBeGreaterThanOrEqual(20);
        expect(pages).toBeLessThanOrEqual(45);
      }
    }
  });

  it('converts a document with hostile text: XML’s own characters, forbidden ones, _Toc-like words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grantdocs-docx-lo-'));
    const tree = sampleTree({ title: 'Tittel & <b>"sitat"</b> \u0001slutt' });
    const text = (t: string) => ({ type: 'text' as const, text: t });
    tree.children.unshift(
      { type: 'heading', level: 1, id: 'x', source: { line: 1 }, children: [text('Kapittel <1> & "to"')] },
      { type: 'paragraph', source: { line: 2 }, children: [text('Ordet _Toc12 og rId3 står\u0000 her.')] },
      {
        type: 'table',
        source: { line: 3 },
        columns: [{ align: 'left' }, { align: 'right' }],
        // A control character in a column heading reaches the table's alt text too.
        header: [{ cells: [{ children: [text('Post\u0007')] }, { children: [text("Beløp's")] }] }],
        body: [{ cells: [{ children: [text('Lønn')] }, { children: [text('1 000 kr')] }] }],
      },
    );
    const file = join(dir, 'fiendtlig.docx');
    writeFileSync(file, (await writeDocx(tree)).bytes);
    convert(dir, [file]);
    const { text: read } = await pdfText(join(dir, 'fiendtlig.pdf'));
    expect(read).toContain('Tittel & <b>"sitat"</b> slutt');
    expect(read).toContain('Kapittel <1> & "to"');
    expect(read).toContain('Ordet _Toc12 og rId3 står her.');
    expect(read).toContain("Beløp's");
  });
});
