import { fullFormats } from 'ajv-formats/dist/formats.js';
import { parseDate } from '../model/dates.js';

/**
 * ajv-formats' `uri` regular expression without its one alternative for a bracketed IP address
 * (`[::1]`, `[v1.x]`). In every other alternative of that expression the characters `[` and `]` cannot
 * occur, so for a string without `[` the two give the same answer; a string with `[` goes to the full
 * one. Why: the full expression took ~6 ms on the first long address of a cold start, this one ~1 ms
 * (test/content/schema-formats.test.ts compares the two on generated addresses).
 */
const URI_WITHOUT_IP_LITERAL =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
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
