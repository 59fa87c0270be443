import * as zlib from 'node:zlib';
import { deflateRaw, type DeflateLevel } from '../deflate.js';

/** Data already deflated, with the CRC-32 and length of the data it holds. */
export interface Deflated {
  body: Uint8Array;
  crc: number;
  size: number;
}

/**
 * One file of the package: its bytes, and whether to deflate them (pictures are stored as they are), or
 * its bytes already deflated (written as they are).
 */
export type ZipEntry =
  | {
      name: string;
      data: Uint8Array;
      /** A key for the compressed-data cache (the part's text), or undefined not to cache. */
      cacheKey?: string;
      deflated?: undefined;
    }
  | { name: string; data?: undefined; cacheKey?: undefined; deflated: Deflated };

interface Packed {
  crc: number;
  method: 0 | 8;
  body: Uint8Array;
}

/**
 * Compressed parts by content. Most parts of a DOCX (theme, settings, font table, footnotes, relationships
 * of headers and footers, often styles and numbering) are the same in every document; compressing them
 * once per process keeps the zip step cheap. Keys are the parts' text, so a hit is the same bytes.
 */
const cache = new Map<string, Packed>();
const CACHE_LIMIT = 128;
const CACHE_MAX_TEXT = 256 * 1024;

/**
 * libdeflate level for the parts (../deflate.ts: the same bytes on every machine, unlike Node's zlib).
 */
export const ZIP_LEVEL: DeflateLevel = 6;

/** 1980-01-01 00:00 as a DOS date and time: the same in every time zone. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const STORED = /\.(png|jpe?g|gif)$/i;

function pack(entry: ZipEntry): Packed {
  if (entry.deflated) return { crc: entry.deflated.crc, method: 8, body: entry.deflated.body };
  return packData(entry.name, entry.data, entry.cacheKey);
}

function packData(name: string, data: Uint8Array, cacheKey: string | undefined): Packed {
  const entry = { name, data, cacheKey };
  const key =
    entry.cacheKey !== undefined && entry.cacheKey.length <= CACHE_MAX_TEXT
      ? `${entry.name}\n${entry.cacheKey}`
      : undefined;
  if (key !== undefined) {
    const hit = cache.get(key);
    if (hit) return hit;
  }
  const crc = crc32(entry.data);
  const packed: Packed = STORED.test(entry.name)
    ? { crc, method: 0, body: entry.data }
    : { crc, method: 8, body: deflateRaw(entry.data, ZIP_LEVEL) };
  if (key !== undefined) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, packed);
  }
  return packed;
}

/**
 * Writes a zip file with the entries in the given order, fixed DOS times and no extra fields, so the
 * bytes depend on the entries only.
 */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const utf8Flag = name.length !== entry.name.length ? 0x0800 : 0;
    const { crc, method, body } = pack(entry);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(utf8Flag, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    const size = entry.deflated ? entry.deflated.size : entry.data.length;
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(utf8Flag, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...locals, ...centrals, end], offset + centralSize + end.length);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

let table: Uint32Array | undefined;

/** CRC-32 of the data: Node's own where it has one (20.15+), a table-driven one otherwise. */
export function crc32(data: Uint8Array): number {
  if (nativeCrc) return nativeCrc(data) >>> 0;
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (table[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
