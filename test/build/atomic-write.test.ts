import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../../src/build/atomic-write.js';

describe('writeFilesAtomic', () => {
  it('replaces every target and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-atomic-'));
    writeFileSync(join(dir, 'a.pdf'), 'old a');
    await writeFilesAtomic([
      { path: join(dir, 'a.pdf'), data: 'new a' },
      { path: join(dir, 'b.docx'), data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('new a');
    expect([...readFileSync(join(dir, 'b.docx'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.docx']);
  });

  it('touches no target when one temporary file cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-atomic-'));
    writeFileSync(join(dir, 'a.pdf'), 'old a');
    // The second file's folder does not exist: its temporary file fails after the first was written.
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'a.pdf'), data: 'new a' },
        { path: join(dir, 'missing', 'b.pdf'), data: 'new b' },
      ]),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('old a');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('keeps concurrent writers of the same file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-atomic-'));
    const big = (c: string) => c.repeat(2_000_000);
    await Promise.all(
      ['x', 'y', 'z'].map((c) => writeFilesAtomic([{ path: join(dir, 'out.pdf'), data: big(c) }])),
    );
    const text = readFileSync(join(dir, 'out.pdf'), 'utf8');
    expect(text.length).toBe(2_000_000);
    expect(new Set(text).size).toBe(1);
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });
});
