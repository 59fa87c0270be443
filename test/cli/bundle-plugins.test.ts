import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { encode } from 'html-entities';
import { NodeType, parse } from 'node-html-better-parser';
import { describe, expect, it } from 'vitest';
import { LAZY_PACKAGES, lazyChildProcess, lazyPackages } from '../../src/cli/bundle-plugins.js';

/**
 * The bundle's stand-ins (src/cli/bundle-plugins.ts) must behave as the packages they stand for, and
 * must not load them, or Node's child_process, before first use. Each case bundles a small entry with
 * the plugin and runs it.
 */
async function bundleOf(source: string, plugin: esbuild.Plugin): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: resolve('.'), loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [plugin],
  });
  return result.outputFiles[0]!.text;
}

function saved(code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gd-plugin-')), 'bundle.cjs');
  writeFileSync(file, code);
  return file;
}

/** Loads the bundle in a fresh process, runs `call` on its exports, and tells which modules were loaded. */
function runFresh(file: string, call: string): { value: unknown; loaded: string[] } {
  const script = `
    const before = new Set(process.moduleLoadList);
    const m = require(${JSON.stringify(file)});
    const loaded = process.moduleLoadList.filter((x) => !before.has(x));
    console.log(JSON.stringify({ value: ${call}, loaded }));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { value: unknown; loaded: string[] };
}

describe('lazyPackages', () => {
  it('gives the same results as the packages, loading them only on first use', async () => {
    const file = saved(
      await bundleOf(
        `import { parse, NodeType } from 'node-html-better-parser';
         import { encode } from 'html-entities';
         export const run = () => {
           const root = parse('<p a="&amp;">x &lt; y</p>');
           return [root.firstChild.tagName, root.firstChild.text, NodeType.ELEMENT_NODE, encode('<æ & ø>')];
         };`,
        lazyPackages(LAZY_PACKAGES),
      ),
    );
    const root = parse('<p a="&amp;">x &lt; y</p>');
    const p = root.firstChild as unknown as { tagName: string; text: string };
    const expected = [p.tagName, p.text, NodeType.ELEMENT_NODE, encode('<æ & ø>')];
    expect(runFresh(file, 'm.run()').value).toEqual(expected);
  });

  it('leaves a package unevaluated until an export is used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-lazy-'));
    mkdirSync(join(dir, 'node_modules', 'fake-tables'), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules', 'fake-tables', 'index.js'),
      'globalThis.tablesBuilt = (globalThis.tablesBuilt ?? 0) + 1; exports.lookup = (k) => k.toUpperCase(); exports.SIZE = 3;',
    );
    const result = await esbuild.build({
      stdin: {
        contents: `import { lookup, SIZE } from 'fake-tables'; export const run = () => [lookup('a'), SIZE];`,
        resolveDir: dir,
        loader: 'js',
      },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      write: false,
      logLevel: 'silent',
      plugins: [lazyPackages(['fake-tables'])],
    });
    const file = saved(result.outputFiles[0]!.text);
    expect(runFresh(file, 'globalThis.tablesBuilt ?? 0').value).toBe(0);
    expect(runFresh(file, '[m.run(), globalThis.tablesBuilt]').value).toEqual([['A', 3], 1]);
  });
});

describe('lazyChildProcess', () => {
  it('lets commander work without loading child_process when the bundle loads', async () => {
    const file = saved(
      await bundleOf(
        `import { Command } from 'commander';
         export const run = () => new Command('x').option('-a, --alpha').parse(['node', 'x', '-a']).opts();`,
        lazyChildProcess,
      ),
    );
    const { value, loaded } = runFresh(file, 'm.run()');
    expect(value).toEqual({ alpha: true });
    expect(loaded).not.toContain('NativeModule child_process');
    // The same entry without the plugin does load it: the probe above can see the difference.
    const plain = saved(await bundleOf(`export { Command } from 'commander';`, { name: 'none', setup() {} }));
    expect(runFresh(plain, '0').loaded).toContain('NativeModule child_process');
  });

  it('hands commander the real module when it asks for it', async () => {
    const file = saved(
      await bundleOf(
        `export const cp = require('./node_modules/commander/lib/command.js');`,
        lazyChildProcess,
      ),
    );
    expect(runFresh(file, 'typeof m.cp.Command').value).toBe('function');
  });
});
