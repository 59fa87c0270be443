import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkProject } from '../../src/content/check.js';
import { readSchema } from '../../src/content/schema-file.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { stringValues, type ValuePath } from '../../src/model/string-values.js';
import type { Block, DocumentTree } from '../../src/tree/types.js';

/**
 * Whatever a plain text field holds — control characters, a lone CR, Markdown, table rows, headings,
 * list markers — the document keeps its shape: the same headings, tables with the same rows and
 * columns, the same lists. Plain fields are found from the schema (those of type «tekst»).
 */
type Schema = Record<string, unknown>;
const schema = readSchema() as Schema;
const defs = schema.$defs as Record<string, Schema>;

function deref(s: Schema | undefined): Schema | undefined {
  let cur = s;
  while (cur && typeof cur.$ref === 'string') cur = defs[(cur.$ref as string).split('/').pop()!];
  return cur;
}

/** Whether the schema at a data path is the plain text type («tekst»). */
function isPlain(path: ValuePath): boolean {
  let s: Schema | undefined = schema;
  for (const seg of path) {
    s = deref(s);
    if (!s) return false;
    if (typeof seg === 'number') s = s.items as Schema | undefined;
    else {
      const branches = (s.anyOf as Schema[] | undefined)?.map(deref).find((b) => b?.properties) ?? s;
      s = (branches.properties as Record<string, Schema> | undefined)?.[seg];
    }
    if (s && typeof s.$ref === 'string' && s.$ref.endsWith('/tekst') && seg === path[path.length - 1])
      return true;
  }
  return false;
}

/** The shape of a tree: block kinds in order, heading levels, table sizes, list lengths. */
function shape(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') out.push(`h${b.level}`);
    else if (b.type === 'table') out.push(`table ${b.header.length}+${b.body.length}×${b.columns.length}`);
    else if (b.type === 'list') out.push(`list ${b.items.length}`);
    else if (b.type === 'paragraph') out.push('p');
    else out.push(b.type);
    if ('children' in b && Array.isArray(b.children) && b.type !== 'paragraph' && b.type !== 'heading')
      out.push(...shape(b.children as Block[]).map((x) => `  ${x}`));
  }
  return out;
}

const SOURCE = 'test/fixtures/content/base';
/**
 * Text fields that name something else in the content (a partner, «vertskommunen»), and the cost
 * category, which groups cost lines into the rows of the cost plan (two lines with the same category
 * are one row, so other values rightly give other rows): not free text for this test.
 */
const REFERENCES = new Set(['via', 'kategori']);

async function trees(dir: string): Promise<Record<string, DocumentTree>> {
  const checked = await checkProject(dir, { final: false });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  const project = checked.project!;
  const facts = deriveFacts(project);
  const out: Record<string, DocumentTree> = {};
  for (const doc of project.dokumenter) {
    const r = buildDocumentTree(project, facts, doc, {
      projectDir: dir,
      templatesDir: 'templates',
      draft: true,
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    out[doc.id] = r.tree!;
  }
  return out;
}

/** Plain fields of the fixture, by file. */
function plainFields(dir: string): { file: string; path: ValuePath }[] {
  const out: { file: string; path: ValuePath }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const data = parseDocument(readFileSync(join(dir, file), 'utf8')).toJS() as Record<string, unknown>;
    for (const { path } of stringValues(data))
      if (isPlain(path) && !REFERENCES.has(String(path[path.length - 1]))) out.push({ file, path });
  }
  return out;
}

const HOSTILE = [
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u2028',
  '\t',
  '|',
  '| a | b |',
  '\n| --- | --- |\n',
  '#',
  '# ',
  '## x',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '> ',
  '---',
  '===',
  '*',
  '_',
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '![x](y.png)',
  '[x](https://e.no)',
  '<br>',
  '<b>',
  '&amp;',
  '\\',
  '~',
  '{.uavklart}',
  '{{x}}',
  ':::',
  'æøå',
  ' ',
  'tekst',
];

describe('plain fields cannot change the document structure', () => {
  const fields = plainFields(SOURCE);

  it('finds the plain fields of the fixture', () => {
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.map((f) => f.path.join('.'))).toContain('partnere.0.navn');
  });

  it('keeps headings, tables, rows and lists whatever the fields hold', async () => {
    const reference = Object.fromEntries(
      Object.entries(await trees(SOURCE)).map(([id, t]) => [id, shape(t.children)]),
    );
    const text = fc
      .array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 6 })
      .map((parts) => `x${parts.join('')}`.slice(0, 30));
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: fields.length, maxLength: fields.length }),
        async (values) => {
          const dir = join(mkdtempSync(join(tmpdir(), 'gd-plain-')), 'prosjekt');
          cpSync(SOURCE, dir, { recursive: true });
          const docs = new Map<string, ReturnType<typeof parseDocument>>();
          fields.forEach(({ file, path }, i) => {
            if (!docs.has(file)) docs.set(file, parseDocument(readFileSync(join(dir, file), 'utf8')));
            docs.get(file)!.setIn(path, values[i]);
          });
          for (const [file, doc] of docs) writeFileSync(join(dir, file), doc.toString({ lineWidth: 0 }));
          const built = await trees(dir);
          for (const [id, t] of Object.entries(built)) expect(shape(t.children), id).toEqual(reference[id]);
        },
      ),
      { numRuns: 12, seed: 15 },
    );
  }, 240_000);
});
