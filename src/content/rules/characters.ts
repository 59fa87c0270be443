/**
 * Characters the documents cannot show, reported where they are written (file, line and column of the
 * character inside the YAML text, field path), so the writer need not hunt for them in the PDF:
 *
 * - text/control-char: a control character (U+0000–U+001F except tab and line break, U+007F–U+009F).
 *   It is invisible and left out of the documents; it usually comes with text pasted from another
 *   program.
 * - text/replacement-char: «\uFFFD», the sign of text read or saved with the wrong character encoding
 *   (the letter it stood for is lost).
 * - text/missing-glyph: a character neither Source Sans 3 nor the Noto Sans fallback has; the PDF
 *   shows «\uFFFD» in its place. (The PDF writer warns too, without a place; the build drops its
 *   warning for a character reported here.)
 *
 * Every string value of the project is read, each problem reported once per field and character. The
 * fonts (and the font library) are only loaded for characters outside COVERED, a list of common
 * characters both fonts are known to have (a test checks each one against the real fonts), so a
 * plain `check` stays fast.
 */
import type { Diagnostic } from '../../diagnostics/types.js';
import { describeChar } from '../../fonts/describe-char.js';
import { pathToText } from '../../model/unresolved.js';
import type { LoadedProject } from '../load.js';
import { stringValues } from '../../model/string-values.js';
import { pointInValue } from './text-position.js';

/**
 * Printable ASCII, Latin-1, Latin Extended-A (Sámi and other European letters) and common punctuation:
 * dashes, quotes, bullet, ellipsis, euro, per mille, primes, minus, ≤ ≥, non-breaking hyphen.
 */
export const COVERED = /^[\t\n\x20-\x7e\u00a0-\u017f\u2010-\u2015\u2018-\u201e\u2020-\u2022\u2026\u2030\u2032\u2033\u20ac\u2122\u2212\u2264\u2265]*$/;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Combining marks: the writers compose them with the letter before (NFC), so they are not looked up alone. */
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]/;

interface Problem {
  rule: string;
  ch: string;
  index: number;
}

type Resolve = (cp: number) => boolean;

function problems(text: string, isMissing: Resolve): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const ch of text) {
    const at = index;
    index += ch.length;
    if (seen.has(ch) || COVERED.test(ch) || COMBINING.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    let rule: string | undefined;
    if (CONTROL.test(ch)) rule = 'text/control-char';
    else if (cp === 0xfffd) rule = 'text/replacement-char';
    else if (isMissing(cp)) rule = 'text/missing-glyph';
    if (!rule) continue;
    seen.add(ch);
    out.push({ rule, ch, index: at });
  }
  return out;
}

function message(p: Problem, name: string): { message: string; hint: string } {
  const what = describeChar(p.ch);
  switch (p.rule) {
    case 'text/control-char':
      return {
        message: `«${name}» inneholder et usynlig kontrolltegn (U+${hex(p.ch)}), som ikke kommer med i dokumentene`,
        hint: 'Slett tegnet (det følger ofte med når tekst limes inn fra et annet program). Står teksten i anførselstegn, se etter en kode med omvendt skråstrek, som \\a, \\x07 eller \\u0007.',
      };
    case 'text/replacement-char':
      return {
        message: `«${name}» inneholder erstatningstegnet ${what}: et tegn har gått tapt fordi teksten er lest eller lagret med feil tegnkoding`,
        hint: 'Skriv inn det riktige tegnet på nytt (ofte æ, ø eller å), og lagre filen som UTF-8.',
      };
    default:
      return {
        message: `Tegnet ${what} i «${name}» finnes ikke i skriftene og vises som «\uFFFD» i PDF-en`,
        hint: 'Bytt ut tegnet med et vanlig tegn, eller skriv ordet på en annen måte.',
      };
  }
}

const hex = (ch: string) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');


export async function characterDiagnostics(loaded: LoadedProject): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const values = [...stringValues(loaded.data)].filter((v) => !COVERED.test(v.text));
  if (values.length === 0) return out;
  const { resolveGlyph } = await import('../../fonts/shape.js');
  const isMissing: Resolve = (cp) => resolveGlyph(cp, 'regular')?.missing === true;
  for (const { path, text } of values) {
    const found = problems(text, isMissing);
    if (found.length === 0) continue;
    const name = pathToText(path);
    const loc = loaded.locate(path);
    for (const p of found) {
      out.push({
        severity: 'warning',
        rule: p.rule,
        ...message(p, name),
        path: name,
        ...(loc
          ? { file: loc.file, start: pointInValue(loc, text, p.index) }
          : { file: loaded.dir }),
      });
    }
  }
  return out;
}
