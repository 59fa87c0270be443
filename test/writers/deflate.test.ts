import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageJsonPath } from '../../src/build/version.js';
import {
  compress,
  compressWith,
  loaderText,
  readLoaderTables,
  startEngine,
  type DeflateLevel,
} from '../../src/writers/deflate.js';

const inflate = (format: 'deflate' | 'zlib', bytes: Uint8Array) =>
  new Uint8Array(format === 'zlib' ? inflateSync(bytes) : inflateRawSync(bytes));

/** Bytes that compress like text: words from a small vocabulary, some random bytes between. */
const textLike = fc
  .array(
    fc.oneof(fc.constantFrom('BT ', '/F1 10 Tf ', '<w:t>', 'Søknad ', '0.5 0 0 rg ', '\n'), fc.string()),
    {
      maxLength: 400,
    },
  )
  .map((parts) => new Uint8Array(Buffer.from(parts.join(''), 'utf8')));
const anyBytes = fc.oneof(textLike, fc.uint8Array({ maxLength: 5000 }));
const level = fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<DeflateLevel>;

describe('DEFLATE by libdeflate (WebAssembly)', () => {
  it('inflates back to the input, raw and in a zlib wrapper, at every level', () => {
    fc.assert(
      fc.property(
        anyBytes,
        level,
        fc.constantFrom('deflate', 'zlib') as fc.Arbitrary<'deflate' | 'zlib'>,
        (data, l, f) => {
          const packed = compress(f, data, l);
          expect(inflate(f, packed)).toEqual(data);
          // The same input gives the same bytes.
          expect(compress(f, data, l)).toEqual(packed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles empty input, one byte, and input larger than the module memory it starts with', () => {
    for (const data of [new Uint8Array(0), new Uint8Array([7])]) {
      expect(inflate('zlib', compress('zlib', data, 6))).toEqual(data);
      expect(inflate('deflate', compress('deflate', data, 6))).toEqual(data);
    }
    // 24 MB, half of it random: more than the 16 MB the module starts with, so its memory must grow.
    const big = new Uint8Array(24 * 1024 * 1024);
    let seed = 1;
    for (let i = 0; i < big.length; i += 2) big[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const packed = compress('deflate', big, 1);
    expect(Buffer.from(inflate('deflate', packed)).equals(Buffer.from(big))).toBe(true);
  });

  it('refuses levels libdeflate does not have', () => {
    for (const bad of [0, 13, 2.5, -1]) {
      expect(() => compress('zlib', new Uint8Array(3), bad as DeflateLevel)).toThrow(RangeError);
    }
  });

  it('gives the same bytes as the package’s own loader, in a process of its own', () => {
    // The package's index.js installs process-wide handlers, so it runs in a child process.
    const samples = [
      Buffer.from('BT /F1 10 Tf 72 700 Td (Hello) Tj ET\n'.repeat(200)),
      Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)),
      Buffer.alloc(0),
    ];
    const index = join(dirname(packageJsonPath('libdeflate', import.meta.url)), 'index.js');
    const script = `
      const ld = await import(${JSON.stringify(index)});
      const inputs = JSON.parse(process.argv[1]).map((h) => Buffer.from(h, 'hex'));
      const out = [];
      for (const d of inputs) for (const l of [1, 6, 12]) {
        out.push(Buffer.from(ld.deflate(d, l)).toString('hex'), Buffer.from(ld.zlib(d, l)).toString('hex'));
      }
      console.log(JSON.stringify(out));`;
    const theirs = JSON.parse(
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', script, JSON.stringify(samples.map((s) => s.toString('hex')))],
        {
          encoding: 'utf8',
        },
      ),
    ) as string[];
    const ours: string[] = [];
    for (const d of samples) {
      for (const l of [1, 6, 12] as const) {
        ours.push(
          Buffer.from(compress('deflate', d, l)).toString('hex'),
          Buffer.from(compress('zlib', d, l)).toString('hex'),
        );
      }
    }
    expect(ours).toEqual(theirs);
  });

  it('frees what each call takes: memory stays the same over many calls', () => {
    const engine = startEngine(readLoaderTables(loaderText()));
    const data = new Uint8Array(Buffer.from('Felles tekst som gjentas. '.repeat(40_000)));
    compressWith(engine, 'zlib', data, 6);
    const after = engine.memory.buffer.byteLength;
    for (let i = 0; i < 100; i++) compressWith(engine, i % 2 ? 'zlib' : 'deflate', data, 6);
    expect(engine.memory.buffer.byteLength).toBe(after);
  });

  it('refuses a loader file whose tables it cannot read, in Norwegian, pointing to npm ci', () => {
    const text = loaderText();
    const broken = [
      text.replace(/base64,AGFzbQ/, 'base64,AAAAAA'),
      text.replaceAll('Module["_libdeflate_zlib_compress"]', 'Module["_renamed"]'),
      text.replace('wasmMemory=Module["asm"]', 'mem=Module["asm"]'),
      text.replaceAll('_emscripten_memcpy_big', '_emscripten_something_else'),
      text.replace(/asmLibraryArg=\{[^}]*\}/, 'asmLibraryArg=(x)'),
    ];
    for (const t of broken) {
      expect(t).not.toBe(text);
      expect(() => readLoaderTables(t)).toThrow(/Komprimeringen kan ikke startes.*npm ci/);
    }
    // A binary that imports something the tables do not name.
    const tables = readLoaderTables(text);
    const renamed = { ...tables, imports: { zz: 'memcpy' as const } };
    expect(() => startEngine(renamed)).toThrow(/ber om «a\.\w»/);
  });
});
