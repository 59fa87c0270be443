/**
 * The Markdown lint agrees with the real Markdown parser: what it reports as an accidental list is a
 * numbered list in the document tree, and what it lets pass is not (or is an intended list). The exact
 * diagnostics are pinned by the fixtures markdown-accidental-list, markdown-html and ok-markdown-lists.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedProject } from '../../src/content/load.js';
import { markdownDiagnostics } from '../../src/content/rules/markdown.js';
import { parseMarkup } from '../../src/markup/parse.js';
import type { Block } from '../../src/tree/types.js';
import { loadSampleProjectWith } from '../helpers/sample-project.js';

/** Diagnostics for a project whose tekster.bakgrunn is `text` (no file positions: a bare LoadedProject). */
function lint(text: string) {
  const project = loadSampleProjectWith((p) => {
    p.tekster.bakgrunn = text;
  });
  const loaded = { dir: 'x', name: 'x', data: {}, files: [], locate: () => undefined, locateKey: () => undefined };
  return markdownDiagnostics(loaded as LoadedProject, project).filter((d) => d.path === 'tekster.bakgrunn');
}

const orderedLists = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { type: 'list' }> => b.type === 'list' && b.ordered);

describe('markdown/accidental-list', () => {
  it.each([
    ['a date on its own line inside a paragraph', 'Saken ble behandlet\n1. september 2025 i AU.'],
    ['a date at the start of a paragraph', 'Innledning.\n\n25. september 2025 ble saken sendt videre.'],
    ['a year and a dot at the start of a paragraph', 'Oppstart er planlagt i\n\n2026. Det er planen.'],
    ['a single item «1.» inside a paragraph', 'Dette er punkt\n1. Og mer tekst.'],
  ])('%s: reported, and the parser makes a list of it', (_name, text) => {
    expect(orderedLists(parseMarkup(text).children)).toHaveLength(1);
    const d = lint(text);
    expect(d.map((x) => [x.rule, x.severity])).toEqual([['markdown/accidental-list', 'warning']]);
    expect(d[0]!.message).toContain('blir en nummerert liste');
  });

  it.each([
    ['a date inside a line', 'Saken ble behandlet 1. september 2025 i AU.'],
    ['an escaped dot', 'Saken ble behandlet\n1\\. september 2025 i AU.'],
    ['«25. september» inside a paragraph (cannot interrupt it)', 'Saken ble behandlet\n25. september i AU.'],
  ])('%s: not reported, and no list', (_name, text) => {
    expect(orderedLists(parseMarkup(text).children)).toHaveLength(0);
    expect(lint(text)).toEqual([]);
  });

  it('leaves an intended numbered list alone', () => {
    const text = 'Tiltakene er:\n1. Kontraktsbasert oppfølging.\n2. Samlokalisering med politiet.';
    expect(orderedLists(parseMarkup(text).children)[0]!.items).toHaveLength(2);
    expect(lint(text)).toEqual([]);
  });
});

describe('markdown/html', () => {
  it('reports inline and block HTML once per tag, not «<» in text or an autolink', () => {
    const d = lint('Tekst<br>mer, <b>fet</b>, 3 < 5 og <https://example.no>.\n\n<div>\nblokk\n</div>');
    expect(d.map((x) => x.rule)).toEqual(['markdown/html', 'markdown/html', 'markdown/html']);
    expect(d.map((x) => /«(<[^»]*>)»/.exec(x.message)?.[1])).toEqual(['<br>', '<b>', '<div>']);
  });
});
