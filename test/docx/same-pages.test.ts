/**
 * The Word file looks the same everywhere: converted by LibreOffice on a machine without Calibri and
 * Carlito (a fontconfig setup that hides them, whatever is installed), every document of every project
 * under content/ has the PDF's page count ±1, uses the embedded Source Sans 3, and its table of contents
 * shows page numbers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { contentProjects, projectDocuments } from '../pdf/sample-docs.js';
import { contentsHeadings } from '../pdf/tree-text.js';

const hasTools = ['soffice', 'pdfinfo', 'pdftotext', 'pdffonts'].every(
  (cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).error === undefined,
);
if (!hasTools && process.env.CI) throw new Error('LibreOffice and poppler-utils are required in CI');

/** A fontconfig setup with the system's fonts but never Calibri or Carlito (its metric twin). */
function fontconfigWithout(dir: string): string {
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont>
    <rejectfont>
      <glob>*Carlito*</glob>
      <glob>*carlito*</glob>
      <glob>*Calibri*</glob>
      <glob>*calibri*</glob>
      <pattern><patelt name="family"><string>Carlito</string></patelt></pattern>
      <pattern><patelt name="family"><string>Calibri</string></patelt></pattern>
    </rejectfont>
  </selectfont>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}

function pdfPages(file: string): number {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
}

describe.skipIf(!hasTools)('the DOCX in LibreOffice without Calibri or Carlito', () => {
  it('has the PDF’s page count ±1, the embedded font and a table of contents with page numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grantdocs-same-pages-'));
    const env = { ...process.env, FONTCONFIG_FILE: fontconfigWithout(dir) };
    for (const family of ['Carlito', 'Calibri']) {
      expect(execFileSync('fc-list', [`:family=${family}`], { env, encoding: 'utf8' }).trim()).toBe('');
    }
    const docs: { name: string; pdfPages: number; contents: number[] | undefined }[] = [];
    const files: string[] = [];
    for (const project of contentProjects()) {
      for (const { id, tree } of await projectDocuments(project)) {
        const name = `${project.replace(/\W+/g, '-')}-${id}`;
        const pdf = await writePdf(tree);
        const file = join(dir, `${name}.docx`);
        writeFileSync(file, (await writeDocx(tree, pdf.pageMap)).bytes);
        files.push(file);
        // The page numbers the PDF's table of contents shows, in order (contentsHeadings: those it lists).
        const contents = pdf.pageMap.contents
          ? contentsHeadings(tree).map((h) => pdf.pageMap.headings[h.id]!)
          : undefined;
        docs.push({ name, pdfPages: pdf.pages - tree.meta.attachments.length, contents });
      }
    }
    const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'grantdocs-lo-profile-'))).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'pipe', timeout: 300_000, env },
    );
    for (const d of docs) {
      const converted = join(dir, `${d.name}.pdf`);
      const pages = pdfPages(converted);
      expect({ name: d.name, close: Math.abs(pages - d.pdfPages) <= 1 }).toEqual({
        name: d.name,
        close: true,
      });
      const fonts = execFileSync('pdffonts', [converted], { encoding: 'utf8' });
      expect(fonts).toContain('SourceSans3-Regular');
      expect(fonts).not.toMatch(/DejaVu|Liberation/);
      // The table of contents, where the PDF has one: the lines after «Innhold» end with the page numbers
      // of the PDF's contents, as stored in the file (LibreOffice does not update fields on conversion).
      const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '2', converted, '-'], {
        encoding: 'utf8',
      });
      if (d.contents === undefined) {
        expect({ name: d.name, toc: /^\s*Innhold\s*$/m.test(first) }).toEqual({ name: d.name, toc: false });
        continue;
      }
      const toc = first
        .split('Innhold')[1]!
        .split('\n')
        .filter((l) => /\.{5,}/.test(l))
        .map((line) => Number(/\.{5,}\s*(\d+)\s*$/.exec(line)?.[1]));
      expect({ name: d.name, toc }).toEqual({ name: d.name, toc: d.contents });
      for (const page of toc) expect(page >= 1 && page <= pages).toBe(true);
    }
  }, 600_000);
});
