/**
 * fflate as the bundle sees it (bundle-plugins.ts): everything from fflate, except its two inflaters,
 * which are Node's zlib (native-inflate.ts says why).
 */
export * from 'fflate';
export { inflateSync, unzlibSync } from './native-inflate.js';
