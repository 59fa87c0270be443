import { deflateSync, inflateSync as fflateInflate, unzlibSync as fflateUnzlib, zlibSync } from 'fflate';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { inflateSync, tinyInflate, unzlibSync } from '../../src/cli/bundle-shims/native-inflate.js';

/**
 * The bundle inflates with Node's zlib where fontkit, linebreak and pdf-lib use fflate and tiny-inflate
 * (src/cli/bundle-plugins.ts). The results must be the same bytes, in the same kind of array, with the
 * same `out`/`dest` behaviour.
 */
const require = createRequire(import.meta.url);
const tiny = require('tiny-inflate') as (source: Uint8Array, dest: Uint8Array) => Uint8Array;

const data = fc.oneof(
  fc.uint8Array({ maxLength: 5000 }),
  fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s.repeat(3))),
);
const level = fc.constantFrom(0, 1, 6, 9) as fc.Arbitrary<0 | 1 | 6 | 9>;

describe('native inflate for the bundle', () => {
  it('inflateSync gives fflate’s bytes, with and without `out`', () => {
    fc.assert(
      fc.property(data, level, fc.nat(20), (raw, lvl, spare) => {
        const packed = deflateSync(raw, { level: lvl });
        const ours = inflateSync(packed);
        expect(ours).toBeInstanceOf(Uint8Array);
        expect(Buffer.from(ours).equals(Buffer.from(fflateInflate(packed)))).toBe(true);
        const out = new Uint8Array(raw.length + spare);
        const into = inflateSync(packed, { out });
        expect(into.buffer).toBe(out.buffer);
        expect(into.length).toBe(raw.length);
        expect(Buffer.from(into).equals(Buffer.from(raw))).toBe(true);
      }),
    );
  });

  it('unzlibSync gives fflate’s bytes', () => {
    fc.assert(
      fc.property(data, level, (raw, lvl) => {
        const packed = zlibSync(raw, { level: lvl });
        expect(Buffer.from(unzlibSync(packed)).equals(Buffer.from(fflateUnzlib(packed)))).toBe(true);
      }),
    );
  });

  it('tinyInflate gives tiny-inflate’s result, full or cut short', () => {
    fc.assert(
      fc.property(data, level, fc.nat(20), (raw, lvl, spare) => {
        const packed = deflateSync(raw, { level: lvl });
        const a = tinyInflate(packed, new Uint8Array(raw.length + spare));
        const b = tiny(packed, new Uint8Array(raw.length + spare));
        expect(a.length).toBe(b.length);
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      }),
    );
  });

  it('refuses data that does not fit, and broken data, as errors', () => {
    const packed = deflateSync(new Uint8Array(100).fill(7));
    expect(() => tinyInflate(packed, new Uint8Array(10))).toThrow(RangeError);
    expect(() => inflateSync(packed, { out: new Uint8Array(10) })).toThrow(RangeError);
    expect(() => inflateSync(new Uint8Array([255, 255, 255]))).toThrow();
  });
});
