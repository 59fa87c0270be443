/**
 * fflate as the bundle sees it (bundle-plugins.ts): everything from fflate, except its two inflaters,
 * which are Node's zlib (native-inflate.ts says why). fflate is pdf-lib's; grantdocs's own DEFLATE is
 * libdeflate (src/writers/deflate.ts), which also replaces fflate's in the pdf-lib streams we write.
 *
 * From fflate's browser build: it is the node build without the `require('worker_threads')` run when the
 * module loads (~3 ms of every start), which only fflate's asynchronous functions use. pdf-lib uses
 * only the synchronous ones, whose code is the same in both builds.
 */
export * from 'fflate/browser';
export { inflateSync, unzlibSync } from './native-inflate.js';
