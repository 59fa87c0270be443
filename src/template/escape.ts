/**
 * Escaping content strings for Markdown. Content is data, never markup: a partner called `A*B | C` or a
 * text with `#`, `_`, `<` or `[x](y)` must print literally, also inside table cells. A backslash before
 * an ASCII punctuation character always means the character itself in CommonMark, so escaping is adding
 * backslashes, and unescaping (for helpers that need the raw value) is removing them again.
 *
 * Characters that are markup anywhere in a line are always escaped; characters that are markup only at
 * the start of a line (#, -, +, =, >, «1.») are escaped when the string starts with them. Line breaks in
 * a plain string become spaces (a plain field is one paragraph of text; a break would end a table row).
 */

/** Markup anywhere in a line: emphasis, code, links, HTML, entities, table cells, strikethrough, escapes. */
const ANYWHERE = /[\\`*_[\]<>|~&]/g;
/** Markup only at the start of a line: headings, list bullets, setext underlines, block quotes. */
const AT_START = /^(\s*)([#\-+=>])/;
/** An ordered-list marker at the start of a line: «1.» or «1)». */
const ORDERED = /^(\s*\d{1,9})([.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(ANYWHERE, '\\$&')
    .replace(AT_START, '$1\\$2')
    .replace(ORDERED, '$1\\$2');
}

/** Removes the backslash of every backslash escape (the exact inverse of escapeMarkdown's escaping). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * The Markdown of a value not decided yet: a bracketed span with the class `uavklart`. It uses unescaped
 * brackets, so no escaped content string can produce it by accident; it works inside table cells.
 */
export const UNRESOLVED_MARKDOWN = '[Ikke avklart]{.uavklart}';

export function isUnresolvedMarkdown(value: unknown): boolean {
  return typeof value === 'string' && value === UNRESOLVED_MARKDOWN;
}
