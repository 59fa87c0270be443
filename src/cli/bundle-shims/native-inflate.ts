/**
 * Inflate with Node's zlib, for the bundle only (bundle-plugins.ts puts these in place of the JavaScript
 * inflaters of fflate and tiny-inflate that fontkit, linebreak (through unicode-trie) and pdf-lib use).
 *
 * Why: those three libraries inflate their Unicode tables and encodings when the bundle is loaded, in
 * JavaScript that has not been compiled yet: ~25–30 ms of every cold start. Node's zlib does the same in
 * well under a millisecond. Inflating has one right answer, so the bytes are the same as before
 * (test/cli/native-inflate.test.ts compares them with the libraries' own inflaters). Deflating is not
 * Node's zlib, whose compressed bytes depend on the zlib build: it is libdeflate in WebAssembly
 * (src/writers/deflate.ts).
 */
import { inflateRawSync, inflateSync as zlibInflateSync } from 'node:zlib';

interface OutOption {
  out?: Uint8Array;
}

/** fflate's result: `out` filled and cut to the length written, or a new array of its own. */
function fflateResult(bytes: Buffer, opts: OutOption | undefined): Uint8Array {
  const out = opts?.out;
  if (!out) return new Uint8Array(bytes);
  if (bytes.length > out.length) throw new RangeError('inflate: the output does not fit in `out`');
  out.set(bytes);
  return out.subarray(0, bytes.length);
}

/** fflate's `inflateSync`: raw DEFLATE data. */
export function inflateSync(data: Uint8Array, opts?: OutOption): Uint8Array {
  return fflateResult(inflateRawSync(data), opts);
}

/** fflate's `unzlibSync`: DEFLATE data in a zlib wrapper. */
export function unzlibSync(data: Uint8Array, opts?: OutOption): Uint8Array {
  return fflateResult(zlibInflateSync(data), opts);
}

/**
 * tiny-inflate's one function: inflates raw DEFLATE data into `dest` and returns it, or a copy of the
 * part written when that is shorter.
 */
export function tinyInflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const bytes = inflateRawSync(source);
  if (bytes.length > dest.length) throw new RangeError('inflate: the output does not fit in `dest`');
  dest.set(bytes);
  return bytes.length === dest.length ? dest : dest.slice(0, bytes.length);
}
