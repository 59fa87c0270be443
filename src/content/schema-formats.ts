import { fullFormats } from 'ajv-formats/dist/formats.js';
import { parseDate } from '../model/dates.js';

/**
 * ajv-formats' `uri` regular expression, rewritten to accept exactly the same strings that contain no
 * `[`, and to be quick to compile: the first use of the original cost a cold start 3–9 ms, this one well
 * under one. test/content/schema-formats.test.ts compares the two on generated addresses.
 * - The alternative for a bracketed IP address (`[::1]`, `[v1.x]`) is left out: in every other part of
 *   the expression `[` cannot occur, and a string with `[` goes to the original (see `uri`).
 * - The IPv4 alternative of the host is left out: every IPv4 address is also a valid registered name.
 * - No `i` flag, ASCII letters in both cases instead: case folding of the long character classes was most
 *   of the compile time, and without the `u` flag `i` never lets a non-ASCII character (ſ, the Kelvin
 *   sign) match an ASCII letter, so the explicit ranges accept the same strings.
 */
const URI_WITHOUT_IP_LITERAL =
  /^(?:[a-zA-Z][a-zA-Z0-9+\-.]*:)(?:\/?\/(?:(?:[a-zA-Z0-9\-._~!$&'()*+,;=:]|%[0-9a-fA-F]{2})*@)?(?:(?:[a-zA-Z0-9\-._~!$&'()*+,;=]|%[0-9a-fA-F]{2})*)(?::\d*)?(?:\/(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*)*|\/(?:(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+(?:\/(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*)*)?|(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+(?:\/(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*)*)(?:\?(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-fA-F]{2})*)?(?:#(?:[a-zA-Z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-fA-F]{2})*)?$/;
const NOT_URI_FRAGMENT = /\/|:/;
const fullUri = fullFormats.uri as (s: string) => boolean;

/** ajv-formats' `uri` format, with the same answers (see URI_WITHOUT_IP_LITERAL). */
export function uri(s: string): boolean {
  if (s.includes('[')) return fullUri(s);
  return NOT_URI_FRAGMENT.test(s) && URI_WITHOUT_IP_LITERAL.test(s);
}

/** The string formats the content schema uses; the precompiled validator refers to them by name. */
export const formats = {
  dato: (s: string): boolean => parseDate(s) !== null,
  uri,
  email: fullFormats.email,
};
