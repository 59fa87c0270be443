/**
 * Where the outputs may go. The project's output folder (`<out>/<project>`) must not be, contain or lie
 * inside the project folder or the templates folder: `build --out content` would otherwise write into
 * the project's own files, and a watcher would rebuild forever. Compared by real paths, so a symbolic
 * link cannot hide it.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';

/** The real path of `path`, resolving the part that exists (the rest may not be created yet). */
function realish(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realish(parent), basename(abs));
  }
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function outFolderProblem(
  outDir: string,
  project: string,
  projectDir: string,
  templatesDir: string,
): Diagnostic | undefined {
  const target = realish(join(outDir, project));
  const inputs = [
    { dir: projectDir, what: 'prosjektmappen' },
    { dir: templatesDir, what: 'malmappen' },
  ];
  for (const { dir, what } of inputs) {
    const real = realish(dir);
    if (within(real, target) || within(target, real)) {
      return {
        severity: 'error',
        rule: 'build/out-inside-input',
        file: relative(process.cwd(), resolve(outDir)) || outDir,
        message: `Ut-mappen «${outDir}» ville lagt resultatene i ${what} (${relative(process.cwd(), real) || real}); ingenting er skrevet`,
        hint: 'Velg en ut-mappe utenfor innholdet og malene med --out, for eksempel --out out.',
      };
    }
  }
  return undefined;
}
