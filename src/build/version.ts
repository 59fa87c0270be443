import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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
 */
export function packageVersion(pkg: string, from: string): string {
  const require = createRequire(from);
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string })
    .version;
}
