import type { DocumentTree } from './types.js';

/**
 * The files a document tree names: pictures by `src`, attachments by `path`, sorted. Both the writer
 * memo of `watch` (their bytes are part of a document's key) and the manifest's inputs use this list.
 */
export function namedFiles(tree: DocumentTree): string[] {
  const files = new Set<string>();
  JSON.stringify(tree, (k, v: unknown) => {
    if ((k === 'src' || k === 'path') && typeof v === 'string') files.add(v);
    return v;
  });
  return [...files].sort();
}
