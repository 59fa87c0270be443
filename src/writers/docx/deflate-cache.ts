import { deflateRaw, type DeflateLevel } from '../deflate.js';
import { programCacheKey, readProgram, writeProgram } from '../program-cache.js';
import { crc32, type Deflated } from './zip.js';

/**
 * Parts that are the same in every package (the embedded font faces, the constant XML parts), deflated
 * once and kept in the font cache on disk (program-cache.ts) with their CRC-32 and length: a fresh
 * process (a cold build) then reads them instead of compressing 1.5 MB. `label` must name the content
 * exactly (the key also holds the versions of the font packages and libdeflate); `read` gives the data when
 * the cache has no entry. The cached bytes are this CRC-32 (4 bytes, big-endian), then the deflated data.
 */
export function deflatedOnce(label: string, level: DeflateLevel, read: () => Uint8Array): Deflated {
  const key = programCacheKey(`docx ${label} level ${level} with crc`, []);
  const cached = key === undefined ? undefined : readProgram(key);
  if (cached !== undefined && cached.deflated.length >= 4) {
    const stored = cached.deflated;
    const crc = new DataView(stored.buffer, stored.byteOffset, 4).getUint32(0);
    return { body: stored.subarray(4), crc, size: cached.length };
  }
  const data = read();
  const body = deflateRaw(data, level);
  const crc = crc32(data);
  if (key !== undefined) {
    const stored = new Uint8Array(4 + body.length);
    new DataView(stored.buffer).setUint32(0, crc);
    stored.set(body, 4);
    writeProgram(key, { deflated: stored, length: data.length });
  }
  return { body, crc, size: data.length };
}
