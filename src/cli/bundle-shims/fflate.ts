/**
 * fflate as the bundle sees it (bundle-plugins.ts): everything from fflate, except its two inflaters,
 * which are Node's zlib (native-inflate.ts says why).
 *
 * From fflate's browser build: it is the node build without the `require('worker_threads')` run when the
 * module loads (~3 ms of every start), which only fflate's asynchronous functions use. grantdocs uses
 * only the synchronous ones, whose code is the same in both builds.
 */
export * from 'fflate/browser';
export { inflateSync, unzlibSync } from './native-inflate.js';
