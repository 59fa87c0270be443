/**
 * A disk cache of compressed font programs, node_modules/.cache/grantdocs-fonts/: the PDF's subsets
 * (pdf/font-subset.ts) and the DOCX's embedded faces (docx/embed-fonts.ts, keyed by the face alone).
 *
 * Subsetting a face (fontkit's encoder) and deflating the result is the largest fixed cost of a PDF in
 * a fresh process (~80 ms for the sample's three documents). The program depends only on the face,
 * the glyphs used (in subset order), and the versions of the font packages, fontkit and libdeflate, so it
 * is kept under a hash of these; a document whose text uses the same glyphs (most edits) reuses it.
 * Each entry holds a SHA-256 of its bytes and is used only when it matches; a broken or unwritable
 * cache only costs time. GRANTDOCS_FONT_CACHE=0 turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../build/version.js';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/grantdocs-fonts/', import.meta.url));
/** Bump when the subsetting or the compression changes. */
const FORMAT = 'grantdocs-font-program-2';

export interface Program {
  deflated: Uint8Array;
  /** Length of the uncompressed program (the stream's /Length1). */
  length: number;
}

let versions: string | undefined;

function packageVersions(): string {
  if (versions === undefined) {
    versions = ['source-sans', 'notosans-fontface', '@cantoo/fontkit', 'libdeflate']
      .map((p) => `${p} ${packageVersion(p, import.meta.url)}`)
      .join('; ');
  }
  return versions;
}

export function programCacheKey(postscriptName: string, used: number[]): string | undefined {
  if (process.env.GRANTDOCS_FONT_CACHE === '0') return undefined;
  try {
    return createHash('sha256')
      .update(`${FORMAT}\0${packageVersions()}\0${postscriptName}\0${used.join(',')}`)
      .digest('hex')
      .slice(0, 40);
  } catch {
    return undefined;
  }
}

/** Entry layout: 4 bytes uncompressed length, 32 bytes SHA-256 of the deflated bytes, the deflated bytes. */
export function readProgram(key: string): Program | undefined {
  try {
    const file = readFileSync(join(CACHE_DIR, `${key}.bin`));
    if (file.length < 36) return undefined;
    const deflated = new Uint8Array(file.subarray(36));
    const sum = createHash('sha256').update(deflated).digest();
    if (!sum.equals(file.subarray(4, 36))) return undefined;
    return { deflated, length: file.readUInt32BE(0) };
  } catch {
    return undefined;
  }
}

export function writeProgram(key: string, program: Program): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const head = Buffer.alloc(36);
    head.writeUInt32BE(program.length, 0);
    createHash('sha256').update(program.deflated).digest().copy(head, 4);
    const tmp = join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, Buffer.concat([head, program.deflated]));
    renameSync(tmp, join(CACHE_DIR, `${key}.bin`));
  } catch {
    // A cache that cannot be written only costs time on the next build.
  }
}
