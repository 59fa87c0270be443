import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a set of files so that readers only ever see the old or the new content, and so that a failure
 * (disk full, no permission, a killed process) leaves every previous file as it was:
 * 1. every file's bytes go to a temporary file beside its target (unique per process and call, so two
 *    builds at once never share one) and are flushed to disk;
 * 2. only when all temporary files are written are they renamed over their targets (rename is atomic).
 * On a failure in step 1 all temporary files are removed and no target is touched.
 */
export async function writeFilesAtomic(files: { path: string; data: Uint8Array | string }[]): Promise<void> {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const tmp = join(
        dirname(f.path),
        `.${basename(f.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
      );
      staged.push({ tmp, path: f.path });
      const handle = await open(tmp, 'wx');
      try {
        await handle.writeFile(f.data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (err) {
    await Promise.all(staged.map((s) => unlink(s.tmp).catch(() => {})));
    throw err;
  }
  for (const s of staged) await rename(s.tmp, s.path);
}

/** One file, written the same way. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await writeFilesAtomic([{ path, data }]);
}
