/**
 * Control characters are left out of every field, as the check's warning (text/control-char) says:
 * U+0000–U+001F except tab and line feed, and U+007F–U+009F — a lone carriage return included, which
 * Markdown would otherwise read as a line break (ending a table row in a plain field). Runs on the data
 * after the check has reported them at their place. Tabs become spaces.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(/\t/g, ' ');
}

/** Every string in a value cleaned, in place (the value is plain data from YAML). */
export function cleanStrings<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    const entries = Array.isArray(v) ? v.entries() : Object.entries(v);
    for (const [k, child] of entries) {
      if (typeof child === 'string') (v as Record<string | number, unknown>)[k] = cleanText(child);
      else if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return value;
}
