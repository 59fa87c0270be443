import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Project folders under a content root: every sub-folder that holds at least one .yaml file. */
export async function discoverProjects(contentRoot: string): Promise<string[]> {
  const entries = await readdir(contentRoot, { withFileTypes: true });
  const dirs: string[] = [];
  for (const e of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(contentRoot, e.name);
    const files = await readdir(dir);
    if (files.some((f) => f.endsWith('.yaml') || f.endsWith('.yml'))) dirs.push(dir);
  }
  return dirs;
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every project under content/ for a command run without a folder; with none, says so on stderr and
 * returns null (the command exits 2).
 */
export async function projectsUnderContent(): Promise<string[] | null> {
  const dirs = (await isDirectory('content')) ? await discoverProjects('content') : [];
  if (dirs.length > 0) return dirs;
  process.stderr.write('grantdocs: Fant ingen prosjekter under content/. Oppgi en prosjektmappe.\n');
  return null;
}
