import { readCheckedImage } from '../../content/image-check.js';

/** A raster image read from disk, with its pixel size. */
export interface RasterImage {
  type: 'png' | 'jpg';
  data: Uint8Array;
  width: number;
  height: number;
}

/** Reads a PNG or JPEG file and its pixel size from the file header; null when it is neither. */
export function readRaster(path: string): RasterImage | null {
  const data = new Uint8Array(readCheckedImage(path));
  return rasterInfo(data);
}

export function rasterInfo(data: Uint8Array): RasterImage | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // PNG: signature, then the IHDR chunk with width and height as big-endian 32-bit numbers.
  if (data.length >= 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) {
    return { type: 'png', data, width: view.getUint32(16), height: view.getUint32(20) };
  }
  // JPEG: walk the segments to the first start-of-frame marker.
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let pos = 2;
    while (pos + 9 < data.length) {
      if (data[pos] !== 0xff) return null;
      const marker = data[pos + 1] ?? 0;
      const length = view.getUint16(pos + 2);
      const isFrame =
        marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame)
        return { type: 'jpg', data, height: view.getUint16(pos + 5), width: view.getUint16(pos + 7) };
      pos += 2 + length;
    }
  }
  return null;
}

/** Width of the text column in CSS pixels (96 per inch): A4 minus 2 × 25 mm. */
export const TEXT_WIDTH_PX = Math.floor(((210 - 50) / 25.4) * 96);

/** Display size in pixels: natural size at 96 dpi, scaled down to fit the text column. */
export function fitToColumn(
  width: number,
  height: number,
  maxWidth = TEXT_WIDTH_PX,
): { width: number; height: number } {
  if (width <= maxWidth) return { width, height };
  return { width: maxWidth, height: Math.round((height * maxWidth) / width) };
}
