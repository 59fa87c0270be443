/**
 * Reading a file the content or the templates name, safely: only a regular file (never a FIFO, a device
 * such as /dev/zero, or a folder), only if its real path (after every symbolic link) lies inside one of
 * the allowed folders, and only up to a size limit checked on the opened file. Opening uses O_NONBLOCK,
 * so even a FIFO put in place between the check and the open cannot make the build wait.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

export type ReadProblem =
  /** The real path lies outside the allowed folders (a symbolic link leading out, or ../). */
  | 'outside'
  /** Not a regular file: a folder, FIFO, device or socket. */
  | 'not-file'
  /** Larger than the limit. */
  | 'too-large'
  /** No such file. */
  | 'missing'
  /** Could not be opened or read (permissions, I/O); `code` says why. */
  | 'unreadable';

export class SafeReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    readonly path: string,
    readonly code?: string,
    /** The file's size in bytes, when it is known (too-large). */
    readonly size?: number,
  ) {
    super(`${problem}: ${path}${code ? ` (${code})` : ''}`);
    this.name = 'SafeReadError';
  }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The real path of a folder, or the folder as given when it does not exist. */
function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/** The real path of `path` when it is inside one of `roots` (compared by real paths), else a problem. */
export function realPathInside(path: string, roots: readonly string[]): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SafeReadError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', path, code);
  }
  if (!roots.some((r) => isInside(realRoot(r), real))) throw new SafeReadError('outside', path);
  return real;
}

/**
 * The bytes of a regular file inside `roots` (all folders allowed when `roots` is undefined), at most
 * `maxBytes` (else 'too-large'), or `headBytes` from its start when given. Throws SafeReadError.
 */
export function readSafely(
  path: string,
  opts: { roots?: readonly string[]; maxBytes: number; headBytes?: number },
): Buffer {
  const real = opts.roots ? realPathInside(path, opts.roots) : path;
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SafeReadError('missing', path, code);
    if (code === 'ENXIO' || code === 'EISDIR') throw new SafeReadError('not-file', path, code);
    throw new SafeReadError('unreadable', path, code);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new SafeReadError('not-file', path);
    if (opts.headBytes === undefined && st.size > opts.maxBytes)
      throw new SafeReadError('too-large', path, undefined, st.size);
    const want = Math.min(opts.headBytes ?? opts.maxBytes + 1, opts.maxBytes + 1);
    const buf = Buffer.alloc(Math.min(want, st.size + 1));
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    if (opts.headBytes === undefined && got > opts.maxBytes) throw new SafeReadError('too-large', path);
    return buf.subarray(0, got);
  } catch (e) {
    if (e instanceof SafeReadError) throw e;
    throw new SafeReadError('unreadable', path, (e as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/** Size limits of the files the content names. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
export const MAX_TEMPLATE_BYTES = 1024 * 1024;
