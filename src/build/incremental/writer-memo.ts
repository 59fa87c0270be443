import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentTree } from '../../tree/types.js';
import { namedFiles } from '../../tree/named-files.js';

/**
 * Keeps the last PDF and DOCX made for each document, keyed by everything the writers read: the document
 * tree (its JSON) and the bytes of every file the tree names (pictures by `src`, attachments by `path`).
 * The fonts, the tool's code and its settings do not change while one process runs. When a save leaves a
 * document's tree and files as they were, `grantdocs watch` reuses the bytes instead of laying out and
 * writing the document again; anything else in the key changed means it is made anew, so a reused
 * result is always the one a cold build would make.
 */
export class WriterMemo {
  private readonly last = new Map<string, { key: string; value: unknown }>();
  /** How many results were reused and made since the start (for tests and the report). */
  readonly counts = { reused: 0, made: 0 };

  async write<T>(format: string, tree: DocumentTree, make: () => Promise<T>): Promise<T> {
    const slot = `${tree.meta.id}\u0000${format}`;
    const key = await treeKey(tree);
    const hit = this.last.get(slot);
    if (hit && hit.key === key) {
      this.counts.reused++;
      return hit.value as T;
    }
    this.last.delete(slot);
    const value = await make();
    this.counts.made++;
    this.last.set(slot, { key, value });
    return value;
  }
}

/** Hash of the tree's JSON and of the bytes of each file it names (a missing file hashes as missing). */
export async function treeKey(tree: DocumentTree): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(tree));
  for (const file of namedFiles(tree)) {
    hash.update(`\u0000${file}\u0000`);
    const bytes = await readFile(file).catch(() => undefined);
    hash.update(bytes ? createHash('sha256').update(bytes).digest('hex') : 'missing');
  }
  return hash.digest('hex');
}
