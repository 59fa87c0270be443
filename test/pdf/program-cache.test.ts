import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../cli-run.js';
import { programCacheKey, readProgram, writeProgram } from '../../src/writers/program-cache.js';

const CACHE = 'node_modules/.cache/grantdocs-fonts';

describe('disk cache of subset font programs', () => {
  it('gives back what was stored, and nothing for a damaged entry', () => {
    const key = programCacheKey('TestFace-Regular', [0, 3, 7, Date.now() % 1000])!;
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    const program = { deflated: new Uint8Array([1, 2, 3, 4, 5, 250]), length: 1234 };
    writeProgram(key, program);
    expect(readProgram(key)).toEqual(program);
    const file = join(CACHE, `${key}.bin`);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] = 255 - bytes[bytes.length - 1]!;
    writeFileSync(file, bytes);
    expect(readProgram(key)).toBeUndefined();
    writeFileSync(file, bytes.subarray(0, 10));
    expect(readProgram(key)).toBeUndefined();
    expect(readProgram('0'.repeat(40))).toBeUndefined();
  });

  it('depends on the glyphs used', () => {
    expect(programCacheKey('F', [0, 1, 2])).not.toBe(programCacheKey('F', [0, 2, 1]));
    expect(programCacheKey('F', [0, 1])).not.toBe(programCacheKey('G', [0, 1]));
  });

  it.skipIf(!existsSync(CLI))('a PDF built from the cache is byte-identical to one built without it', () => {
    const build = (env: Record<string, string>) => {
      const out = mkdtempSync(join(tmpdir(), 'gd-fontcache-'));
      const r = runCli(
        ['build', 'content/felles-ansvar', '--only', 'soknad-nfk', '--format', 'pdf', '--out', out],
        env,
      );
      expect(r.status).toBe(0);
      return readFileSync(join(out, 'felles-ansvar', 'soknad-nfk.pdf'));
    };
    const fresh = build({ GRANTDOCS_FONT_CACHE: '0' });
    build({}); // fills the cache
    expect(readdirSync(CACHE).some((f) => f.endsWith('.bin'))).toBe(true);
    const cached = build({});
    expect(cached.equals(fresh)).toBe(true);
  });
});
