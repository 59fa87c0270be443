/**
 * Loads the one-file bundle of the program (dist/bundle/grantdocs.cjs, made by `npm run build:bundle`)
 * with V8's code cache: the first run saves the compiled code of every function it ran next to the
 * bundle, and later runs start from it instead of parsing and compiling ~4 MB of JavaScript again.
 * The cache file is named by the bundle's size and time and by the Node version, so a rebuilt bundle or
 * another Node never reads a cache made for something else (V8 also rejects a cache it cannot use).
 * Each command has its own cache: a cache saved by `--version` or `check` holds little of what `build`
 * runs, and an accepted cache is never rewritten.
 *
 * The script is compiled without an `importModuleDynamically` loader: on Node 20 that option is
 * experimental (it printed a warning to the user), and a function restored from the code cache lost it,
 * so an `import()` in the bundle failed on every run after the first. The bundle therefore holds no
 * `import()` at all (build-bundle.ts refuses to write one that does), and an `import()` fails on the
 * first run as on every later one, never only sometimes. A cache folder that cannot be read or written
 * only costs start-up time.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';

// CommonJS (.cts), like the `bin` (grantdocs.cts) that loads it: Node starts a CommonJS entry ~10 ms
// sooner than an ES module one.
export type Program = typeof import('./program.js', { with: { 'resolution-mode': 'import' } });

export interface LoadedBundle {
  program: Program;
  /** Writes the code cache if there was none or V8 rejected it; failures are ignored. */
  saveCodeCache(): void;
}

const BUNDLE = resolve(__dirname, '../bundle/grantdocs.cjs');
const PROGRAM = resolve(__dirname, './program.js');

/**
 * The bundled program, or undefined when there is no bundle, it is older than the compiled program.js
 * (only `tsc` ran since), or GRANTDOCS_BUNDLE=0. `command` (the first argument) chooses the code cache;
 * GRANTDOCS_CODE_CACHE=0 turns the code cache off.
 */
export function loadBundle(command: string | undefined): LoadedBundle | undefined {
  if (process.env.GRANTDOCS_BUNDLE === '0') return undefined;
  let size: number;
  let mtime: number;
  try {
    const stat = statSync(BUNDLE);
    if (stat.mtimeMs < statSync(PROGRAM).mtimeMs) return undefined;
    size = stat.size;
    mtime = Math.floor(stat.mtimeMs);
  } catch {
    return undefined;
  }
  const useCache = process.env.GRANTDOCS_CODE_CACHE !== '0';
  const name = command && /^[a-z]{1,20}$/.test(command) ? command : 'other';
  const cacheFile = `${BUNDLE}.${name}.${size}-${mtime}-${process.version}-${process.arch}.v8cache`;
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  // Latin-1: the bundle is pure ASCII (build-bundle.ts, asciiOnly), and this is twice as fast as UTF-8.
  const source = readFileSync(BUNDLE, 'latin1');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} as Program };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return {
    program: module.exports,
    saveCodeCache() {
      if (!useCache || (cachedData && !script.cachedDataRejected)) return;
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // Without a cache the next start is only slower.
      }
    },
  };
}
