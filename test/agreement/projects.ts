import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkProject } from '../../src/content/check.js';

/** Every project folder under content/, and the complete test project(s) under test/fixtures/projects/. */
export function allProjects(): string[] {
  const roots = ['content', 'test/fixtures/projects'];
  return roots.flatMap((root) =>
    existsSync(root)
      ? readdirSync(root)
          .sort()
          .map((name) => join(root, name))
          .filter((dir) => statSync(dir).isDirectory())
      : [],
  );
}

/** True when the project passes `check --final`: every value decided, nothing contradicting. */
export async function isComplete(dir: string): Promise<boolean> {
  const r = await checkProject(dir, { final: true });
  return r.project !== undefined && r.diagnostics.length === 0;
}

/** The projects that pass `check --final`. */
export async function completeProjects(): Promise<string[]> {
  const out: string[] = [];
  for (const dir of allProjects()) if (await isComplete(dir)) out.push(dir);
  return out;
}

/** A copy of a project folder in a temporary directory, under the same folder name. */
export function copyProject(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'gd-agree-')), basename(dir));
  cpSync(dir, copy, { recursive: true });
  return copy;
}
