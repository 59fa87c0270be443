import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/content/load.js';
import { loadProjectFromMemory } from '../../src/content/load-memory.js';

const DIR = 'content/felles-ansvar';
const files = () =>
  readdirSync(DIR).map((name) => ({ path: `abc1234:${DIR}/${name}`, bytes: readFileSync(join(DIR, name)) }));

describe('loading a project from file contents in memory', () => {
  it('gives the same data as loading the folder, with positions in the named files', async () => {
    const disk = await loadProject(DIR);
    const memory = loadProjectFromMemory(DIR, [...files()].reverse());
    expect(memory.diagnostics).toEqual([]);
    expect(memory.loaded!.data).toEqual(disk.loaded!.data);
    expect(memory.loaded!.locate(['budsjett', 'kostnader', 0, 'beløp'])).toEqual({
      ...disk.loaded!.locate(['budsjett', 'kostnader', 0, 'beløp']),
      file: `abc1234:${DIR}/budsjett.yaml`,
    });
  });

  it('reports the same problems as on disk: bad YAML, wrong encoding, no YAML files', () => {
    const broken = loadProjectFromMemory(DIR, [
      { path: 'x:a.yaml', bytes: Buffer.from('budsjett: [\n') },
      { path: 'x:b.yaml', bytes: new Uint8Array([0x6b, 0x3a, 0x20, 0xff]) },
    ]);
    expect(broken.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['x:a.yaml', expect.stringMatching(/^yaml\//)],
      ['x:b.yaml', 'file/encoding'],
    ]);
    const none = loadProjectFromMemory(DIR, [{ path: 'x:README.md', bytes: Buffer.from('# hei') }]);
    expect(none.loaded).toBeUndefined();
    expect(none.diagnostics[0]).toMatchObject({ rule: 'file/no-yaml' });
  });
});
