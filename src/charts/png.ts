/**
 * Renders a chart's SVG to PNG with resvg, using only the bundled Source Sans 3 files (no system fonts).
 *
 * Rendering is the slowest step of a cold DOCX build (loading resvg's native module, reading the fonts,
 * shaping and rasterising: ~0.25 s for the sample's two charts), and the PNG depends only on the SVG,
 * the width, the resvg version and the font files. So PNGs are kept in a disk cache,
 * node_modules/.cache/grantdocs-charts/, keyed by a hash of all of these; resvg is loaded only on a miss.
 * A broken or unwritable cache only costs time. Set GRANTDOCS_CHART_CACHE=0 to turn it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { packageVersion } from '../build/version.js';
import { sourceSansFiles } from './font-measurer.js';

const require = createRequire(import.meta.url);
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/grantdocs-charts/', import.meta.url));
/** Bump when the rendering options below change. */
const FORMAT = 'grantdocs-chart-png-1';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The last 12 bytes of every complete PNG: the IEND chunk (length 0, type, CRC). */
const IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** PNG bytes of the SVG scaled to `widthPx` pixels wide (height keeps the aspect ratio). */
export function svgToPng(svg: string, widthPx: number): Uint8Array {
  const width = Math.round(widthPx);
  const key = cacheEnabled() ? cacheKey(svg, width) : undefined;
  const cached = key ? readCached(key) : null;
  if (cached) return cached;
  const png = render(svg, width);
  if (key) writeCached(key, png);
  return png;
}

function render(svg: string, width: number): Uint8Array {
  const { Resvg } = require('@resvg/resvg-js') as { Resvg: typeof ResvgClass };
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: {
      fontFiles: sourceSansFiles(),
      loadSystemFonts: false,
      defaultFontFamily: 'Source Sans 3',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}

function cacheEnabled(): boolean {
  return process.env.GRANTDOCS_CHART_CACHE !== '0';
}

let versions: string | undefined;

/** What the rendering depends on besides the SVG and the width: resvg's and the fonts' versions. */
function rendererVersions(): string {
  if (versions === undefined) {
    const version = (pkg: string) => packageVersion(pkg, import.meta.url);
    versions = `resvg ${version('@resvg/resvg-js')}; source-sans ${version('source-sans')}; ${sourceSansFiles()
      .map((f) => f.replace(/.*[\\/]/, ''))
      .join(',')}`;
  }
  return versions;
}

function cacheKey(svg: string, width: number): string | undefined {
  try {
    return createHash('sha256')
      .update(`${FORMAT}\0${rendererVersions()}\0${width}\0`)
      .update(svg)
      .digest('hex')
      .slice(0, 40);
  } catch {
    return undefined;
  }
}

function isCompletePng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length + IEND.length) return false;
  const end = bytes.length - IEND.length;
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b) && IEND.every((b, i) => bytes[end + i] === b);
}

function readCached(key: string): Uint8Array | null {
  try {
    const bytes = new Uint8Array(readFileSync(join(CACHE_DIR, `${key}.png`)));
    return isCompletePng(bytes) ? bytes : null;
  } catch {
    return null;
  }
}

function writeCached(key: string, png: Uint8Array): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, png);
    renameSync(tmp, join(CACHE_DIR, `${key}.png`));
  } catch {
    // A cache that cannot be written only costs time on the next build.
  }
}
