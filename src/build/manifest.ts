import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { FactsSnapshot } from '../changes/snapshot.js';
import { isInside } from '../content/safe-read.js';
import type { Diagnostic } from '../diagnostics/types.js';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface ManifestOutput {
  file: string;
  document: string;
  format: string;
  sha256: string;
  bytes: number;
  pages?: number;
}

/** What a build read and wrote. Holds no times, so two builds of the same input write the same manifest. */
export interface Manifest {
  tool: 'grantdocs';
  version: string;
  project: string;
  final: boolean;
  inputs: { file: string; sha256: string }[];
  outputs: ManifestOutput[];
  warnings: { file?: string; line?: number; rule: string; message: string }[];
  /** What `grantdocs endringer --fra <ut-mappe>` compares with (build/manifest-facts.ts). */
  facts?: FactsSnapshot;
}

/** Every file below a folder, sorted, paths relative to `base`. */
async function listFiles(dir: string, base: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p, base)));
    else if (e.isFile()) out.push(relative(base, p));
  }
  return out.sort();
}

/**
 * Hashes of the content files, every template file (templates are shared by all projects) and the
 * pictures and attached PDFs the documents name (`media`, from their trees). Paths do not depend on the
 * working folder: content files and media relative to the project folder (`budsjett.yaml`,
 * `bilder/kart.png`), templates as `templates/` and their path inside the templates folder. A picture in
 * the templates folder is listed as a template file; a named file that cannot be read is left out (the
 * build has reported it).
 */
export async function inputHashes(
  projectDir: string,
  contentFiles: { path: string; text: string }[],
  templatesDir: string,
  media: string[] = [],
): Promise<{ file: string; sha256: string }[]> {
  const slash = (p: string) => p.split('\\').join('/');
  const inputs = contentFiles.map((f) => ({
    file: slash(relative(resolve(projectDir), resolve(f.path))),
    sha256: sha256(f.text),
  }));
  for (const rel of await listFiles(templatesDir, templatesDir)) {
    inputs.push({ file: `templates/${slash(rel)}`, sha256: sha256(await readFile(join(templatesDir, rel))) });
  }
  const listed = new Set(inputs.map((i) => i.file));
  for (const path of media) {
    if (isInside(templatesDir, path)) continue;
    const file = slash(relative(resolve(projectDir), resolve(path)));
    if (file.startsWith('../') || isAbsolute(file) || listed.has(file)) continue;
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) continue;
    inputs.push({ file, sha256: sha256(bytes) });
    listed.add(file);
  }
  return inputs.sort((a, b) => a.file.localeCompare(b.file));
}

export function manifestWarnings(diags: Diagnostic[]): Manifest['warnings'] {
  return diags
    .filter((d) => d.severity === 'warning')
    .map((d) => ({ file: d.file, line: d.start?.line, rule: d.rule, message: d.message }));
}

export function renderManifest(m: Manifest): string {
  return JSON.stringify(m, null, 2) + '\n';
}
