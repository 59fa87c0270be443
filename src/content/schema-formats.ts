import { fullFormats } from 'ajv-formats/dist/formats.js';
import { parseDate } from '../model/dates.js';

/** The string formats the content schema uses; the precompiled validator refers to them by name. */
export const formats = {
  dato: (s: string): boolean => parseDate(s) !== null,
  uri: fullFormats.uri,
  email: fullFormats.email,
};
