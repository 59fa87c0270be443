/**
 * Helpers for PDF tests: external tools (qpdf, poppler) and reading PDFs back with pdf.js / unpdf.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

/** True when `cmd` runs. In CI a missing tool is a failure, not a skip. */
export function hasTool(cmd: string): boolean {
  const ok = spawnSync(cmd, ['--version'], { encoding: 'utf8' }).error === undefined;
  if (!ok && process.env.CI) throw new Error(`${cmd} is required in CI but not installed`);
  return ok;
}

export function run(cmd: string, args: string[]): { code: number; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Writes bytes to a fresh temporary file and returns its path. */
export function tempFile(bytes: Uint8Array, name = 'test.pdf'): string {
  const dir = mkdtempSync(join(tmpdir(), 'grantdocs-pdf-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Text of each page, as unpdf (pdf.js) extracts it. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

/** Opens the PDF with the pdf.js legacy build (outline, annotations, metadata, marked content). */
export async function openWithPdfjs(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
}

/** Collapses whitespace (no-break spaces included) to single spaces. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
