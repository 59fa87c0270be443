import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** How long to wait after the last change before reporting: editors save in several steps. */
const DEBOUNCE_MS = 40;
/** How often the watched roots are looked at, to notice a folder deleted and made again. */
const HEAL_MS = 300;
/** Editors' and our own temporary files (4913: the probe file vim writes before saving). */
const TEMPORARY = /\.tmp$|~$|\.swp$|(^|[\\/])\.#|(^|[\\/])4913$/;

/** True when `inner` is `outer` or lies below it (both made absolute). */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * Watches folders and everything below them, with one plain (non-recursive) `fs.watch` per folder, set up
 * synchronously so no change after the start slips by. It also
 * - watches folders made later (pictures/, vedlegg/);
 * - survives a root being deleted and made again (git checkout, a restore from backup): every HEAL_MS
 *   each watched folder is looked at, and a folder that is gone or was replaced (another inode) is
 *   watched anew when it exists again, which counts as a change;
 * - ignores changes below `ignore` (the output folder) and temporary files.
 * `onChange` gets the changed paths (relative to the working folder) once the saves have settled.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private healTimer: NodeJS.Timeout | undefined;
  private healing = false;
  private closed = false;

  constructor(
    private readonly roots: string[],
    private readonly ignore: string[],
    private readonly onChange: (paths: string[]) => void,
  ) {}

  async start(): Promise<void> {
    for (const root of this.roots) await this.watchTree(root);
    this.healTimer = setInterval(() => void this.heal(), HEAL_MS);
    this.healTimer.unref();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.healTimer);
    for (const w of this.watchers.values()) w.watcher.close();
    this.watchers.clear();
  }

  private ignored(path: string): boolean {
    return TEMPORARY.test(path) || this.ignore.some((dir) => isInside(path, dir));
  }

  private async watchTree(dir: string): Promise<void> {
    if (this.closed || this.ignored(dir)) return;
    const s = await stat(dir).catch(() => undefined);
    if (!s?.isDirectory()) return;
    const known = this.watchers.get(dir);
    if (known && known.ino === s.ino) return;
    known?.watcher.close();
    try {
      const watcher = watch(dir, (_event, file) => {
        const full = file ? join(dir, String(file)) : dir;
        if (this.ignored(full)) return;
        if (file) void this.watchTree(full);
        this.report(full);
      });
      watcher.on('error', () => this.forget(dir, watcher));
      this.watchers.set(dir, { watcher, ino: s.ino });
    } catch {
      return; // Gone again before it could be watched.
    }
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory()) await this.watchTree(join(dir, e.name));
  }

  private forget(dir: string, watcher: FSWatcher): void {
    watcher.close();
    if (this.watchers.get(dir)?.watcher === watcher) this.watchers.delete(dir);
  }

  /** Drops watchers of folders that are gone or replaced; watches the roots again when they exist. */
  private async heal(): Promise<void> {
    if (this.healing || this.closed) return;
    this.healing = true;
    try {
      for (const [dir, w] of [...this.watchers]) {
        const s = await stat(dir).catch(() => undefined);
        if (!s?.isDirectory() || s.ino !== w.ino) {
          this.forget(dir, w.watcher);
          this.report(dir);
        }
      }
      for (const root of this.roots) {
        if (!this.watchers.has(root) && (await stat(root).catch(() => undefined))?.isDirectory()) {
          await this.watchTree(root);
          this.report(root);
        }
      }
    } finally {
      this.healing = false;
    }
  }

  private report(full: string): void {
    if (this.closed) return;
    this.changed.add(relative(process.cwd(), full) || '.');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const batch = [...this.changed].sort();
      this.changed.clear();
      this.onChange(batch);
    }, DEBOUNCE_MS);
  }
}
