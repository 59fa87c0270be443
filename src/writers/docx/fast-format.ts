import {
  BorderStyle,
  EMPTY_OBJECT,
  isXmlComponent,
  NextAttributeComponent,
  Paragraph,
  ShadingType,
  TextRun,
  XmlComponent,
} from 'docx';

/**
 * Faster, equivalent versions of the two methods of the docx package that turn every component into
 * the objects its XML stringifier writes. Together they took about a third of the DOCX writer's time:
 * `XmlComponent.prepForXml` builds each element's children with `flatMap` and `filter` (a closure and
 * two arrays per element), and `NextAttributeComponent.prepForXml` copies its attribute object once per
 * attribute (`reduce` with object spread). The replacements do the same with plain loops: same
 * children in the same order, arrays flattened one level, undefined left out, attributes in the same
 * order.
 *
 * They replace the methods on the package's prototypes, so every docx document in this process uses
 * them. Before that, a probe document is formatted with the package's own methods and with these; if
 * the two differ (a docx release that changed these methods), the package's own methods are kept.
 */

interface Context {
  stack: unknown[];
}
type Formatted = Record<string, unknown>;
type PrepForXml = (this: unknown, context: Context) => Formatted | undefined;

interface Component {
  rootKey: string;
  root: unknown[];
  writtenAs?: { prepForXml(context: Context): unknown }[];
  prepForXml(context: Context): unknown;
}

function push(children: unknown[], value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== undefined) children.push(item);
  } else if (value !== undefined) {
    children.push(value);
  }
}

function componentPrepForXml(this: Component, context: Context): Formatted {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root) {
    if (isXmlComponent(comp)) {
      const child = comp as unknown as Component;
      const parts = child.writtenAs;
      if (parts) for (const part of parts) push(children, part.prepForXml(context));
      else push(children, child.prepForXml(context));
    } else {
      push(children, comp);
    }
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null) : undefined;
  return {
    [this.rootKey]:
      children.length === 0
        ? EMPTY_OBJECT
        : only !== undefined && only !== null && only._attr
          ? only
          : children,
  };
}

function attributesPrepForXml(this: { root: Record<string, { key: string; value: unknown }> }): Formatted {
  const attrs: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attrs[key] = value;
  return { _attr: attrs };
}

/** A paragraph with what the writer uses most: styles, spacing, borders, shading, runs, a break. */
function probe(): Formatted | undefined {
  const paragraph = new Paragraph({
    style: 'Probe',
    keepNext: true,
    spacing: { before: 120, after: 60 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F4F7' },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: '5B7895', space: 8 } },
    children: [
      new TextRun({ text: 'a & <b>', bold: true, italics: true, language: { value: 'se-NO' } }),
      new TextRun({ text: 'c', break: 1, size: 20 }),
      new TextRun(''),
    ],
  });
  return (paragraph.prepForXml as PrepForXml).call(paragraph, { stack: [] });
}

const componentProto = XmlComponent.prototype as unknown as { prepForXml: PrepForXml };
const attributesProto = NextAttributeComponent.prototype as unknown as { prepForXml: PrepForXml };
const packageMethods = { component: componentProto.prepForXml, attributes: attributesProto.prepForXml };

function useMethods(fast: boolean): void {
  componentProto.prepForXml = fast
    ? (componentPrepForXml as unknown as PrepForXml)
    : packageMethods.component;
  attributesProto.prepForXml = fast
    ? (attributesPrepForXml as unknown as PrepForXml)
    : packageMethods.attributes;
}

/**
 * Switches between the faster methods and the package's own (for tests and measurements). Returns
 * whether the faster ones are in use: not if they format the probe differently from the package.
 */
export function setFastFormat(fast: boolean): boolean {
  useMethods(false);
  if (!fast) return false;
  let expected: string;
  let actual: string;
  try {
    expected = JSON.stringify(probe());
    useMethods(true);
    actual = JSON.stringify(probe());
  } catch {
    useMethods(false);
    return false;
  }
  if (actual !== expected) useMethods(false);
  return actual === expected;
}

let installed = false;

/** Installs the faster methods the first time it is called in the process (see setFastFormat). */
export function installFastFormat(): void {
  if (installed) return;
  installed = true;
  setFastFormat(true);
}
