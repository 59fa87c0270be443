/**
 * The names outputs get. Every output lands in `<out>/<project>/<name>`: a name is one plain file name
 * (no folder separators, not «.» or «..», not hidden, no control characters), so no id in the content
 * can make the build write anywhere else. The schema restricts ids to a safe pattern already; this is
 * checked again where paths are made.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function isSafeOutputName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    !name.startsWith('.') &&
    !/[\\/:]/.test(name) &&
    !CONTROL.test(name)
  );
}

/** Leftovers of the per-file temporary files older versions wrote beside each output. */
export const OLD_TEMPORARY = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
