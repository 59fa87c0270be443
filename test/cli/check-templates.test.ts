import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './capture.js';

/** A copy of templates/ with `edit` applied to one template file; returns the folder. */
function templatesWith(file: string, edit: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gd-check-tpl-')), 'maler');
  cpSync('templates', dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = edit(text);
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
  return dir;
}

/** Diagnostic lines of the output that name a template file. */
const templateLines = (out: string, dir: string) =>
  out.split('\n').filter((l) => l.startsWith(relative(process.cwd(), dir)));

describe('grantdocs check reports template errors as build does', () => {
  it('syntax and helper errors at their line, each once even when several projects use the template', async () => {
    const dir = templatesWith('soknad-statsforvalteren.md.hbs', (t) =>
      t.replace(/^# /m, '{{#if prosjekt.tittel prosjekt.id}}x{{/if}}\n{{kronor 5}}\n\n# '),
    );
    const one = await cli('check', 'content/felles-ansvar', '--templates', dir);
    expect(one.code).toBe(1);
    const lines = templateLines(one.out, dir);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /soknad-statsforvalteren\.md\.hbs:\d+:1 {2}feil {2}\{\{#if\}\} tar ett felt, ikke 2\. {2}\[template\/block-arguments\]$/,
    );
    expect(lines[1]).toMatch(
      /soknad-statsforvalteren\.md\.hbs:\d+:1 {2}feil {2}Hjelperen «kronor» finnes ikke\. {2}\[template\/unknown-helper\]$/,
    );
    expect(one.out.trimEnd().split('\n').at(-1)).toMatch(
      /^content\/felles-ansvar: 2 feil og \d+ advarsler\.$/,
    );

    // Every project under content/ with a Statsforvalteren application uses the same template.
    const all = await cli('check', '--templates', dir);
    expect(all.code).toBe(1);
    expect(templateLines(all.out, dir)).toEqual(lines);
  });

  it('a field the template data does not have, found by filling in the template', async () => {
    const dir = templatesWith('soknad-fylkeskommune.md.hbs', (t) =>
      t.replace('{{prosjekt.tittel}}', '{{prosjekt.finnesikke}}'),
    );
    const r = await cli('check', 'content/felles-ansvar', '--templates', dir);
    expect(r.code).toBe(1);
    const lines = templateLines(r.out, dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /soknad-fylkeskommune\.md\.hbs:\d+:\d+ {2}feil {2}Feltet «prosjekt\.finnesikke» finnes ikke/,
    );
    expect(r.out).toContain('[template/missing-field]');
  });

  it('the same errors as build, in JSON too', async () => {
    const dir = templatesWith('prosjektbeskrivelse.md.hbs', (t) =>
      t.replace(/^# /m, '{{> finnes-ikke}}\n\n# '),
    );
    const r = await cli('check', 'content/felles-ansvar', '--templates', dir, '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { projects: { diagnostics: { rule: string; file?: string }[] }[] };
    const rules = json.projects[0]!.diagnostics.filter((d) => d.rule.startsWith('template/'));
    expect(rules.map((d) => d.rule)).toEqual(['template/missing-partial']);
    expect(rules[0]!.file).toMatch(/prosjektbeskrivelse\.md\.hbs$/);
  });

  it('a project with content errors is not filled in: its content errors come first, as in build', async () => {
    const dir = templatesWith('soknad-fylkeskommune.md.hbs', (t) =>
      t.replace('{{prosjekt.tittel}}', '{{prosjekt.finnesikke}}'),
    );
    const r = await cli('check', '--final', 'content/felles-ansvar', '--templates', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('feil  «vertskommune» er ikke avklart');
    expect(r.out).not.toContain('template/');
  });
});
