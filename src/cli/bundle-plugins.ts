/**
 * esbuild plugins of `npm run build:bundle` (build-bundle.ts) that change what goes into the bundle.
 * Each one leaves the unbundled program (dist/, `GRANTDOCS_BUNDLE=0`) as it is; tests compare the two.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const DIST = fileURLToPath(new URL('../', import.meta.url));
const SHIMS = resolve(DIST, 'cli/bundle-shims');
const FFLATE_SHIM = resolve(SHIMS, 'fflate.js');
const NATIVE_INFLATE = resolve(SHIMS, 'native-inflate.js');

/**
 * In each of our modules, `import.meta.url` becomes the URL the module has in the unbundled dist/ tree,
 * computed from the bundle's own location, so paths found through it (package.json, schema/, scaffold/,
 * fonts in node_modules, the caches) do not move.
 */
export function metaUrl(bundleDir: string): Plugin {
  return {
    name: 'grantdocs-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        if (relative(DIST, args.path).startsWith('..')) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
        const rel = relative(bundleDir, args.path).split('\\').join('/');
        const url = `new URL(${JSON.stringify(rel)}, __grantdocsBundleUrl).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
      });
    },
  };
}

/**
 * fontkit imports a Brotli decoder with its 1.3 MB dictionary for WOFF2 fonts. grantdocs reads only TTF
 * files, so the decoder is left out of the bundle (parsing it cost every start ~15 ms).
 */
export const noWoff2: Plugin = {
  name: 'grantdocs-no-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "export default function decompress() { throw new Error('WOFF2 fonts are not supported'); }",
      loader: 'js',
    }));
  },
};

/**
 * fflate's and tiny-inflate's inflaters are replaced by Node's zlib (bundle-shims/native-inflate.ts):
 * fontkit, linebreak and pdf-lib inflate their tables while the bundle loads, ~25–30 ms of JavaScript
 * run cold at every start. fflate's deflate, which we use, stays as it is.
 */
export const nativeInflate: Plugin = {
  name: 'grantdocs-native-inflate',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, (args) =>
      args.importer === FFLATE_SHIM ? undefined : { path: FFLATE_SHIM },
    );
    b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: 'tiny-inflate', namespace: 'native-inflate' }));
    b.onLoad({ filter: /.*/, namespace: 'native-inflate' }, () => ({
      contents: `module.exports = require(${JSON.stringify(NATIVE_INFLATE)}).tinyInflate;`,
      loader: 'js',
      resolveDir: SHIMS,
    }));
  },
};
