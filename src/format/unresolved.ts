/** The visible text of a value that is not decided yet; writers style it as a marker. */
export const UNRESOLVED_TEXT = 'Ikke avklart';

/** True for the content's «ikke avklart» value, in any case. */
export function isUnresolvedValue(value: unknown): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === 'ikke avklart';
}
