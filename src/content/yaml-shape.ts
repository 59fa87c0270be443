/**
 * Shapes a content file may not have, found on the parsed YAML before it becomes data, each at its line:
 * - a key named `__proto__`, `constructor` or `prototype` (they would change how the data behaves);
 * - a key that is a list or mapping (`? [a, b]: c`), which YAML allows and the content never needs;
 * - the numbers −0, .inf and .nan, which no field can use;
 * - nesting deeper than MAX_DEPTH levels (no content needs more than ten; deep nesting would exhaust the
 *   stack of every walker after this one).
 * The walk is iterative, so it is safe whatever the depth.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

export const MAX_DEPTH = 64;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export interface ShapeProblem {
  rule: string;
  offset: number;
  message: string;
  hint: string;
}

export function yamlShapeProblems(doc: Document): ShapeProblem[] {
  const out: ShapeProblem[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  let deepReported = false;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isScalar(node) && typeof node.value === 'number' && (Object.is(node.value, -0) || !Number.isFinite(node.value))) {
      out.push({
        rule: 'yaml/number',
        offset: node.range?.[0] ?? 0,
        message: Object.is(node.value, -0) ? 'Tallet −0 er ikke gyldig' : 'Tallet er ikke et endelig tall',
        hint: 'Skriv et vanlig tall, for eksempel 0 eller 2500000.',
      });
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      if (!deepReported)
        out.push({
          rule: 'yaml/too-deep',
          offset: (node as Node).range?.[0] ?? 0,
          message: `Innholdet er nestet for dypt (mer enn ${MAX_DEPTH} nivåer)`,
          hint: 'Innholdsfiler trenger sjelden mer enn noen få nivåer med innrykk. Sjekk innrykket og klammene.',
        });
      deepReported = true;
      continue;
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        const key = item.key as Node | null;
        if (key && !isScalar(key)) {
          out.push({
            rule: 'yaml/complex-key',
            offset: key.range?.[0] ?? 0,
            message: 'En nøkkel må være et navn, ikke en liste eller et objekt',
            hint: 'Skriv nøkkelen som et ord, for eksempel «tittel:».',
          });
        } else if (isScalar(key) && RESERVED.has(String(key.value))) {
          out.push({
            rule: 'yaml/reserved-key',
            offset: key.range?.[0] ?? 0,
            message: `Nøkkelen «${String(key.value)}» er ikke tillatt`,
            hint: 'Navnet er reservert. Slett linjen eller bruk et annet navn.',
          });
        }
        stack.push({ node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
