/**
 * Numbers as Intl.NumberFormat('nb-NO', { maximumFractionDigits }) writes them: digits grouped by three
 * with U+00A0, a decimal comma, U+2212 for minus, halves rounded away from zero, no trailing zeros.
 * Written out by hand because constructing the Intl formatter loads ICU's locale data, ~20–30 ms of
 * every cold start; test/format/nb-number.test.ts checks it against Intl on generated numbers. Numbers
 * JavaScript writes with an exponent (≥ 1e21 or < 1e-6) are left to Intl.
 */

const MINUS = '\u2212';
const NBSP = '\u00a0';

let fallback: Map<number, Intl.NumberFormat> | undefined;

export function formatNbNumber(n: number, maximumFractionDigits: number): string {
  if (!Number.isFinite(n)) return viaIntl(n, maximumFractionDigits);
  const plain = String(Math.abs(n));
  if (plain.includes('e')) return viaIntl(n, maximumFractionDigits);
  const dot = plain.indexOf('.');
  let whole = dot < 0 ? plain : plain.slice(0, dot);
  let fraction = dot < 0 ? '' : plain.slice(dot + 1);
  if (fraction.length > maximumFractionDigits) {
    const roundUp = fraction.charCodeAt(maximumFractionDigits) >= 53; // '5'
    fraction = fraction.slice(0, maximumFractionDigits);
    if (roundUp) {
      const digits = (whole + fraction).split('');
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') digits[i--] = '0';
      if (i >= 0) digits[i] = String(Number(digits[i]) + 1);
      else digits.unshift('1');
      const all = digits.join('');
      whole = all.slice(0, all.length - fraction.length);
      fraction = all.slice(all.length - fraction.length);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const negative = n < 0 || Object.is(n, -0);
  return (negative ? MINUS : '') + group(whole) + (fraction ? `,${fraction}` : '');
}

/** «2500000» → «2 500 000», «2500» → «2 500» (no-break spaces), as Intl's nb-NO does. */
function group(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  for (let i = digits.length; i > 0; i -= 3)
    out = digits.slice(Math.max(0, i - 3), i) + (out ? NBSP + out : '');
  return out;
}

function viaIntl(n: number, maximumFractionDigits: number): string {
  fallback ??= new Map();
  let f = fallback.get(maximumFractionDigits);
  if (!f)
    fallback.set(maximumFractionDigits, (f = new Intl.NumberFormat('nb-NO', { maximumFractionDigits })));
  return f
    .format(n)
    .replace(/[ \u202f]/g, NBSP)
    .replace(/-/g, MINUS);
}
