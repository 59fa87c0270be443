import { describe, expect, it } from 'vitest';
import { escapeMarkdown, unescapeMarkdown } from '../../src/template/escape.js';
import { parseMarkup } from '../../src/markup/parse.js';
import { inlineText, type Paragraph, type Table } from '../../src/tree/types.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import type { Block } from '../../src/tree/types.js';
import { loadSampleProjectWith, SAMPLE_DIR, TEMPLATES_DIR } from '../helpers/sample-project.js';

const NASTY = [
  'A*B | C',
  'Tekst med # og _understrek_ og <b>tagg</b>',
  '[x](y) og ![bilde](z.png)',
  '# Ikke overskrift',
  '- ikke liste',
  '1. ikke nummerert',
  '10) heller ikke',
  '> ikke sitat',
  '`kode` og ~~streket~~ og \\backslash og &amp; og [^1]',
  '[Ikke avklart]{.uavklart} og [Porsáŋgu]{lang=se}',
  '---',
  '===',
  '+ pluss',
];

describe('Markdown escaping', () => {
  it.each(NASTY)('%j prints literally as body text', (text) => {
    const { children, diagnostics } = parseMarkup(escapeMarkdown(text));
    expect(diagnostics).toEqual([]);
    expect(children).toHaveLength(1);
    expect(children[0]!.type).toBe('paragraph');
    expect(inlineText((children[0] as Paragraph).children)).toBe(text);
  });
  it.each(NASTY)('%j prints literally inside a table cell', (text) => {
    const md = `| Navn | Merknad |\n| --- | --- |\n| ${escapeMarkdown(text)} | ${escapeMarkdown(text)} |\n`;
    const { children, diagnostics } = parseMarkup(md);
    expect(diagnostics).toEqual([]);
    const table = children[0] as Table;
    expect(table.body[0]!.cells.map((c) => inlineText(c.children))).toEqual([text, text]);
  });
  it('turns line breaks in a plain string into spaces', () => {
    expect(escapeMarkdown('en\nto')).toBe('en to');
  });
  it.each(NASTY)('unescaping gives back %j exactly', (text) => {
    expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
  });
});

function allText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return inlineText(b.children);
        case 'table':
          return [...b.header, ...b.body]
            .map((r) => r.cells.map((c) => inlineText(c.children)).join(' | '))
            .join('\n');
        case 'list':
          return b.items.map((i) => allText(i.children)).join('\n');
        case 'callout':
          return allText(b.children);
        default:
          return '';
      }
    })
    .join('\n');
}

describe('escaping through the whole pipeline', () => {
  it('prints a partner called «A*B | C» and a nasty text literally in every document', () => {
    const project = loadSampleProjectWith((p) => {
      p.partnere[0]!.navn = 'A*B | C';
      p.partnere[0]!.rolle = 'Rolle med # og _x_ og <i>html</i> og [x](y)';
      p.målgruppe.beskrivelse = '# Ungdom _fra_ 12 år <b> [x](y)';
    });
    const facts = deriveFacts(project);
    for (const doc of project.dokumenter) {
      const r = buildDocumentTree(project, facts, doc, {
        projectDir: SAMPLE_DIR,
        templatesDir: TEMPLATES_DIR,
        draft: false,
      });
      expect(r.diagnostics).toEqual([]);
      const text = allText(r.tree!.children);
      expect(text).toContain('A*B | C');
      expect(text).toContain('Rolle med # og _x_ og <i>html</i> og [x](y)');
      expect(text).toContain('# Ungdom _fra_ 12 år <b> [x](y)');
    }
  });
});
