/**
 * `npm run build:bundle`: bundles the compiled program (dist/cli/program.js and everything it imports,
 * node_modules included) into one file, dist/bundle/grantdocs.cjs, with esbuild. A cold start then reads
 * one file instead of several hundred modules (pdf-lib alone is ~190 ES modules), and dist/cli/grantdocs.cjs
 * (the `bin`) can keep V8's compiled code of that file between runs (see bundle-loader.cts). The bundle is
 * CommonJS because Node 20 offers a code cache only for scripts, not for ES modules.
 *
 * Paths that modules find through `import.meta.url` (package.json, schema/, scaffold/, fonts in
 * node_modules, the caches) must not move: in each of our modules `import.meta.url` is replaced by the
 * URL the module has in the unbundled dist/ tree, computed from the bundle's own location.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LAZY_PACKAGES,
  lazyChildProcess,
  lazyPackages,
  metaUrl,
  nativeInflate,
  noWoff2,
} from './bundle-plugins.js';

const DIST = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLE_DIR = resolve(DIST, 'bundle');
export const BUNDLE_FILE = resolve(BUNDLE_DIR, 'grantdocs.cjs');

/** Native packages that must load from node_modules at run time. */
const EXTERNAL = ['@resvg/resvg-js'];

/**
 * Builds the bundle, written to a temporary name and renamed into place, so a grantdocs process starting
 * meanwhile reads either the old or the new file. Everything else in the folder (earlier bundles, code
 * caches of earlier bundles) is removed.
 */
export async function bundle(): Promise<void> {
  await copyPdfjs();
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    // Installed without devDependencies: the bin then runs the compiled modules, only slower to start.
    process.stderr.write(
      'build:bundle: esbuild is not installed; dist/cli/grantdocs.cjs runs the unbundled modules.\n',
    );
    return;
  }
  const result = await esbuild.build({
    entryPoints: [resolve(DIST, 'cli/program.js')],
    outfile: BUNDLE_FILE,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: "var __grantdocsBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [metaUrl(BUNDLE_DIR), noWoff2, nativeInflate, lazyChildProcess, lazyPackages(LAZY_PACKAGES)],
    logLevel: 'warning',
    legalComments: 'none',
    // Template literals become string concatenation, so no raw template text can hold a non-ASCII
    // character (see asciiOnly).
    supported: { 'template-literal': false },
    // Minified: 1.8 MB instead of 3.9 MB (2.6 MB with only whitespace and comments removed) to read,
    // decode and hash at each start, ~25 ms sooner. Names of local functions and variables are
    // shortened; nothing the program does depends on them (bundle.test.ts builds the same bytes as the
    // unbundled modules), but CPU profiles and stack traces of the bundle are then hard to read:
    // GRANTDOCS_BUNDLE_READABLE=1 keeps names, whitespace, comments and esbuild's `// path` line before
    // each module, for reading them.
    minify: process.env.GRANTDOCS_BUNDLE_READABLE !== '1',
    write: false,
    metafile: true,
  });
  const [file] = result.outputFiles;
  if (!file || result.outputFiles.length !== 1) throw new Error('esbuild: expected one output file');
  const contents = asciiOnly(file.text);
  const left = dynamicImportsLeft(result.metafile);
  if (left.length > 0) {
    throw new Error(
      `build:bundle: the bundle would keep import() of ${left.join(', ')}. The bundle runs as a vm script, ` +
        'where import() fails (see bundle-loader.cts): import these modules statically.',
    );
  }
  // An unchanged bundle is left as it is (`tsc` with nothing to do leaves program.js too), so its V8
  // code caches, which are named by the bundle's size and time, stay valid: the next start is fast.
  if (await upToDate(contents)) return;
  await mkdir(BUNDLE_DIR, { recursive: true });
  const tmp = `${BUNDLE_FILE}.${process.pid}.tmp`;
  await writeFile(tmp, contents);
  await rename(tmp, BUNDLE_FILE);
  for (const name of await readdir(BUNDLE_DIR)) {
    if (join(BUNDLE_DIR, name) !== BUNDLE_FILE && !name.endsWith('.tmp')) {
      await rm(join(BUNDLE_DIR, name), { recursive: true, force: true });
    }
  }
}

/**
 * The preview of `grantdocs watch` draws the PDFs in the browser with pdf.js, served from dist/preview/
 * (src/watch/preview-server.ts). pdfjs-dist is a dev dependency, like the compiler that makes dist/, so
 * its two built files are copied there here; without them the preview page says it cannot draw pages.
 */
async function copyPdfjs(): Promise<void> {
  const from = fileURLToPath(new URL('../../node_modules/pdfjs-dist/build/', import.meta.url));
  const to = resolve(DIST, 'preview');
  await mkdir(to, { recursive: true });
  for (const name of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
    const bytes = await readFile(join(from, name)).catch(() => undefined);
    if (!bytes) {
      process.stderr.write(
        `build:bundle: pdfjs-dist/build/${name} is missing; the watch preview cannot draw pages.\n`,
      );
      continue;
    }
    const old = await readFile(join(to, name)).catch(() => undefined);
    if (!old?.equals(bytes)) await writeFile(join(to, name), bytes);
  }
}

/**
 * The bundle's text as bytes, with every character outside ASCII written as a `\uXXXX` escape.
 *
 * Why: bundle-loader.cts reads the bundle as Latin-1. For a file of ASCII bytes that gives the same
 * string as UTF-8, in half the time (no decoding, no validation: ~18 against ~35 ms for 2.6 MB on the
 * 2-core machine).
 *
 * Why it is safe: esbuild already escapes non-ASCII characters in strings and identifiers. It leaves
 * them only in regular-expression literals and in the raw text of template literals. Template literals
 * are lowered to strings (`supported: { 'template-literal': false }`), so only regular expressions are
 * left (æøå, §, –, … in our own patterns). There `\uXXXX` means the same character, with or without
 * the `u` flag.
 */
export function asciiOnly(text: string): Uint8Array {
  // An identity escape such as `\é` (the character itself) becomes `\u00e9`, not `\\u00e9`.
  const escaped = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, c: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return Buffer.from(escaped, 'latin1');
}

/**
 * Modules the bundle would still load with `import()` at run time. esbuild turns `import()` of a bundled
 * module into a `require`, but keeps it for externals and Node's own modules (`import('node:path')`).
 * Such an `import()` fails in the vm script the bin runs (bundle-loader.cts), so none may be left.
 */
export function dynamicImportsLeft(metafile: import('esbuild').Metafile): string[] {
  const left = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) if (imp.kind === 'dynamic-import') left.add(imp.path);
  }
  return [...left].sort();
}

/** True when the bundle on disk has these bytes and is not older than dist/cli/program.js. */
async function upToDate(contents: Uint8Array): Promise<boolean> {
  try {
    const [bundleStat, programStat] = await Promise.all([
      stat(BUNDLE_FILE),
      stat(resolve(DIST, 'cli/program.js')),
    ]);
    if (bundleStat.mtimeMs < programStat.mtimeMs || bundleStat.size !== contents.byteLength) return false;
    return Buffer.from(contents).equals(await readFile(BUNDLE_FILE));
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await bundle();
}
