/**
 * `npm run build:bundle`: bundles the compiled program (dist/cli/program.js and everything it imports,
 * node_modules included) into dist/bundle/ with esbuild, so a cold start reads a few files instead of
 * several hundred modules (pdf-lib alone is ~190 ES modules). dist/cli/main.js, the `bin`, runs the
 * bundle when it is at least as new as the compiled program, and the plain compiled modules otherwise.
 *
 * Paths that modules find through `import.meta.url` (package.json, schema/, scaffold/, fonts in
 * node_modules, the template cache) must not move: in each of our modules `import.meta.url` is replaced
 * by the URL the module has in the unbundled dist/ tree, computed from the bundle's own URL.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const DIST = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLE_DIR = resolve(DIST, 'bundle');

/** Native or self-locating packages that must load from node_modules at run time. */
const EXTERNAL = ['@resvg/resvg-js'];

const metaUrl: Plugin = {
  name: 'grantdocs-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (relative(DIST, args.path).startsWith('..')) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const rel = relative(BUNDLE_DIR, args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

/**
 * fontkit imports a Brotli decoder with its 1.3 MB dictionary for WOFF2 fonts. grantdocs reads only TTF
 * files, so the decoder is left out of the bundle (parsing it cost every start ~15 ms).
 */
const noWoff2: Plugin = {
  name: 'grantdocs-no-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "export default function decompress() { throw new Error('WOFF2 fonts are not supported'); }",
      loader: 'js',
    }));
  },
};

/** Files of an earlier bundle that a running process may still load lazily are kept this long. */
const STALE_MS = 10 * 60 * 1000;

/**
 * Builds the bundle. Each file is written to a temporary name and renamed into place, the entry file
 * last, so a grantdocs process starting meanwhile sees either the old or the new bundle. Chunk names
 * carry content hashes; chunks no longer produced are removed once they are old.
 */
export async function bundle(): Promise<string[]> {
  const result = await build({
    entryPoints: { grantdocs: resolve(DIST, 'cli/program.js') },
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages inside an ES module bundle call require(): give every chunk one.
    banner: {
      js: "import { createRequire as __gdRequire } from 'node:module';\nconst require = __gdRequire(import.meta.url);",
    },
    plugins: [metaUrl, noWoff2],
    logLevel: 'warning',
    legalComments: 'none',
    write: false,
  });
  await mkdir(BUNDLE_DIR, { recursive: true });
  const entry = resolve(BUNDLE_DIR, 'grantdocs.js');
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const file of files) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    await writeFile(tmp, file.contents);
    await rename(tmp, file.path);
  }
  const written = new Set(files.map((f) => basename(f.path)));
  for (const name of await readdir(BUNDLE_DIR)) {
    if (written.has(name)) continue;
    const path = join(BUNDLE_DIR, name);
    const { mtimeMs } = await stat(path);
    if (Date.now() - mtimeMs > STALE_MS) await rm(path, { force: true });
  }
  return files.map((f) => f.path);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await bundle();
}
