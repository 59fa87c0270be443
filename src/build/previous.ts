import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256, type ManifestOutput } from './manifest.js';
import { isSafeOutputName } from './output-names.js';

/** What the previous build of a project left, read from its manifest (nothing when there is none). */
export interface PreviousBuild {
  /** Every file the previous build wrote, manifest.json included. */
  owned: Set<string>;
  outputs: ManifestOutput[];
}

export async function readPreviousBuild(projectOut: string): Promise<PreviousBuild> {
  const none: PreviousBuild = { owned: new Set(), outputs: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(projectOut, 'manifest.json'), 'utf8'));
  } catch {
    return none;
  }
  const raw = (parsed as { tool?: unknown; outputs?: unknown }) ?? {};
  if (raw.tool !== 'grantdocs' || !Array.isArray(raw.outputs)) return none;
  const outputs = (raw.outputs as unknown[]).filter(
    (o): o is ManifestOutput =>
      typeof o === 'object' &&
      o !== null &&
      typeof (o as ManifestOutput).file === 'string' &&
      isSafeOutputName((o as ManifestOutput).file) &&
      typeof (o as ManifestOutput).document === 'string' &&
      typeof (o as ManifestOutput).format === 'string' &&
      typeof (o as ManifestOutput).sha256 === 'string',
  );
  return { owned: new Set(['manifest.json', ...outputs.map((o) => o.file)]), outputs };
}

/**
 * Previous outputs that stay although this build did not make them: their document is still in the
 * project, this build did not make that document in that format (--only, --format), and the file is
 * still the one the manifest describes.
 */
export async function outputsToCarry(
  projectOut: string,
  previous: PreviousBuild,
  documents: Set<string>,
  made: Set<string>,
): Promise<ManifestOutput[]> {
  const keep: ManifestOutput[] = [];
  for (const o of previous.outputs) {
    if (!documents.has(o.document) || made.has(`${o.document}\n${o.format}`)) continue;
    const bytes = await readFile(join(projectOut, o.file)).catch(() => undefined);
    if (bytes && sha256(bytes) === o.sha256) keep.push(o);
  }
  return keep;
}
