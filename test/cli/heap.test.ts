import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HEAP = 'dist/cli/heap.cjs';

/** Size of the young generation after a lot of short-lived allocation, in a fresh process. */
function youngGenerationMB(env: Record<string, string>, command = 'build'): number {
  const script = `
    const { keepYoungGenerationSmall } = await import('./${HEAP}');
    keepYoungGenerationSmall('${command}');
    const v8 = await import('node:v8');
    let keep = [];
    for (let i = 0; i < 2e6; i++) { keep.push({ a: i, b: 'x' + i }); if (keep.length > 50000) keep = []; }
    const s = v8.getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
    console.log(s.space_size / 2 ** 20);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return Number(r.stdout.trim());
}

describe.skipIf(!existsSync(HEAP))('young generation', () => {
  it('stays at its starting size, unless GRANTDOCS_SMALL_HEAP=0', () => {
    expect(youngGenerationMB({})).toBeLessThanOrEqual(4);
    expect(youngGenerationMB({ GRANTDOCS_SMALL_HEAP: '0' })).toBeGreaterThan(8);
  });
  it('grows as V8 lets it in watch, whose rebuilds would otherwise collect ~20 times as often', () => {
    expect(youngGenerationMB({}, 'watch')).toBeGreaterThan(8);
  });
});
