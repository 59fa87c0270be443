/**
 * Reads the output of poppler's `pdfinfo -struct-text`: the structure tree as indented lines, an
 * element's role on its own line («P (block)», «TH:»), attributes («/Scope /Column») and the text of its
 * marked content in double quotes.
 */
export interface StructTextNode {
  role: string;
  /** The element's own text and its child elements, in the order the output lists them. */
  content: (string | StructTextNode)[];
  children: StructTextNode[];
  /** Attributes listed under the element («/Scope /Row» → Scope: 'Row', «/ColSpan 2» → ColSpan: '2'). */
  attributes: Record<string, string>;
}

export function parseStructText(output: string): StructTextNode {
  const root: StructTextNode = { role: 'root', content: [], children: [], attributes: {} };
  const stack: { indent: number; node: StructTextNode }[] = [{ indent: -1, node: root }];
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    if (body.startsWith('"') && body.endsWith('"') && body.length >= 2) {
      parent.content.push(body.slice(1, -1));
      continue;
    }
    if (body.startsWith('/')) {
      const m = /^\/(\w+)\s+\/?(\S+)/.exec(body);
      if (m) parent.attributes[m[1]!] = m[2]!;
      continue;
    }
    const role = /^([A-Za-z0-9]+)/.exec(body)?.[1];
    if (!role) continue;
    const node: StructTextNode = { role, content: [], children: [], attributes: {} };
    parent.children.push(node);
    parent.content.push(node);
    stack.push({ indent, node });
  }
  // The output's first element is the Document.
  return root.children.length === 1 ? root.children[0]! : root;
}
