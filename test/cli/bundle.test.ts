import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * dist/cli/grantdocs.cjs runs the one-file bundle (dist/bundle/grantdocs.cjs, `npm run build:bundle`) with a V8
 * code cache. It must behave exactly like the compiled modules (GRANTDOCS_BUNDLE=0): same outputs, same
 * paths found through import.meta.url (package.json, scaffold/, schema/, fonts).
 */
const MAIN = 'dist/cli/grantdocs.cjs';
const BUNDLE_DIR = 'dist/bundle';
const bundled = existsSync(join(BUNDLE_DIR, 'grantdocs.cjs'));

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
const modules = { GRANTDOCS_BUNDLE: '0' };

describe.skipIf(!bundled)('the bundled bin', () => {
  it('prints the version from package.json, as the modules do', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(run(['--version']).stdout.trim()).toBe(version);
    expect(run(['--version'], modules).stdout.trim()).toBe(version);
  });

  // Every sample: the bundle is minified and parts of it are replaced (src/cli/bundle-plugins.ts).
  const samples = readdirSync('content').filter((d) => existsSync(join('content', d, 'prosjekt.yaml')));

  it.each(samples)('builds byte-identical outputs to the compiled modules: %s', (sample) => {
    const outs = [{}, modules].map((env) => {
      const out = mkdtempSync(join(tmpdir(), 'gd-bundle-'));
      const r = run(['build', join('content', sample), '--out', out], env);
      expect(r.status).toBe(0);
      return { dir: join(out, sample), stdout: r.stdout, stderr: r.stderr };
    });
    const [a, b] = outs as [(typeof outs)[0], (typeof outs)[0]];
    expect(a.stderr.replaceAll(a.dir, '')).toBe(b.stderr.replaceAll(b.dir, ''));
    expect(readdirSync(a.dir).sort()).toEqual(readdirSync(b.dir).sort());
    expect(readdirSync(a.dir).filter((f) => /\.(pdf|docx)$/.test(f)).length).toBeGreaterThanOrEqual(2);
    for (const f of readdirSync(a.dir))
      expect(readFileSync(join(a.dir, f)).equals(readFileSync(join(b.dir, f))), f).toBe(true);
  });

  it('is pure ASCII, so the loader may read it as Latin-1', () => {
    const bytes = readFileSync(join(BUNDLE_DIR, 'grantdocs.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it('finds scaffold/ and schema/ for init, and the result passes check', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'gd-bundle-init-')), 'nytt');
    expect(run(['init', dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'prosjekt.yaml'), 'utf8')).toMatch(/\$schema/);
    expect(run(['check', dir]).status).toBe(0);
  });

  it('saves a code cache per command, and a broken cache file is only rejected', () => {
    expect(run(['check', 'content/felles-ansvar']).status).toBe(0);
    const caches = () =>
      readdirSync(BUNDLE_DIR).filter((f) => /^grantdocs\.cjs\.check\..*\.v8cache$/.test(f));
    expect(caches().length).toBeGreaterThan(0);
    for (const f of caches()) writeFileSync(join(BUNDLE_DIR, f), 'not a code cache');
    const r = run(['check', 'content/felles-ansvar']);
    expect(r.status).toBe(0);
    const m = run(['check', 'content/felles-ansvar'], modules);
    expect([r.stdout, r.stderr]).toEqual([m.stdout, m.stderr]);
    expect(caches().every((f) => readFileSync(join(BUNDLE_DIR, f)).length > 1000)).toBe(true);
  });
});
