/**
 * Loading a project from file contents held in memory (for example an older version read from git)
 * instead of from a folder on disk. Parsing, limits and merging are the same as for a folder.
 */
import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { parseFileBytes } from './load-file.js';
import { isContentFileName, mergeFiles, noYamlFiles, type LoadedProject } from './load.js';

export interface MemoryFile {
  /** Where the file is shown in messages, e.g. «abc1234:content/mitt-prosjekt/budsjett.yaml». */
  path: string;
  bytes: Uint8Array;
}

/** Parses and merges the YAML files among `files` as one project whose folder is `dir`. */
export function loadProjectFromMemory(
  dir: string,
  files: readonly MemoryFile[],
): { loaded?: LoadedProject; diagnostics: Diagnostic[] } {
  const yaml = files
    .filter((f) => isContentFileName(posix.basename(f.path)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (yaml.length === 0) return { diagnostics: [noYamlFiles(dir)] };
  return mergeFiles(
    dir,
    yaml.map((f) => ({ path: f.path, file: parseFileBytes(f.bytes, f.path) })),
  );
}
