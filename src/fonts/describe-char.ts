/** «U+01E9 «ǩ»»-style name of a character for messages. (No font is loaded by importing this.) */
export function describeChar(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} «${ch}»`;
}
