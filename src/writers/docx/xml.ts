/**
 * Text and attribute values written into the XML parts. Every value the writer takes from the document goes
 * through `esc`: the five characters XML gives a meaning (& < > " ') become entities, and the characters
 * XML 1.0 does not allow are left out (C0 controls but tab, line feed and carriage return; U+FFFE and
 * U+FFFF). Content copied from other programs can carry those; Word refuses a file that contains one.
 */

/** Characters XML 1.0 does not allow. */
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const SPECIAL = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const entity = (c: string): string => ENTITY[c] ?? '';

/** `s` as XML text or attribute value (in double quotes). */
export function esc(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIAL_ALL, entity) : s;
}

const ATTR_SPECIAL = /[&"<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ATTR_SPECIAL_ALL = new RegExp(ATTR_SPECIAL.source, 'g');

/**
 * `s` as an attribute value in double quotes with the apostrophe left as it is: the table alt texts have
 * always been written so (a value in double quotes needs no &apos;), and the bytes stay the same.
 */
export function escAttr(s: string): string {
  return ATTR_SPECIAL.test(s) ? s.replace(ATTR_SPECIAL_ALL, entity) : s;
}

/** An on/off property: `<w:keepNext/>` when on, `<w:keepNext w:val="false"/>` when off. */
export const onOff = (name: string, on: boolean): string => (on ? `<${name}/>` : `<${name} w:val="false"/>`);

/** A text element that keeps its spaces. */
export const t = (text: string): string => `<w:t xml:space="preserve">${esc(text)}</w:t>`;
