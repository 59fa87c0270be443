import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** The sample project every mutation starts from. */
export const SAMPLE = 'content/felles-ansvar';

export type YamlPath = (string | number)[];

/** One place in the sample: the file and the path of a node inside it. */
export interface Site {
  file: string;
  path: YamlPath;
}

/** The sample's YAML files, sorted. */
export function sampleFiles(): string[] {
  return readdirSync(SAMPLE)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

export interface Walked {
  scalars: (Site & { value: unknown })[];
  seqs: Site[];
  /** Keys of mappings (the path ends with the key). */
  keys: Site[];
}

function walk(node: Node | null | undefined, path: YamlPath, file: string, out: Walked): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      out.keys.push({ file, path: [...path, key] });
      walk(pair.value as Node, [...path, key], file, out);
    }
  } else if (isSeq(node)) {
    out.seqs.push({ file, path });
    node.items.forEach((item, i) => walk(item as Node, [...path, i], file, out));
  } else if (isScalar(node)) {
    out.scalars.push({ file, path, value: node.value });
  }
}

/** Every scalar value, sequence and mapping key of the sample, in file order (deterministic). */
export function walkSample(): Walked {
  const out: Walked = { scalars: [], seqs: [], keys: [] };
  for (const file of sampleFiles()) {
    const doc = parseDocument(readFileSync(join(SAMPLE, file), 'utf8'));
    walk(doc.contents as Node, [], file, out);
  }
  return out;
}

const MARKUP = [
  '# h',
  '',
  '{{x}} {{{y}}} {{#each z}}q{{/each}} <script>alert(1)</script>',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '[x](javascript:alert(1)) ![bilde](../../../etc/passwd) <b>fet</b> `kode` \\',
].join('\n');

/** Replacement values for a scalar, each with a short name for the test title. */
export const SCALAR_VALUES: { name: string; value: unknown }[] = [
  { name: 'empty string', value: '' },
  { name: '20 000-char word', value: 'x'.repeat(20_000) },
  { name: 'negative number', value: -1 },
  { name: 'zero', value: 0 },
  { name: '1e15', value: 1e15 },
  { name: 'float', value: 3.14159 },
  { name: 'true', value: true },
  { name: 'null', value: null },
  { name: 'list', value: ['a', 'b'] },
  { name: 'map', value: { a: 1, b: 'to' } },
  { name: 'markup', value: MARKUP },
  { name: 'control chars', value: 'før\u0000\u0007\u001b[31m\u0008\u000b\u000c\u007f\u0085\u2028etter' },
  { name: 'RTL text', value: 'مرحبا بالعالم שלום \u202Eabc\u202C' },
  { name: 'emoji', value: 'Ungdom 👩‍👩‍👧‍👦 🇳🇴 🚀 ❤️' },
  { name: 'Sámi letters', value: 'Čáhcesullo Áltá ŋ đ ŧ š ž ǩ ǯ ʒ Ŋ Đ Ŧ' },
];
