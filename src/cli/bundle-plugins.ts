/**
 * esbuild plugins of `npm run build:bundle` (build-bundle.ts) that change what goes into the bundle.
 * Each one leaves the unbundled program (dist/, `GRANTDOCS_BUNDLE=0`) as it is; tests compare the two.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
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
 * run cold at every start. fflate's deflate stays as it is; grantdocs itself deflates with libdeflate
 * (src/writers/deflate.ts), also where pdf-lib would use fflate's (src/writers/pdf/flate-streams.ts).
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

/**
 * commander loads `node:child_process` when it is loaded, for subcommands that are separate programs,
 * which grantdocs does not have. In the bundle it gets the module when it first uses it, so a start does
 * not pay for loading child_process, net and dgram (~5 ms).
 */
export const lazyChildProcess: Plugin = {
  name: 'grantdocs-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'node:child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, (args) => ({
      contents: standIn(args.path),
      loader: 'js',
    }));
  },
};

/**
 * A CommonJS module with the exports of `target` (a path or a Node module) as getters that require it on
 * first use. The export names are read from `target` when the bundle is built.
 */
function standIn(target: string): string {
  const exports = createRequire(import.meta.url)(target) as Record<string, unknown>;
  const getters = Object.keys(exports)
    .filter((n) => n !== '__esModule' && n !== 'default')
    .map((n) => `${JSON.stringify(n)}: { get: () => load()[${JSON.stringify(n)}], enumerable: true }`);
  return [
    'let real;',
    `const load = () => (real ??= require(${JSON.stringify(target)}));`,
    `module.exports = Object.defineProperties({}, { __esModule: { value: true }, ${getters.join(', ')} });`,
  ].join('\n');
}

/**
 * Packages that pdf-lib loads with itself but grantdocs never calls: its SVG and XFA form reader
 * (node-html-better-parser) and the HTML entity tables (html-entities, two copies: one for pdf-lib's
 * PDF/A metadata, one for the SVG reader). Building their tables cost every start ~6 ms.
 */
export const LAZY_PACKAGES = ['node-html-better-parser', 'html-entities'];

/**
 * Each of `names` becomes, in the bundle, a stand-in (`standIn`) whose exports load the package (its
 * CommonJS build) on first use, so nothing is lost if a caller does use it.
 */
export function lazyPackages(names: string[]): Plugin {
  return {
    name: 'grantdocs-lazy-packages',
    setup(b) {
      const filter = new RegExp(
        `^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`,
      );
      b.onResolve({ filter }, (args) => {
        const from = createRequire(join(args.resolveDir || process.cwd(), 'importer.js'));
        return { path: from.resolve(args.path), namespace: 'lazy-package' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
        contents: standIn(args.path),
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}
