import type { RuleContext } from './context.js';
import { field } from './context.js';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** True when a 9-digit Norwegian organisation number has a valid modulus 11 check digit. */
export function validOrgnr(orgnr: string): boolean {
  if (!/^\d{9}$/.test(orgnr)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(orgnr[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(orgnr[8]);
}

/** Organisation numbers of partners and municipalities pass the modulus 11 check. */
export function checkOrgnr(ctx: RuleContext): void {
  const lists = [
    ['partnere', ctx.project.partnere],
    ['kommuner', ctx.project.kommuner],
  ] as const;
  for (const [key, list] of lists) {
    list.forEach((item, i) => {
      if (item.orgnr === undefined || !/^\d{9}$/.test(item.orgnr) || validOrgnr(item.orgnr)) return;
      const path = [key, i, 'orgnr'];
      ctx.report(
        'error',
        'orgnr/mod11',
        path,
        `${field(path)} er ikke et gyldig organisasjonsnummer: kontrollsifferet stemmer ikke (${item.orgnr})`,
        'Sjekk nummeret i Enhetsregisteret (brreg.no); ofte er to sifre byttet om.',
      );
    });
  }
}
