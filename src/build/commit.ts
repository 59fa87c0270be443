/**
 * The atomic commit of one project's whole output set.
 *
 * Layout on disk, for a project «p» and an output root «out»:
 *
 *   out/p                      a symbolic link to the current generation (what readers open)
 *   out/.p.gen-<pid>-<rand>    a generation: every output of one build, and the manifest
 *
 * `commitOutputs` fills a new generation folder beside the current one, then points `out/p` at it with one
 * rename of a new link over the old (atomic on POSIX file systems): a reader opening `out/p/x.pdf` gets the
 * old set or the new set, never a mix, and a build killed at any moment leaves the old set whole. The old
 * generation is removed afterwards. Leftovers of a killed build (generations, links and old folders whose
 * process is gone) are removed by the next commit of the same project.
 *
 * - Unchanged outputs are not rewritten: a file whose bytes equal the current generation's is hard-linked
 *   into the new one (the watcher relies on this to keep rebuilds cheap). Other files are written and
 *   flushed to disk.
 * - `carry` names outputs of the previous build that this one did not make but that stay (documents not
 *   selected with --only); they are hard-linked too.
 * - `owned` names every file the tool wrote last time (the previous manifest's outputs and the manifest).
 *   Such a file that is neither in `files` nor in `carry` is stale and left out of the new generation:
 *   it is reported in `removed`. Any other file in the current generation was put there by someone else
 *   and is carried over untouched (hard-linked), so it is never lost.
 * - A first build over an existing real folder `out/p` (from an older version of the tool) moves it aside
 *   as a generation and links it in; during that one switch `out/p` is briefly absent.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import {
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  copyFile,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isSafeOutputName, OLD_TEMPORARY } from './output-names.js';

export interface OutputFile {
  /** File name inside the project's output folder, e.g. «soknad-nfk.pdf» (no folders). */
  name: string;
  data: Uint8Array | string;
}

export interface CommitOptions {
  /** Names the previous build wrote (its manifest's outputs, and manifest.json). */
  owned?: Iterable<string>;
  /** Names of previous outputs to keep as they are (linked from the current generation). */
  carry?: Iterable<string>;
}

export interface CommitResult {
  /** Written with new bytes. */
  written: string[];
  /** Same bytes as before: linked, not rewritten. */
  unchanged: string[];
  /** Kept from the previous build without being made again (`carry`). */
  carried: string[];
  /** Stale outputs of the previous build, no longer in the set. */
  removed: string[];
  /** Files the tool did not write, kept as they were. */
  foreign: string[];
}

const STAGING = /^\.(.+)\.(gen|link|old)-(\d+)-[0-9a-f]+$/;

/** Folders and links this process is still creating: removed if the process is told to stop. */
const inProgress = new Set<string>();
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const p of inProgress) rmSync(p, { recursive: true, force: true });
  inProgress.clear();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/**
 * Ctrl+C or SIGTERM during a commit removes this process's staging before it exits. Installed only while a
 * commit runs, so the default behaviour applies at all other times.
 */
function track(path: string): void {
  inProgress.add(path);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

function untrack(path: string): void {
  inProgress.delete(path);
  if (inProgress.size === 0 && handlersInstalled) {
    handlersInstalled = false;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function stagingName(project: string, kind: 'gen' | 'link' | 'old'): string {
  return `.${project}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folder `out/p` shows now: the link's target, the folder itself, or undefined when there is none. */
async function currentGeneration(
  target: string,
): Promise<{ dir?: string; isLink: boolean; exists: boolean }> {
  const st = await lstat(target).catch(() => undefined);
  if (!st) return { isLink: false, exists: false };
  if (st.isSymbolicLink()) {
    const to = await readlink(target);
    const dir = join(dirname(target), to);
    return { dir: existsSync(dir) ? dir : undefined, isLink: true, exists: true };
  }
  if (st.isDirectory()) return { dir: target, isLink: false, exists: true };
  const err = new Error(`${target} is not a folder`) as NodeJS.ErrnoException;
  err.code = 'ENOTDIR';
  err.path = target;
  throw err;
}

/** Removes leftovers of earlier commits of `project` whose process is gone, except `keep`. */
export function removeStaleStaging(parent: string, project: string, keep?: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  for (const n of names) {
    const m = STAGING.exec(n);
    if (!m || m[1] !== project || join(parent, n) === keep || alive(Number(m[3]))) continue;
    rmSync(join(parent, n), { recursive: true, force: true });
    removed.push(n);
  }
  return removed;
}

/** A build killed between moving an old real folder aside and linking its generation: put the folder back. */
function restoreMovedAside(parent: string, project: string): void {
  if (lexists(join(parent, project))) return;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const n of names) {
    const m = STAGING.exec(n);
    if (m && m[1] === project && m[2] === 'old' && !alive(Number(m[3]))) {
      renameSync(join(parent, n), join(parent, project));
      return;
    }
  }
}

async function sameBytes(path: string, data: Uint8Array | string): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const st = await lstat(path).catch(() => undefined);
  if (!st?.isFile() || st.size !== bytes.byteLength) return false;
  const old = await readFile(path);
  return Buffer.compare(old, bytes) === 0;
}

/** A hard link, or a copy on file systems without them. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EXDEV' && code !== 'ENOTSUP' && code !== 'EMLINK') throw e;
    await copyFile(from, to);
  }
}

/** Carries an entry the tool did not write into the new generation (files linked, folders copied). */
async function carryForeign(from: string, to: string): Promise<void> {
  const st = await lstat(from);
  if (st.isDirectory()) {
    await mkdir(to);
    for (const n of await readdir(from)) await carryForeign(join(from, n), join(to, n));
  } else if (st.isSymbolicLink()) await symlink(await readlink(from), to);
  else if (st.isFile()) await linkOrCopy(from, to);
}

async function writeSynced(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(dir: string): Promise<void> {
  const h = await open(dir, 'r');
  try {
    await h.sync().catch(() => {});
  } finally {
    await h.close();
  }
}

/**
 * Replaces the output set of `project` under `parent` by `files`, in one atomic switch (see above).
 * Throws (with a file-system error code) when the disk is full or not writable; the old set is then
 * untouched and this commit's staging is removed.
 */
export async function commitOutputs(
  parent: string,
  project: string,
  files: OutputFile[],
  opts: CommitOptions = {},
): Promise<CommitResult> {
  for (const f of files) {
    if (!isSafeOutputName(f.name)) throw new Error(`unsafe output name ${JSON.stringify(f.name)}`);
  }
  await mkdir(parent, { recursive: true });
  const target = join(parent, project);
  restoreMovedAside(parent, project);
  const current = await currentGeneration(target);
  removeStaleStaging(parent, project, current.dir);
  const owned = new Set(opts.owned ?? []);
  const names = new Set(files.map((f) => f.name));
  const carry = new Set([...(opts.carry ?? [])].filter((n) => !names.has(n) && isSafeOutputName(n)));
  const result: CommitResult = { written: [], unchanged: [], carried: [], removed: [], foreign: [] };

  const gen = join(parent, stagingName(project, 'gen'));
  track(gen);
  try {
    await mkdir(gen);
    for (const f of files) {
      const old = current.dir ? join(current.dir, f.name) : undefined;
      if (old && (await sameBytes(old, f.data))) {
        await linkOrCopy(old, join(gen, f.name));
        result.unchanged.push(f.name);
      } else {
        await writeSynced(join(gen, f.name), f.data);
        result.written.push(f.name);
      }
    }
    if (current.dir) {
      for (const n of (await readdir(current.dir)).sort()) {
        if (names.has(n)) continue;
        const from = join(current.dir, n);
        if (carry.has(n)) {
          await linkOrCopy(from, join(gen, n));
          result.carried.push(n);
        } else if (owned.has(n)) result.removed.push(n);
        else if (OLD_TEMPORARY.test(n)) continue;
        else {
          await carryForeign(from, join(gen, n));
          result.foreign.push(n);
        }
      }
    }
    await syncFolder(gen);
    await switchTo(parent, project, gen, current);
  } catch (e) {
    await rm(gen, { recursive: true, force: true });
    untrack(gen);
    throw e;
  }
  untrack(gen);
  if (current.dir && current.dir !== gen)
    await rm(current.dir, { recursive: true, force: true }).catch(() => {});
  return result;
}

/** Points `parent/project` at `gen`: one rename of a fresh link over the old link. */
async function switchTo(
  parent: string,
  project: string,
  gen: string,
  current: { dir?: string; isLink: boolean; exists: boolean },
): Promise<void> {
  const target = join(parent, project);
  const tmpLink = join(parent, stagingName(project, 'link'));
  track(tmpLink);
  try {
    await symlink(basename(gen), tmpLink);
    if (current.exists && !current.isLink) {
      // A real folder from an older version: move it aside (it is removed once the link is in place).
      const aside = join(parent, stagingName(project, 'old'));
      await rename(target, aside);
      current.dir = aside;
    }
    await rename(tmpLink, target);
    await syncFolder(parent);
  } catch (e) {
    await rm(tmpLink, { force: true });
    throw e;
  } finally {
    untrack(tmpLink);
  }
}
