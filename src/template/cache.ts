/**
 * Clearing the in-process template cache, for `grantdocs watch`: the next build reads the templates
 * again (and finds unchanged ones in the compiled-template disk cache).
 */
export { clearTemplateCache } from './render.js';
