import { existsSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/charts/png.js';

/**
 * svgToPng keeps each PNG in node_modules/.cache/grantdocs-charts/ and reads it back on the next call
 * with the same SVG and width. The cached bytes must be the rendered bytes; a broken entry is rendered
 * again. Each test uses an SVG no other test draws.
 */
const CACHE = 'node_modules/.cache/grantdocs-charts';
const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120pt" height="40pt" viewBox="0 0 120 40">` +
  `<rect x="0" y="0" width="120" height="40" fill="#ffffff"/>` +
  `<text x="4" y="24" font-family="'Source Sans 3'" font-size="12" fill="#1f3a5f">${label}</text></svg>`;
/** Cache entries holding exactly these bytes (other tests may add entries meanwhile). */
const entriesWith = (png: Uint8Array) =>
  existsSync(CACHE)
    ? readdirSync(CACHE).filter((f) => f.endsWith('.png') && readFileSync(join(CACHE, f)).equals(png))
    : [];
const unique = () => `cache test ${process.pid} ${Math.random().toString(36).slice(2)}`;

afterEach(() => {
  delete process.env.GRANTDOCS_CHART_CACHE;
});

function render(label: string): Uint8Array {
  process.env.GRANTDOCS_CHART_CACHE = '0';
  const png = svgToPng(svg(label), 240);
  delete process.env.GRANTDOCS_CHART_CACHE;
  return png;
}

describe('chart PNG disk cache', () => {
  it('stores the rendered PNG and returns the same bytes from the cache', () => {
    const label = unique();
    const first = svgToPng(svg(label), 240);
    expect(entriesWith(first)).toHaveLength(1);
    const second = svgToPng(svg(label), 240);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(render(label)).equals(Buffer.from(first))).toBe(true);
  });

  it('keys on the width: another width is another picture', () => {
    const label = unique();
    const a = svgToPng(svg(label), 240);
    const b = svgToPng(svg(label), 480);
    expect(b.length).not.toBe(a.length);
    expect(new DataView(b.buffer, b.byteOffset).getUint32(16)).toBe(480);
  });

  it('renders again when a cache entry is truncated', () => {
    const label = unique();
    const png = svgToPng(svg(label), 240);
    const added = entriesWith(png);
    expect(added).toHaveLength(1);
    truncateSync(join(CACHE, added[0]!), png.length - 20);
    const again = svgToPng(svg(label), 240);
    expect(Buffer.from(again).equals(Buffer.from(png))).toBe(true);
  });

  it('writes nothing with GRANTDOCS_CHART_CACHE=0', () => {
    const png = render(unique());
    expect(entriesWith(png)).toEqual([]);
  });
});
