/**
 * An optional field that is null means the same as one that is absent. The schema does not let YAML
 * content say null, but a project handed to the pipeline in code may; the facts and the templates see
 * the project with every null field left out, so null never reaches a helper or a document as «null».
 */
export function dropNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(dropNulls) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = dropNulls(v);
    return out as T;
  }
  return value;
}
