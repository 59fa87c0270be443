/**
 * A markdown-it inline rule for bracketed spans with attributes, as in Pandoc: `[text]{.uavklart}` (a
 * value not decided yet) and `[Porsáŋgu]{lang=se}` (text in another language). The rule runs before the
 * link rule; `[text]` without a following `{…}` is left to the link rule. Tokens: span_open (with the
 * attribute text in `info`), the inner inline tokens, span_close.
 */
import type { MarkdownIt, StateInline } from 'markdown-it';

function spanRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b /* [ */) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, start, false);
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x7b /* { */) return false;
  const close = state.src.indexOf('}', labelEnd + 2);
  if (close < 0 || state.src.slice(labelEnd + 2, close).includes('\n')) return false;
  if (!silent) {
    const open = state.push('span_open', 'span', 1);
    open.info = state.src.slice(labelEnd + 2, close).trim();
    const oldMax = state.posMax;
    state.pos = start + 1;
    state.posMax = labelEnd;
    state.md.inline.tokenize(state);
    state.posMax = oldMax;
    state.push('span_close', 'span', -1);
  }
  state.pos = close + 1;
  return true;
}

export function spanPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'bracketed_span', spanRule);
}
