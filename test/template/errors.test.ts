import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocumentTree } from '../../src/document/build-tree.js';
import { runtimeText } from '../../src/template/render.js';
import { deriveFacts } from '../../src/facts/derive.js';
import { loadSampleProject, SAMPLE_DIR } from '../helpers/sample-project.js';

const project = loadSampleProject();
const facts = deriveFacts(project);
const doc = project.dokumenter.find((d) => d.type === 'prosjektbeskrivelse')!;

/** A templates folder with the given files (paths relative to it). */
function templates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'maler-'));
  mkdirSync(join(dir, 'partials'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function build(dir: string) {
  return buildDocumentTree(project, facts, doc, { projectDir: SAMPLE_DIR, templatesDir: dir, draft: false });
}

const rel = (dir: string, name: string) => relative(process.cwd(), join(dir, name));

describe('template errors become diagnostics with file and line, and no tree', () => {
  it('a syntax error', () => {
    const dir = templates({ 'prosjektbeskrivelse.md.hbs': '# Tittel\n\n{{#if utkast}}\nx\n{{/iff}}\n' });
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics[0]!.message).toBe(
      'Syntaksfeil i malen: {{#if}} lukkes med {{/iff}}; navnene må være like',
    );
    expect(r.diagnostics).toMatchObject([
      {
        severity: 'error',
        rule: 'template/syntax',
        file: rel(dir, 'prosjektbeskrivelse.md.hbs'),
        start: { line: 3 },
      },
    ]);
  });
  it('an unclosed expression', () => {
    const dir = templates({ 'prosjektbeskrivelse.md.hbs': '# Tittel\n\n{{prosjekt.tittel\n' });
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ rule: 'template/syntax', start: { line: 3 } });
    // Handlebars' English («Parse error on line 3 … Expecting») never reaches the user.
    expect(r.diagnostics[0]!.message).toBe('Syntaksfeil i malen: uventet slutten av filen her');
  });
  it('an unknown helper, also inside a partial', () => {
    const dir = templates({
      'prosjektbeskrivelse.md.hbs': '# Tittel\n\n{{> del}}\n',
      'partials/del.md.hbs': 'Tekst\n\nBeløp: {{krone fakta.kostnader.sum}}\n',
    });
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      {
        rule: 'template/unknown-helper',
        file: rel(dir, 'partials/del.md.hbs'),
        start: { line: 3, column: 8 },
        message: 'Hjelperen «krone» finnes ikke.',
      },
    ]);
  });
  it('a missing partial', () => {
    const dir = templates({ 'prosjektbeskrivelse.md.hbs': '# Tittel\n\n\n{{> finnes-ikke}}\n' });
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { rule: 'template/missing-partial', file: rel(dir, 'prosjektbeskrivelse.md.hbs'), start: { line: 4 } },
    ]);
  });
  it('a missing field, reported in the partial that names it', () => {
    const dir = templates({
      'prosjektbeskrivelse.md.hbs': '# {{prosjekt.tittel}}\n\n{{> del}}\n',
      'partials/del.md.hbs': 'En linje\n\n{{#each partnere}}\n- {{navn}} {{telefonnummer}}\n{{/each}}\n',
    });
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      {
        rule: 'template/missing-field',
        file: rel(dir, 'partials/del.md.hbs'),
        start: { line: 4 },
        message: 'Feltet «telefonnummer» finnes ikke i dataene malen får.',
      },
    ]);
  });
  it('a missing nested field in the main template', () => {
    const dir = templates({ 'prosjektbeskrivelse.md.hbs': '# Tittel\n\nTekst {{prosjekt.finnes.ikke}}\n' });
    const r = build(dir);
    expect(r.diagnostics).toMatchObject([
      {
        rule: 'template/missing-field',
        start: { line: 3 },
        message: 'Feltet «prosjekt.finnes.ikke» finnes ikke i dataene malen får.',
      },
    ]);
  });
  it('a formatting helper without a value', () => {
    const dir = templates({
      'prosjektbeskrivelse.md.hbs': '# Tittel\n\n{{#each tidsplan}}\n- {{dato}}\n{{/each}}\n',
    });
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ rule: 'template/runtime' });
    expect(r.diagnostics[0]!.message).toContain('{{this.dato}}');
  });
  it.each([
    ['{{#if}}x{{/if}}', 'template/block-arguments', '{{#if}} trenger ett felt.'],
    ['{{#unless}}x{{/unless}}', 'template/block-arguments', '{{#unless}} trenger ett felt.'],
    ['{{#if prosjekt.tittel utkast}}x{{/if}}', 'template/block-arguments', '{{#if}} tar ett felt, ikke 2.'],
    [
      '{{#if utkast}}a{{else if utkast utkast}}b{{/if}}',
      'template/block-arguments',
      '{{#if}} tar ett felt, ikke 2.',
    ],
    ['{{#with}}x{{/with}}', 'template/block-arguments', '{{#with}} trenger ett felt.'],
    ['{{#each}}x{{/each}}', 'template/block-arguments', '{{#each}} trenger en liste å gå gjennom.'],
  ])('a built-in block with the wrong number of arguments: %s', (block, rule, message) => {
    const dir = templates({ 'prosjektbeskrivelse.md.hbs': `# Tittel\n\n${block}\n` });
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics).toMatchObject([
      { severity: 'error', rule, message, file: rel(dir, 'prosjektbeskrivelse.md.hbs'), start: { line: 3 } },
    ]);
    expect(r.diagnostics[0]!.hint).toMatch(/\{\{#/);
  });
  it('blocks with the right arguments pass', () => {
    const dir = templates({
      'prosjektbeskrivelse.md.hbs':
        '# Tittel\n\n{{#if utkast}}a{{else if utkast}}b{{/if}}{{#each tidsplan}}x{{/each}}{{#with prosjekt}}{{tittel}}{{/with}}\n',
    });
    expect(build(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('Handlebars’ and JavaScript’s English runtime messages are said in Norwegian', () => {
    expect(runtimeText('#if requires exactly one argument')).toBe('{{#if}} skal ha nøyaktig ett felt');
    expect(runtimeText('#with requires exactly one argument')).toBe('{{#with}} skal ha nøyaktig ett felt');
    expect(runtimeText('Must pass iterator to #each')).toBe('{{#each}} mangler listen den skal gå gjennom');
    expect(runtimeText('Missing helper: "storbokstav"')).toBe('hjelperen «storbokstav» finnes ikke');
    expect(runtimeText('The partial topp could not be found')).toBe('delmalen «topp» finnes ikke');
    for (const english of [
      "Cannot read properties of undefined (reading 'length')",
      'x.map is not a function',
      'Maximum call stack size exceeded',
      '',
    ]) {
      expect(runtimeText(english)).toBe('et uttrykk i malen kunne ikke regnes ut');
    }
  });
  it('a missing template', () => {
    const dir = templates({});
    const r = build(dir);
    expect(r.tree).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ rule: 'template/missing' }]);
  });
});

describe('Markdown warnings name the template line', () => {
  it('raw HTML in a partial', () => {
    const dir = templates({
      'prosjektbeskrivelse.md.hbs':
        '# {{prosjekt.tittel}}\n\n{{#each mål.delmål}}\n- {{tekst}}\n{{/each}}\n\n{{> del}}\n',
      'partials/del.md.hbs': 'Første avsnitt.\n\nAndre avsnitt med <br> inni.\n',
    });
    const r = build(dir);
    expect(r.tree).toBeDefined();
    expect(r.diagnostics).toMatchObject([
      { severity: 'warning', rule: 'markup/html', file: rel(dir, 'partials/del.md.hbs'), start: { line: 3 } },
    ]);
  });
  it('raw HTML in a loop body inside a table, from a partial included mid-template', () => {
    const dir = templates({
      'prosjektbeskrivelse.md.hbs': '# Tittel\n\nTekst.\n\n{{> rader}}\n\nSlutt.\n',
      'partials/rader.md.hbs': '| Kommune |\n| --- |\n{{#each kommuner}}\n| {{navn}} <i>x</i> |\n{{/each}}\n',
    });
    const r = build(dir);
    expect(r.tree).toBeDefined();
    expect(r.diagnostics).toHaveLength(project.kommuner.length);
    for (const d of r.diagnostics)
      expect(d).toMatchObject({
        rule: 'markup/html',
        file: rel(dir, 'partials/rader.md.hbs'),
        start: { line: 4 },
      });
  });
  it('a footnote after a loop in the main template', () => {
    const dir = templates({
      'prosjektbeskrivelse.md.hbs': '# Tittel\n\n{{#each kommuner}}\n- {{navn}}\n{{/each}}\n\nSe note[^1].\n',
    });
    const r = build(dir);
    expect(r.diagnostics).toMatchObject([
      {
        severity: 'warning',
        rule: 'markup/unsupported',
        file: rel(dir, 'prosjektbeskrivelse.md.hbs'),
        start: { line: 7 },
      },
    ]);
  });
});
