import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitOutputs } from '../../src/build/commit.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'gd-commit-'));
const read = (root: string, name: string) => readFileSync(join(root, 'p', name), 'utf8');

describe('commitOutputs', () => {
  it('switches the whole set by one link and leaves only the current generation', async () => {
    const root = fresh();
    await commitOutputs(root, 'p', [
      { name: 'a.pdf', data: 'a1' },
      { name: 'manifest.json', data: '{}' },
    ]);
    expect(lstatSync(join(root, 'p')).isSymbolicLink()).toBe(true);
    await commitOutputs(root, 'p', [
      { name: 'a.pdf', data: 'a2' },
      { name: 'manifest.json', data: '{}' },
    ]);
    expect(read(root, 'a.pdf')).toBe('a2');
    expect(readdirSync(root).filter((n) => n.startsWith('.'))).toHaveLength(1);
  });

  it('links unchanged outputs instead of writing them again', async () => {
    const root = fresh();
    await commitOutputs(root, 'p', [
      { name: 'same.pdf', data: 'x' },
      { name: 'other.pdf', data: 'y' },
    ]);
    const before = statSync(join(root, 'p', 'same.pdf')).ino;
    const r = await commitOutputs(root, 'p', [
      { name: 'same.pdf', data: 'x' },
      { name: 'other.pdf', data: 'z' },
    ]);
    expect(r.unchanged).toEqual(['same.pdf']);
    expect(r.written).toEqual(['other.pdf']);
    expect(statSync(join(root, 'p', 'same.pdf')).ino).toBe(before);
  });

  it('drops stale outputs of the previous build, keeps carried ones and files the tool did not write', async () => {
    const root = fresh();
    await commitOutputs(root, 'p', [
      { name: 'old.pdf', data: 'o' },
      { name: 'kept.pdf', data: 'k' },
      { name: 'manifest.json', data: '{}' },
    ]);
    writeFileSync(join(root, 'p', 'notat.txt'), 'mine');
    mkdirSync(join(root, 'p', 'mappe'));
    writeFileSync(join(root, 'p', 'mappe', 'f.txt'), 'også mine');
    const r = await commitOutputs(root, 'p', [{ name: 'manifest.json', data: '{"n":2}' }], {
      owned: ['old.pdf', 'kept.pdf', 'manifest.json'],
      carry: ['kept.pdf'],
    });
    expect(r.removed).toEqual(['old.pdf']);
    expect(r.carried).toEqual(['kept.pdf']);
    expect(r.foreign.sort()).toEqual(['mappe', 'notat.txt']);
    expect(readdirSync(join(root, 'p')).sort()).toEqual(['kept.pdf', 'manifest.json', 'mappe', 'notat.txt']);
    expect(read(root, 'notat.txt')).toBe('mine');
    expect(read(root, 'mappe/f.txt')).toBe('også mine');
  });

  it('turns a real output folder of an older version into a generation, keeping foreign files', async () => {
    const root = fresh();
    mkdirSync(join(root, 'p'));
    writeFileSync(join(root, 'p', 'a.pdf'), 'old');
    writeFileSync(join(root, 'p', 'notat.txt'), 'mine');
    writeFileSync(join(root, 'p', '.a.pdf.123.0badf00d.tmp'), 'left by a killed build');
    await commitOutputs(root, 'p', [{ name: 'a.pdf', data: 'new' }], { owned: ['a.pdf'] });
    expect(lstatSync(join(root, 'p')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(root, 'p')).sort()).toEqual(['a.pdf', 'notat.txt']);
    expect(read(root, 'a.pdf')).toBe('new');
  });

  it('removes staging left by a process that is gone, and restores a folder moved aside', async () => {
    const root = fresh();
    await commitOutputs(root, 'p', [{ name: 'a.pdf', data: '1' }]);
    // A pid far above the kernel's default limit: no such process.
    mkdirSync(join(root, '.p.gen-99999999-deadbeef'));
    writeFileSync(join(root, '.p.gen-99999999-deadbeef', 'a.pdf'), 'half');
    await commitOutputs(root, 'p', [{ name: 'a.pdf', data: '2' }]);
    expect(readdirSync(root).filter((n) => n.includes('99999999'))).toEqual([]);

    const other = fresh();
    mkdirSync(join(other, '.q.old-99999999-deadbeef'));
    writeFileSync(join(other, '.q.old-99999999-deadbeef', 'notat.txt'), 'mine');
    await commitOutputs(other, 'q', [{ name: 'a.pdf', data: '1' }]);
    expect(read(other, '../q/notat.txt')).toBe('mine');
  });

  it('a write that fails among others leaves the old set and no staging, once all writes have ended', async () => {
    const root = fresh();
    await commitOutputs(root, 'p', [
      { name: 'a.pdf', data: 'a1' },
      { name: 'b.docx', data: 'b1' },
    ]);
    const big = new Uint8Array(8 * 2 ** 20).fill(7);
    const broken = { name: 'c.pdf', data: 42 as unknown as string };
    await expect(
      commitOutputs(root, 'p', [
        { name: 'a.pdf', data: big },
        broken,
        { name: 'b.docx', data: big },
        { name: 'd.pdf', data: 'd' },
      ]),
    ).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 200));
    expect(readdirSync(root).filter((n) => n.startsWith('.'))).toHaveLength(1);
    expect(readdirSync(join(root, 'p')).sort()).toEqual(['a.pdf', 'b.docx']);
    expect([read(root, 'a.pdf'), read(root, 'b.docx')]).toEqual(['a1', 'b1']);
  });

  it('reports written and unchanged files in the order given, whatever order the disk ends them in', async () => {
    const root = fresh();
    const names = Array.from({ length: 12 }, (_, i) => `f${String(i).padStart(2, '0')}.pdf`);
    await commitOutputs(
      root,
      'p',
      names.map((name) => ({ name, data: name })),
    );
    const r = await commitOutputs(
      root,
      'p',
      names.map((name, i) => ({ name, data: i % 3 === 0 ? new Uint8Array(2 ** 20).fill(i) : name })),
    );
    expect(r.written).toEqual(names.filter((_, i) => i % 3 === 0));
    expect(r.unchanged).toEqual(names.filter((_, i) => i % 3 !== 0));
  });

  it('refuses a name that is not one plain file name', async () => {
    const root = fresh();
    for (const name of ['../x.pdf', 'a/b.pdf', '.hidden', '..', 'a\nb.pdf']) {
      await expect(commitOutputs(root, 'p', [{ name, data: '' }])).rejects.toThrow(/unsafe output name/);
    }
    expect(readdirSync(root)).toEqual([]);
  });
});
