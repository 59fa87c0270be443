import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageJsonPath } from '../build/version.js';

/**
 * DEFLATE for every compressed byte grantdocs writes: the PDFs' streams (pdf/flate-streams.ts), the
 * font programs (pdf/font-subset.ts) and the DOCX zip (docx/zip.ts). It is libdeflate compiled to
 * WebAssembly, as the npm package `libdeflate` ships it.
 *
 * Why libdeflate in WebAssembly:
 * - Same input, same bytes on every machine: WebAssembly runs the same integer code everywhere, and the
 *   package's version is pinned (package.json, package-lock.json). Node's zlib is faster still, but its
 *   output depends on the zlib build Node carries.
 * - Fast from the first call: the engine compiles the module before it runs. fflate (the JavaScript
 *   DEFLATE used before) runs cold in a fresh process: the sample's ~950 KB took ~100–130 ms there and
 *   ~20 ms warm; libdeflate takes ~40 ms cold and ~11 ms warm, and its output is ~7 % smaller
 *   (docs/ytelse.md, «Fifth round»).
 *
 * Why not the package's own `index.js`: its Emscripten loader, run in Node, installs process-wide
 * handlers for `uncaughtException` and `unhandledRejection` that rethrow (a crash with a stack trace
 * instead of our own message), reads `process.argv`, and its package asks for Node ≥ 24. We use only its
 * WebAssembly binary: it sits in the loader file as a base64 data URL. The loader's own tables say
 * which export is which function (`Module["_libdeflate_zlib_compress"]=asm["j"]`) and which import is
 * which helper (`asmLibraryArg={"b":_emscripten_memcpy_big,…}`); this file reads them there, gives the
 * module the two helpers it imports (copying bytes inside its memory, growing its memory) as the loader
 * does, and refuses a loader whose tables it cannot read (test/writers/deflate.test.ts).
 */

export type DeflateFormat = 'deflate' | 'zlib';

/** libdeflate's levels: 1 (fastest) to 12 (smallest). */
export type DeflateLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** The package file that holds the WebAssembly binary and the loader's tables. */
const LOADER = join('dist', 'libdeflate.wasm.mjs');
/** The loader's largest heap (emscripten_get_heap_max): 2 GB. */
const MAX_HEAP = 2 ** 31;
const PAGE = 65536;

const FUNCTIONS = [
  '___wasm_call_ctors',
  '_libdeflate_alloc_compressor',
  '_libdeflate_free_compressor',
  '_libdeflate_deflate_compress',
  '_libdeflate_deflate_compress_bound',
  '_libdeflate_zlib_compress',
  '_libdeflate_zlib_compress_bound',
  '_malloc',
  '_free',
] as const;
type FunctionName = (typeof FUNCTIONS)[number];
type Exported = Record<FunctionName, (...args: number[]) => number>;

/** What the loader file says about the binary: its bytes and the names of what it exports and imports. */
export interface LoaderTables {
  wasm: Uint8Array<ArrayBuffer>;
  /** Our name → the binary's (minified) export name. */
  exports: Record<FunctionName | 'memory', string>;
  /** The binary's import name → the helper it stands for. */
  imports: Record<string, 'memcpy' | 'resizeHeap'>;
}

/** Reads the tables out of the loader's text; throws (in Norwegian) when one is missing. */
export function readLoaderTables(text: string): LoaderTables {
  const fail = (what: string): never => {
    throw new Error(
      `Komprimeringen kan ikke startes: fant ikke ${what} i libdeflate-pakken (${LOADER}). ` +
        'Installer pakkene på nytt med «npm ci».',
    );
  };
  // The binary: a data URL whose base64 starts with «AGFzbQ» ("\0asm", WebAssembly's magic number).
  const data = /data:application\/octet-stream;base64,(AGFzbQ[A-Za-z0-9+/=]+)/.exec(text);
  const wasm = data ? Buffer.from(data[1]!, 'base64') : fail('WebAssembly-modulen');
  const exported = new Map<string, string>();
  for (const m of text.matchAll(/Module\["(_\w+)"\]=asm\["(\w+)"\]/g)) exported.set(m[1]!, m[2]!);
  const exports = {} as LoaderTables['exports'];
  for (const name of FUNCTIONS) exports[name] = exported.get(name) ?? fail(`funksjonen ${name}`);
  exports.memory = /wasmMemory=Module\["asm"\]\["(\w+)"\]/.exec(text)?.[1] ?? fail('minnet');
  const args = /asmLibraryArg=\{([^}]*)\}/.exec(text)?.[1] ?? fail('importtabellen');
  const imports: LoaderTables['imports'] = {};
  for (const m of args.matchAll(/"(\w+)":(\w+)/g)) {
    if (m[2] === '_emscripten_memcpy_big') imports[m[1]!] = 'memcpy';
    else if (m[2] === '_emscripten_resize_heap') imports[m[1]!] = 'resizeHeap';
    else fail(`hjelpefunksjonen ${m[2]}`);
  }
  return { wasm: new Uint8Array(wasm), exports, imports };
}

export interface Engine {
  fn: Exported;
  memory: WebAssembly.Memory;
  /** One compressor per level, kept for the life of the process. */
  compressors: Map<number, number>;
}

let engine: Engine | undefined;

/** Compiles and starts the module from the tables (exported for the tests). */
export function startEngine(tables: LoaderTables): Engine {
  const module = new WebAssembly.Module(tables.wasm);
  let memory: WebAssembly.Memory | undefined;
  const helpers = {
    memcpy: (dest: number, src: number, n: number): void => {
      new Uint8Array(memory!.buffer).copyWithin(dest >>> 0, src >>> 0, (src >>> 0) + (n >>> 0));
    },
    // As the loader's _emscripten_resize_heap: grow by at least a fifth (at most 96 MB more than asked),
    // in whole pages, up to 2 GB; 0 tells malloc that there is no more memory.
    resizeHeap: (requested: number): number => {
      const want = requested >>> 0;
      const old = memory!.buffer.byteLength;
      if (want > MAX_HEAP) return 0;
      const grown = Math.max(want, Math.min(old * 1.2, want + 96 * 1024 * 1024));
      const size = Math.min(MAX_HEAP, Math.ceil(grown / PAGE) * PAGE);
      try {
        memory!.grow((size - old) / PAGE);
        return 1;
      } catch {
        return 0;
      }
    },
  };
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    const helper = tables.imports[imp.name];
    if (imp.kind !== 'function' || !helper) {
      throw new Error(
        `Komprimeringen kan ikke startes: libdeflate-modulen ber om «${imp.module}.${imp.name}», ` +
          'som grantdocs ikke kjenner. Installer pakkene på nytt med «npm ci».',
      );
    }
    (imports[imp.module] ??= {})[imp.name] = helpers[helper];
  }
  const instance = new WebAssembly.Instance(module, imports);
  const raw = instance.exports;
  const mem = raw[tables.exports.memory];
  if (!(mem instanceof WebAssembly.Memory))
    throw new Error('Komprimeringen kan ikke startes: libdeflate-modulen har ikke minnet der pakken sier.');
  memory = mem;
  const fn = {} as Exported;
  for (const name of FUNCTIONS) {
    const f = raw[tables.exports[name]];
    if (typeof f !== 'function') {
      throw new Error(`Komprimeringen kan ikke startes: libdeflate-modulen mangler ${name}.`);
    }
    fn[name] = f as (...args: number[]) => number;
  }
  fn.___wasm_call_ctors();
  return { fn, memory: mem, compressors: new Map() };
}

/** The text of the package's loader file. */
export function loaderText(): string {
  return readFileSync(join(dirname(packageJsonPath('libdeflate', import.meta.url)), LOADER), 'latin1');
}

function theEngine(): Engine {
  engine ??= startEngine(readLoaderTables(loaderText()));
  return engine;
}

/**
 * `data` compressed at `level`: raw DEFLATE (`deflate`, as in a zip) or with the zlib wrapper (`zlib`, as
 * a PDF's FlateDecode). The result is a copy, owned by the caller.
 */
export function compress(format: DeflateFormat, data: Uint8Array, level: DeflateLevel): Uint8Array {
  return compressWith(theEngine(), format, data, level);
}

/** `compress` on a given engine (the tests start their own). */
export function compressWith(
  engine: Engine,
  format: DeflateFormat,
  data: Uint8Array,
  level: DeflateLevel,
): Uint8Array {
  if (!Number.isInteger(level) || level < 1 || level > 12) throw new RangeError(`DEFLATE level ${level}`);
  const { fn, memory, compressors } = engine;
  let compressor = compressors.get(level);
  if (compressor === undefined) {
    compressor = fn._libdeflate_alloc_compressor(level) >>> 0;
    if (compressor === 0) throw outOfMemory(data.length);
    compressors.set(level, compressor);
  }
  const bound =
    (format === 'zlib' ? fn._libdeflate_zlib_compress_bound : fn._libdeflate_deflate_compress_bound)(
      compressor,
      data.length,
    ) >>> 0;
  const input = fn._malloc(Math.max(1, data.length)) >>> 0;
  if (input === 0) throw outOfMemory(data.length);
  try {
    const output = fn._malloc(bound) >>> 0;
    if (output === 0) throw outOfMemory(data.length);
    try {
      // The memory may have grown in malloc: views are made after it.
      new Uint8Array(memory.buffer, input, data.length).set(data);
      const run = format === 'zlib' ? fn._libdeflate_zlib_compress : fn._libdeflate_deflate_compress;
      const written = run(compressor, input, data.length, output, bound) >>> 0;
      if (written === 0)
        throw new Error(`Komprimeringen feilet: ${data.length} byte fikk ikke plass i ${bound}.`);
      return new Uint8Array(memory.buffer, output, written).slice();
    } finally {
      fn._free(output);
    }
  } finally {
    fn._free(input);
  }
}

function outOfMemory(bytes: number): Error {
  return new Error(`Komprimeringen fikk ikke minne til ${bytes} byte.`);
}

/** Raw DEFLATE (zip entries). */
export const deflateRaw = (data: Uint8Array, level: DeflateLevel): Uint8Array =>
  compress('deflate', data, level);
/** DEFLATE in a zlib wrapper (PDF FlateDecode streams). */
export const zlibDeflate = (data: Uint8Array, level: DeflateLevel): Uint8Array =>
  compress('zlib', data, level);
