import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageJsonPath, packageVersion } from '../../src/build/version.js';

/**
 * packageVersion looks for node_modules/<pkg>/package.json itself instead of asking Node's resolver.
 * It must find the file Node finds, from our modules and from modules inside node_modules.
 */
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const packages = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];
const askers = [
  new URL('../../src/build/version.ts', import.meta.url).href,
  new URL('../../dist/bundle/grantdocs.cjs', import.meta.url).href,
  pathToFileURL(createRequire(import.meta.url).resolve('@cantoo/pdf-lib')).href,
  pathToFileURL(createRequire(import.meta.url).resolve('vitest')).href,
];

function nodeAnswer(pkg: string, from: string): string | undefined {
  try {
    return createRequire(from).resolve(`${pkg}/package.json`);
  } catch {
    return undefined;
  }
}

describe('packageVersion', () => {
  it('finds the package.json Node finds, for every dependency, from our code and from packages', () => {
    let compared = 0;
    for (const from of askers) {
      for (const pkg of [...packages, 'fflate', 'restructure', 'tiny-inflate']) {
        const expected = nodeAnswer(pkg, from);
        if (expected === undefined) continue;
        expect(realpathSync(packageJsonPath(pkg, from)), `${pkg} from ${from}`).toBe(realpathSync(expected));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(packages.length * 2);
  });

  it('reads the version, and refuses a package that is not installed', () => {
    const from = new URL('../../src/build/version.ts', import.meta.url).href;
    expect(packageVersion('fflate', from)).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => packageVersion('no-such-package-grantdocs', from)).toThrow();
  });
});
