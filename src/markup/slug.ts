/** Heading anchors: «Søknad om skjønnsmidler» → «soknad-om-skjonnsmidler», unique within a document. */
import { inlineText, type Inline } from '../tree/types.js';

const LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  á: 'a',
  ŋ: 'ng',
  č: 'c',
  đ: 'd',
  š: 's',
  ŧ: 't',
  ž: 'z',
};

export function slugify(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[æøåáŋčđšŧž]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'avsnitt';
}

export function headingId(children: Inline[], used: Set<string>): string {
  const base = slugify(inlineText(children));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
