import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Remembers what `grantdocs watch` last wrote to each output path (hash, size and time of the file), so
 * a rebuild hands only the outputs whose bytes changed to the writing step. A file changed or removed by
 * someone else since (another size or time, or gone) is written again.
 */
export class WrittenOutputs {
  private readonly written = new Map<string, { sha256: string; size: number; mtimeMs: number }>();
  /** Paths left alone by the last build because their bytes were already on disk. */
  unchanged = new Set<string>();

  /** The files whose bytes differ from what is on disk. */
  changedOnly<F extends { path: string; sha256: string }>(files: F[]): F[] {
    this.unchanged = new Set();
    return files.filter((f) => {
      const full = resolve(f.path);
      const last = this.written.get(full);
      if (last && last.sha256 === f.sha256 && sameFile(full, last)) {
        this.unchanged.add(f.path);
        return false;
      }
      return true;
    });
  }

  /** Records files just written. */
  record(files: { path: string; sha256: string }[]): void {
    for (const f of files) {
      const full = resolve(f.path);
      try {
        const s = statSync(full);
        this.written.set(full, { sha256: f.sha256, size: s.size, mtimeMs: s.mtimeMs });
      } catch {
        this.written.delete(full);
      }
    }
  }
}

function sameFile(path: string, last: { size: number; mtimeMs: number }): boolean {
  try {
    const s = statSync(path);
    return s.isFile() && s.size === last.size && s.mtimeMs === last.mtimeMs;
  } catch {
    return false;
  }
}
