import type { Diagnostic } from '../../diagnostics/types.js';
import type { OpenQuestion } from '../../model/project.js';
import { findUnresolved, pathToText } from '../../model/unresolved.js';
import type { LoadedProject } from '../load.js';

/** A path as text without list indices: dokumenter[1].frist → dokumenter.frist. */
const withoutIndices = (text: string) => text.replace(/\[\d+\]/g, '');

/**
 * The open question an unresolved field belongs to: its `gjelder` names the field or a section above it,
 * with or without list indices («budsjett.finansiering», «dokumenter.frist», «kommuner[2]»). The longest
 * match wins.
 */
export function questionFor(pathText: string, questions: OpenQuestion[]): OpenQuestion | undefined {
  const plain = withoutIndices(pathText);
  const covers = (g: string, t: string) => t === g || t.startsWith(`${g}.`) || t.startsWith(`${g}[`);
  return questions
    .filter((q) => q.gjelder !== undefined && (covers(q.gjelder, pathText) || covers(q.gjelder, plain)))
    .sort((a, b) => b.gjelder!.length - a.gjelder!.length)[0];
}

/** The name of the nearest list item above a path (its navn, tittel or id), to make a message readable. */
function labelFor(data: unknown, path: (string | number)[]): string | undefined {
  let cur: unknown = data;
  let label: string | undefined;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') break;
    cur = (cur as Record<string | number, unknown>)[key];
    if (typeof key === 'number' && cur !== null && typeof cur === 'object') {
      const o = cur as Record<string, unknown>;
      const name = [o.navn, o.tittel, o.id].find((v) => typeof v === 'string');
      if (name) label = name as string;
    }
  }
  return label;
}

/** «ikke avklart» values and avklart: false flags: warnings in a draft, errors with --final. */
export function unresolvedDiagnostics(loaded: LoadedProject, final: boolean): Diagnostic[] {
  const raw = loaded.data['åpne_spørsmål'];
  // Questions without an id or text are schema errors of their own; they cannot name an item here.
  const questions = (Array.isArray(raw) ? raw : []).filter(
    (q): q is OpenQuestion =>
      q !== null && typeof q === 'object' && typeof q.spørsmål === 'string' && typeof q.id === 'string',
  );
  return findUnresolved(loaded.data).map((item) => {
    const flagOnObject = item.reason === 'flag' && item.path.at(-1) !== 'frist';
    const loc = flagOnObject ? loaded.locateKey([...item.path, 'avklart']) : loaded.locate(item.path);
    const name = item.pathText || 'prosjektet';
    const q = questionFor(item.pathText, questions);
    const what = item.reason === 'value' ? 'er ikke avklart' : 'er foreløpig (avklart: false)';
    const label = labelFor(loaded.data, item.path);
    const message = `«${name}»${label ? ` (${label})` : ''} ${what}${q ? ` – åpent spørsmål «${q.spørsmål}»` : ''}`;
    const details = q ? [q.ansvarlig && `ansvarlig: ${q.ansvarlig}`, q.frist && `frist: ${q.frist}`] : [];
    const known = details.filter(Boolean).join(', ');
    const hint = q
      ? `Avklares av spørsmål «${q.id}» i åpne_spørsmål${known ? ` (${known})` : ''}.`
      : !final
        ? undefined
        : item.reason === 'value'
          ? 'Fyll inn verdien før den endelige versjonen, eller bygg et utkast uten --final.'
          : 'Fjern «avklart: false» når verdien er bekreftet, eller bygg et utkast uten --final.';
    return {
      severity: final ? 'error' : 'warning',
      rule: 'unresolved',
      message,
      path: pathToText(item.path) || undefined,
      ...(loc ? { file: loc.file, start: loc.start } : { file: loaded.dir }),
      ...(hint ? { hint } : {}),
    } satisfies Diagnostic;
  });
}
