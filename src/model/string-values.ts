/** A path into the content, e.g. ['partnere', 0, 'rolle']. */
export type ValuePath = (string | number)[];

/** Every string value of loaded content, with its path, in document order. */
export function* stringValues(
  value: unknown,
  path: ValuePath = [],
): Generator<{ path: ValuePath; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) yield* stringValues(value[i], [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* stringValues(v, [...path, k]);
}
