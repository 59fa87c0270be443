/**
 * What is wrong with a picture's bytes, before anything decodes it: the format (PNG or JPEG), the pixel
 * size its header declares (a few hundred bytes can declare 100 000 × 100 000 pixels, which would take
 * tens of GB to decode), and for PNG that the file is whole (every chunk complete, image data that
 * inflates to exactly the declared size, an end chunk). Used by the check, at the line that names the
 * picture, and by the writers before they decode.
 */
import { inflateSync } from 'node:zlib';
import { MAX_IMAGE_BYTES, readSafely } from './safe-read.js';

/** At most this many pixels (50 megapixels: a 8 000 × 6 000 photo) and this many on a side. */
export const MAX_PIXELS = 50_000_000;
export const MAX_SIDE = 20_000;

export type ImageProblem =
  | { kind: 'not-image' }
  | { kind: 'too-many-pixels'; width: number; height: number }
  | { kind: 'broken'; detail: string };

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function pngProblem(b: Buffer): ImageProblem | undefined {
  if (b.length < 33 || b.toString('latin1', 12, 16) !== 'IHDR') return { kind: 'broken', detail: 'IHDR mangler' };
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  if (width === 0 || height === 0) return { kind: 'broken', detail: 'bredde eller høyde er 0' };
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS)
    return { kind: 'too-many-pixels', width, height };
  const depth = b[24]!;
  const colour = b[25]!;
  const interlaced = b[28] === 1;
  const idat: Buffer[] = [];
  let at = 8;
  let ended = false;
  while (at + 12 <= b.length) {
    const len = b.readUInt32BE(at);
    const name = b.toString('latin1', at + 4, at + 8);
    if (at + 12 + len > b.length) return { kind: 'broken', detail: 'filen er avkortet' };
    if (name === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    at += 12 + len;
    if (name === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended) return { kind: 'broken', detail: 'filen er avkortet' };
  if (idat.length === 0) return { kind: 'broken', detail: 'bildedata mangler' };
  if (interlaced) return undefined; // the interlaced layout's size is not worth computing here
  const channels = CHANNELS[colour];
  if (!channels) return { kind: 'broken', detail: 'ukjent fargetype' };
  const expected = height * (1 + Math.ceil((width * channels * depth) / 8));
  try {
    const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
    if (raw.length !== expected) return { kind: 'broken', detail: 'bildedataene har feil størrelse' };
  } catch {
    return { kind: 'broken', detail: 'bildedataene er ødelagt eller avkortet' };
  }
  return undefined;
}

function jpegProblem(b: Buffer): ImageProblem | undefined {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return { kind: 'broken', detail: 'ugyldig JPEG-struktur' };
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      const height = b.readUInt16BE(at + 5);
      const width = b.readUInt16BE(at + 7);
      if (width === 0 || height === 0) return { kind: 'broken', detail: 'bredde eller høyde er 0' };
      if (width * height > MAX_PIXELS) return { kind: 'too-many-pixels', width, height };
      // A whole JPEG ends with the end-of-image marker (some cameras add a few bytes after it).
      const tail = b.subarray(Math.max(0, b.length - 4096));
      if (tail.lastIndexOf(Buffer.from([0xff, 0xd9])) < 0) return { kind: 'broken', detail: 'filen er avkortet' };
      return undefined;
    }
    at += 2 + b.readUInt16BE(at + 2);
  }
  return { kind: 'broken', detail: 'bildestørrelsen mangler' };
}

export function imageProblem(b: Buffer): ImageProblem | undefined {
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47) return pngProblem(b);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegProblem(b);
  return { kind: 'not-image' };
}

/** The problem in Norwegian, after «Bildet «x» …». */
export function imageProblemText(p: ImageProblem): string {
  switch (p.kind) {
    case 'not-image':
      return 'er ikke et PNG- eller JPEG-bilde';
    case 'too-many-pixels':
      return `er for stort (${p.width} × ${p.height} piksler; grensen er ${MAX_PIXELS / 1_000_000} megapiksler og ${MAX_SIDE} piksler på hver led)`;
    case 'broken':
      return `er ødelagt (${p.detail})`;
  }
}

/**
 * A picture's bytes for the layout and the writers: a regular file within the size limit, and a whole
 * PNG or JPEG within the pixel limit; throws otherwise (the check has reported it at its line).
 */
export function readCheckedImage(path: string): Buffer {
  const bytes = readSafely(path, { maxBytes: MAX_IMAGE_BYTES });
  const p = imageProblem(bytes);
  if (p) throw new Error(`Bildet ${imageProblemText(p)}`);
  return bytes;
}
