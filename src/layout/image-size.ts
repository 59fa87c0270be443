/**
 * Pixel size of a PNG or JPEG file, read from its header (PNG: IHDR; JPEG: the first SOFn marker).
 * Returns undefined for a file that is neither.
 */
import { MAX_IMAGE_BYTES, readSafely } from '../content/safe-read.js';

export interface PixelSize {
  width: number;
  height: number;
  /** Pixels per inch if the file says so (PNG pHYs, JPEG JFIF density), else undefined. */
  dpi?: number;
}

export function readImageSize(path: string): PixelSize | undefined {
  return imageSize(readSafely(path, { maxBytes: MAX_IMAGE_BYTES }));
}

export function imageSize(b: Buffer): PixelSize | undefined {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') {
    const size: PixelSize = { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
    // Walk the chunks before the image data for a physical pixel density (unit 1 = metre).
    for (let at = 8; at + 8 <= b.length;) {
      const len = b.readUInt32BE(at);
      const name = b.toString('latin1', at + 4, at + 8);
      if (name === 'IDAT' || name === 'IEND') break;
      if (name === 'pHYs' && len >= 9 && at + 17 <= b.length && b[at + 16] === 1) {
        size.dpi = Math.round(b.readUInt32BE(at + 8) * 0.0254);
      }
      at += 12 + len;
    }
    return size.width > 0 && size.height > 0 ? size : undefined;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let dpi: number | undefined;
    for (let at = 2; at + 9 < b.length;) {
      if (b[at] !== 0xff) return undefined;
      const marker = b[at + 1]!;
      if (marker === 0xff) {
        at++;
        continue;
      }
      const len = b.readUInt16BE(at + 2);
      if (marker === 0xe0 && b.toString('latin1', at + 4, at + 9) === 'JFIF\u0000' && b[at + 11] === 1) {
        dpi = b.readUInt16BE(at + 12);
      }
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) {
        const height = b.readUInt16BE(at + 5);
        const width = b.readUInt16BE(at + 7);
        return width > 0 && height > 0 ? { width, height, ...(dpi ? { dpi } : {}) } : undefined;
      }
      at += 2 + len;
    }
  }
  return undefined;
}
