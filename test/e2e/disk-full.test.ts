import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, runCli, snapshot } from '../cli-run.js';

/**
 * A real full disk: a small tmpfs as the output folder. Mounting needs root (as in CI's container);
 * where it is not allowed the test is skipped (test/build/commit.test.ts covers the logic).
 */
const mountPoint = join(mkdtempSync(join(tmpdir(), 'gd-full-')), 'disk');
mkdirSync(mountPoint);
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', mountPoint], { stdio: 'ignore' });
  mounted = true;
} catch {
  mounted = false;
}
afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
});

const cli = (...args: string[]) => runCli(args);

describe.skipIf(!mounted || !existsSync(CLI))('a full disk', () => {
  it('fails with a Norwegian diagnostic, keeps the previous outputs and leaves no temporary file', () => {
    const args = [
      'build',
      'content/felles-ansvar',
      '--only',
      'soknad-nfk',
      '--format',
      'pdf',
      '--out',
      mountPoint,
    ];
    expect(cli(...args).status).toBe(0);
    const dir = join(mountPoint, 'felles-ansvar');
    const before = snapshot(dir);

    // Fill the disk, leaving less room than one PDF needs.
    const filler = join(mountPoint, 'fyll');
    try {
      writeFileSync(filler, Buffer.alloc(1024 * 1024));
    } catch {
      // ENOSPC once the disk is full: what is written stays.
    }
    // Other bytes than before (unchanged outputs would only be linked, needing no room).
    const r = runCli(args, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('disken er full');
    expect(r.stderr).toContain('ENOSPC');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const after = snapshot(dir);
    expect(after).toEqual(before);
    // The failed build's staging folder is gone: only the current generation is left beside the link.
    expect(readdirSync(mountPoint).filter((n) => n.startsWith('.'))).toHaveLength(1);
  });
});
