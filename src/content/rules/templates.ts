/**
 * Rules that need the templates folder: every document has a template (a `mal` that does not exist is
 * reported at its line, before anything is built), and every text in «tekster» reaches a document — used
 * by name in a document's template, or, for a text of its own (overskrift, etter, tekst), placed by a
 * template that marks its place (`{{> egne-tekster sted="…"}}`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERAL_APPLICATION, templateName, TEMPLATE_SUFFIX } from '../../document/template-name.js';
import type { RuleContext } from './context.js';
import { q } from './context.js';

/** The text of a template file and of every partial, which is what a document can use. */
function templateTexts(dir: string): (name: string) => string | null {
  const partialDir = join(dir, 'partials');
  const partials = existsSync(partialDir)
    ? readdirSync(partialDir)
        .filter((f) => f.endsWith(TEMPLATE_SUFFIX))
        .sort()
        .map((f) => readFileSync(join(partialDir, f), 'utf8'))
        .join('\n')
    : '';
  const cache = new Map<string, string | null>();
  return (name) => {
    if (!cache.has(name)) {
      const path = join(dir, name);
      cache.set(name, existsSync(path) ? `${readFileSync(path, 'utf8')}\n${partials}` : null);
    }
    return cache.get(name)!;
  };
}

const REQUIRED_TEXTS = new Set(['bakgrunn', 'modell', 'kortbeskrivelse']);

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * True when `text` names `tekster.<key>` as a whole name (not followed by a letter, digit or `_`): the
 * same answer as the expression `tekster\.<key>(?![\p{L}\p{N}_])` with the `u` flag, without compiling
 * one such expression per text (each took ~0.3 ms of a cold start).
 */
export function mentionsText(text: string, key: string): boolean {
  const name = `tekster.${key}`;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const next = text.codePointAt(i + name.length);
    if (next === undefined || !WORD_CHAR.test(String.fromCodePoint(next))) return true;
  }
  return false;
}

export function checkTemplates(ctx: RuleContext, templatesDir: string): void {
  if (!existsSync(templatesDir)) return; // the build reports a missing templates folder
  const p = ctx.project;
  const text = templateTexts(templatesDir);
  const used = new Map<string, string>();
  p.dokumenter.forEach((doc, i) => {
    const name = templateName(doc, p, templatesDir);
    const source = text(name);
    if (source !== null) {
      used.set(doc.id, source);
      return;
    }
    if (doc.mal)
      ctx.report(
        'error',
        'document/template',
        ['dokumenter', i, 'mal'],
        `Malen ${q(name)} finnes ikke i ${templatesDir}`,
        `Rett navnet, eller fjern «mal» så velges malen etter mottakeren (${GENERAL_APPLICATION} for mottakere uten egen mal).`,
      );
    else
      ctx.report(
        'error',
        'document/template',
        ['dokumenter', i],
        `Dokumentet ${q(doc.id)} skal bygges med malen ${q(name)}, som ikke finnes i ${templatesDir}`,
        `Legg malen i ${templatesDir}, eller velg en annen med «mal».`,
      );
  });

  for (const [key, value] of Object.entries(p.tekster)) {
    if (REQUIRED_TEXTS.has(key)) continue; // every template and the portal export use them
    if (typeof value === 'string') {
      if ([...used.values()].some((s) => mentionsText(s, key))) continue;
      ctx.report(
        'warning',
        'text/unused',
        ['tekster', key],
        `Teksten «tekster.${key}» brukes ikke i noen av dokumentene`,
        'Gi teksten en egen overskrift og plassering, så kommer den med: skriv «overskrift: …», «etter: mål» (eller en annen seksjon) og teksten under «tekst: |». Se docs/innhold.md.',
        true,
      );
      continue;
    }
    const targets = value.dokumenter ?? p.dokumenter.map((d) => d.id);
    value.dokumenter?.forEach((id, j) => {
      if (!p.dokumenter.some((d) => d.id === id))
        ctx.report(
          'error',
          'ref/document',
          ['tekster', key, 'dokumenter', j],
          `«tekster.${key}.dokumenter» viser til dokumentet ${q(id)}, som ikke finnes i dokumenter`,
          `Kjente dokumenter: ${p.dokumenter.map((d) => d.id).join(', ')}.`,
        );
    });
    const mark = `sted="${value.etter}"`;
    const placed = targets.some((id) => used.get(id)?.includes(mark));
    if (!placed)
      ctx.report(
        'warning',
        'text/unused',
        ['tekster', key],
        `Teksten «tekster.${key}» kommer ikke med i noe dokument: ingen av malene har plassen ${q(value.etter)}`,
        'Velg en annen plass i «etter», eller legg {{> egne-tekster sted="…"}} inn i malen.',
        true,
      );
  }
}
