import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleTree } from '../fixtures/sample-tree.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { generatedTree } from './generated.js';

const root = join(import.meta.dirname, '..', '..');
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const trees = {
  sample: () => sampleTree(),
  final: () => sampleTree({ id: 'endelig', draft: false, version: undefined }),
  generated: () => generatedTree(12),
};
type Name = keyof typeof trees;

async function hashes(order: Name[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of order) out[name] = sha((await writeDocx(trees[name]())).bytes);
  return out;
}

describe('writeDocx: deterministic bytes', () => {
  it('gives the same bytes for the same tree, whatever was built before in the process', async () => {
    const first = await hashes(['sample', 'final', 'generated']);
    const second = await hashes(['generated', 'sample', 'final', 'sample']);
    const third = await hashes(['final', 'generated', 'generated', 'sample']);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(new Set(Object.values(first)).size).toBe(3);
  });

  it('gives the same bytes in parallel builds', async () => {
    const [a, b, c] = await Promise.all([
      writeDocx(trees.sample()),
      writeDocx(trees.generated()),
      writeDocx(trees.sample()),
    ]);
    expect(sha(a.bytes)).toBe(sha(c.bytes));
    expect(sha(b.bytes)).toBe((await hashes(['generated'])).generated);
  });

  describe('in other time zones (child processes)', () => {
    let dir = '';
    beforeAll(() => {
      dir = transpileProject();
    });
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/St_Johns', 'Europe/Oslo']) {
      it(`TZ=${tz}`, async () => {
        const expected = await hashes(['sample', 'final', 'generated']);
        const stdout = execFileSync(process.execPath, [join(dir, 'child.mjs')], {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        });
        expect(JSON.parse(stdout)).toEqual(expected);
      });
    }
  });
});

/**
 * Compiles src/ and the test tree generator to plain JavaScript in a temporary folder (type-stripping
 * only, per file), with node_modules linked in, plus a script that prints the hashes of the same trees.
 */
function transpileProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'grantdocs-docx-tz-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const files = [
    ...walk(join(root, 'src')),
    join(root, 'test', 'docx', 'generated.ts'),
    join(root, 'test', 'fixtures', 'sample-tree.ts'),
  ];
  for (const file of files) {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const target = join(dir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  }
  copyFileSync(
    join(root, 'test', 'fixtures', 'sample-tree.json'),
    join(dir, 'test', 'fixtures', 'sample-tree.json'),
  );
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(dir, 'child.mjs'),
    `import { createHash } from 'node:crypto';
import { writeDocx } from './src/writers/docx/write-docx.js';
import { sampleTree } from './test/fixtures/sample-tree.js';
import { generatedTree } from './test/docx/generated.js';
const sha = (b) => createHash('sha256').update(b).digest('hex');
const out = {};
// Built in another order than the parent, to also vary the process-global counters.
out.generated = sha((await writeDocx(generatedTree(12))).bytes);
out.final = sha((await writeDocx(sampleTree({ id: 'endelig', draft: false, version: undefined }))).bytes);
out.sample = sha((await writeDocx(sampleTree())).bytes);
process.stdout.write(JSON.stringify({ sample: out.sample, final: out.final, generated: out.generated }));
`,
  );
  return dir;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
      yield path;
  }
}
