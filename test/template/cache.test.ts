import { afterEach, describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { deriveFacts } from '../../src/facts/derive.js';
import { clearTemplateCache, renderTemplate } from '../../src/template/render.js';
import { buildView } from '../../src/template/view.js';
import { loadSampleProject, TEMPLATES_DIR } from '../helpers/sample-project.js';

describe('compiled-template cache', () => {
  const saved = process.env.GRANTDOCS_TEMPLATE_CACHE;
  afterEach(() => {
    if (saved === undefined) delete process.env.GRANTDOCS_TEMPLATE_CACHE;
    else process.env.GRANTDOCS_TEMPLATE_CACHE = saved;
    clearTemplateCache();
  });
  it('renders the same Markdown and line map with and without the disk cache', () => {
    const project = loadSampleProject();
    const facts = deriveFacts(project);
    const doc = project.dokumenter.find((d) => d.id === 'soknad-nfk')!;
    const view = buildView(project, facts, doc, { date: 'i dag', draft: true }, Handlebars.SafeString);
    const render = () => {
      clearTemplateCache();
      const r = renderTemplate(TEMPLATES_DIR, 'soknad-fylkeskommune.md.hbs', view);
      return { markdown: r.markdown, lines: r.lines, diagnostics: r.diagnostics };
    };
    process.env.GRANTDOCS_TEMPLATE_CACHE = '0';
    const fresh = render();
    delete process.env.GRANTDOCS_TEMPLATE_CACHE;
    const first = render();
    const cached = render();
    expect(fresh.diagnostics).toEqual([]);
    expect(fresh.markdown.length).toBeGreaterThan(1000);
    expect(first).toEqual(fresh);
    expect(cached).toEqual(fresh);
  });
});
