/**
 * Gives a place to diagnostics from the later stages, which only know the text they were working on
 * (the layout) or the template line the text was inserted at (the Markdown parser): the content string
 * that holds the text (its first 40 characters, spaces and Markdown emphasis ignored) is where the user
 * wrote it, so the diagnostic gets that file, line and field instead. A text made by the templates (a
 * computed sum, a heading) is found nowhere and keeps the place it had, if any.
 */
import type { Diagnostic } from '../diagnostics/types.js';
import type { LoadedProject } from '../content/load.js';
import { stringValues, type ValuePath } from '../model/string-values.js';
import { pathToText } from '../model/unresolved.js';

const normalise = (s: string) =>
  s
    .replace(/[*_`\\\\\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function placeByText(diagnostics: Diagnostic[], loaded: LoadedProject): Diagnostic[] {
  if (!diagnostics.some((d) => d.text !== undefined)) return diagnostics;
  let values: { path: ValuePath; text: string }[] | undefined;
  return diagnostics.map((d) => {
    if (d.text === undefined) return d;
    const { text, ...rest } = d;
    const needle = normalise(text).slice(0, 40);
    // Shorter texts would be found in unrelated places (a link's «](#mål)» is specific enough).
    if (needle.length < 6) return rest;
    values ??= [...stringValues(loaded.data)].map((v) => ({ ...v, text: normalise(v.text) }));
    const hit = values.find((v) => v.text.includes(needle));
    const loc = hit && loaded.locate(hit.path);
    if (!hit || !loc) return rest;
    return { ...rest, file: loc.file, start: loc.start, path: pathToText(hit.path) };
  });
}
