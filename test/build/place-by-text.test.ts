import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { loadProject } from '../../src/content/load.js';
import { placeByText } from '../../src/build/place-by-text.js';
import { buildOptions, copySample, editYaml } from '../e2e/fixture-project.js';

describe('layout problems get the place where their text was written', () => {
  it('finds the content string holding the text, ignoring spaces and emphasis', async () => {
    const loaded = (await loadProject('content/felles-ansvar')).loaded!;
    const role = (loaded.data.partnere as { rolle: string }[])[0]!.rolle;
    const template = { file: 'templates/x.md.hbs', start: { line: 3, column: 1 } };
    const [found, unknown, moved, kept] = placeByText(
      [
        {
          severity: 'warning',
          rule: 'layout/row-split',
          message: 'm',
          text: `  ${role.replace(/ /g, '\n')}`,
        },
        {
          severity: 'warning',
          rule: 'layout/row-split',
          message: 'm',
          text: 'Tekst laget av malene, 123 456 kr',
        },
        { severity: 'warning', rule: 'markup/html', message: 'm', ...template, text: role },
        {
          severity: 'warning',
          rule: 'markup/html',
          message: 'm',
          ...template,
          text: 'Malens egen <b>tekst</b>',
        },
      ],
      loaded,
    );
    expect(found).toMatchObject({
      file: expect.stringMatching(/partnere\.yaml$/),
      path: 'partnere[0].rolle',
    });
    expect(found!.start!.line).toBeGreaterThan(1);
    expect(unknown).toEqual({ severity: 'warning', rule: 'layout/row-split', message: 'm' });
    // Text inserted by a template from the content: the content's place replaces the template line.
    expect(moved).toMatchObject({ file: found!.file, start: found!.start, path: 'partnere[0].rolle' });
    expect(kept).toEqual({ severity: 'warning', rule: 'markup/html', message: 'm', ...template });
  });

  it('a table row taller than a page is reported once, at the field that made it tall', async () => {
    const dir = copySample();
    editYaml(dir, 'partnere.yaml', (doc) => {
      const long = Array.from({ length: 700 }, () => 'forebygging og samarbeid mellom kommunene').join(' ');
      doc.setIn(['partnere', 1, 'rolle'], long);
    });
    const out = mkdtempSync(join(tmpdir(), 'gd-rowsplit-'));
    const r = await buildProject(dir, buildOptions(out, { only: [], formats: ['pdf'] }));
    const split = r.diagnostics.filter((d) => d.rule === 'layout/row-split');
    expect(split).toHaveLength(1);
    expect(split[0]).toMatchObject({
      path: 'partnere[1].rolle',
      file: expect.stringMatching(/partnere\.yaml$/),
    });
    expect(split[0]!.message).toContain('«forebygging og samarbeid mellom');
    expect(split[0]).not.toHaveProperty('text');
  });

  it('HTML written in a content field is reported once, by the check at its line, not again at the template', async () => {
    const dir = copySample();
    editYaml(dir, 'prosjekt.yaml', (doc) => {
      doc.setIn(['tekster', 'modell'], 'Modellen er <b>gratis</b> for ungdom.\n');
    });
    const out = mkdtempSync(join(tmpdir(), 'gd-html-'));
    const r = await buildProject(dir, buildOptions(out, { only: [], formats: ['pdf'] }));
    const html = r.diagnostics.filter((d) => d.rule.endsWith('/html'));
    expect(html).toHaveLength(1);
    expect(html[0]).toMatchObject({ rule: 'markdown/html', path: 'tekster.modell' });
  });

  it('an internal link to a heading that does not exist is reported by the tree stage at its field, not by each writer', async () => {
    const dir = copySample();
    editYaml(dir, 'prosjekt.yaml', (doc) => {
      doc.setIn(['tekster', 'modell'], 'Se [målene](#finnes-ikke) og [målene](#mal).\n');
    });
    const out = mkdtempSync(join(tmpdir(), 'gd-links-'));
    const r = await buildProject(dir, buildOptions(out, { only: [], formats: ['pdf', 'docx'] }));
    const links = r.diagnostics.filter((d) => /link/.test(d.rule));
    expect(links.length).toBeGreaterThan(0);
    for (const d of links) {
      expect(d).toMatchObject({ rule: 'document/link-target', path: 'tekster.modell' });
      expect(d.message).toContain('«målene» (#finnes-ikke)');
      expect(d.hint).toContain('#mal');
    }
  });
});
