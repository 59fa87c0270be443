import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The tool's version from package.json (two levels up from src/build or dist/build). */
export function toolVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    cached = pkg.version;
  }
  return cached;
}

/**
 * The installed version of a package (from its package.json), for cache keys. `from` is the
 * import.meta.url of the asking module, so the lookup works from src/, dist/ and the bundle.
 *
 * The package.json is looked for as Node looks for a package: in node_modules/<pkg>/ of the module's
 * folder and of each folder above it. That is the file `require.resolve('<pkg>/package.json')` finds
 * (test/build/version.test.ts compares them for every dependency), without starting Node's CommonJS
 * resolver, which cost a cold start ~10 ms for the four packages of the font cache key. Where none is
 * found, require.resolve decides (and throws for a package that is not installed).
 */
export function packageVersion(pkg: string, from: string): string {
  return (JSON.parse(readFileSync(packageJsonPath(pkg, from), 'utf8')) as { version: string }).version;
}

/** Path of the package.json of `pkg` as seen from the module at URL `from`. */
export function packageJsonPath(pkg: string, from: string): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const candidate = join(dir, 'node_modules', pkg, 'package.json');
    if (basename(dir) !== 'node_modules' && existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return createRequire(from).resolve(`${pkg}/package.json`);
}
