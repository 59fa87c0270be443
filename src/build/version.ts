import { readFileSync } from 'node:fs';

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
