/** markdown-it inline tokens → the tree's inline runs (text, strong, emphasis, links, markers, spans). */
import type { Token } from 'markdown-it';
import type { Inline } from '../tree/types.js';
import { UNRESOLVED_TEXT } from '../format/unresolved.js';

export type Warn = (rule: string, message: string) => void;

/** BCP 47 language tag as used in `{lang=se}`. */
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Joins neighbouring text runs. */
function merge(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    const last = out.at(-1);
    if (n.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { type: 'text', text: last.text + n.text };
    else if (n.type !== 'text' || n.text !== '') out.push(n);
  }
  return out;
}

/** Converts a span's attribute text into a node around its children. */
function span(info: string, children: Inline[], warn: Warn): Inline[] {
  if (info === '.uavklart') return [{ type: 'unresolved', text: inlineTextOf(children) || UNRESOLVED_TEXT }];
  const lang = /^lang=["']?([^"'\s]+)["']?$/.exec(info)?.[1];
  if (lang && LANG_TAG.test(lang)) return [{ type: 'lang', lang, children }];
  warn(
    'markup/span',
    `Ukjent attributt «{${info}}» på teksten «${inlineTextOf(children)}»; teksten vises uten.`,
  );
  return children;
}

function inlineTextOf(nodes: Inline[]): string {
  return nodes.map((n) => ('text' in n ? n.text : 'children' in n ? inlineTextOf(n.children) : '')).join('');
}

/** Converts a run of inline tokens; `tokens` is the children of one inline block token. */
export function convertInline(tokens: Token[], warn: Warn): Inline[] {
  let i = 0;
  const until = (closeType: string | null): Inline[] => {
    const out: Inline[] = [];
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (closeType && t.type === closeType) return merge(out);
      switch (t.type) {
        case 'text':
          out.push({ type: 'text', text: t.content });
          break;
        case 'softbreak':
          out.push({ type: 'text', text: ' ' });
          break;
        case 'hardbreak':
          out.push({ type: 'lineBreak' });
          break;
        case 'strong_open':
          out.push({ type: 'strong', children: until('strong_close') });
          break;
        case 'em_open':
          out.push({ type: 'emphasis', children: until('em_close') });
          break;
        case 'link_open':
          out.push({ type: 'link', href: String(t.attrGet('href') ?? ''), children: until('link_close') });
          break;
        case 'span_open':
          out.push(...span(t.info, until('span_close'), warn));
          break;
        case 's_open':
          warn('markup/unsupported', `Gjennomstreking (~~) støttes ikke; teksten vises uten.`);
          out.push(...until('s_close'));
          break;
        case 'code_inline':
          warn('markup/unsupported', `Kode (\`${t.content}\`) støttes ikke; teksten vises som vanlig tekst.`);
          out.push({ type: 'text', text: t.content });
          break;
        case 'image':
          warn(
            'markup/unsupported',
            `Et bilde inne i tekst støttes ikke; bare alternativteksten «${t.content}» vises.`,
          );
          out.push({ type: 'text', text: t.content });
          break;
        case 'html_inline':
          // One warning per element: a closing tag belongs to the opening tag already reported.
          if (!t.content.startsWith('</'))
            warn('markup/html', `HTML i malen støttes ikke og er utelatt: ${t.content}`);
          break;
        default:
          warn('markup/unsupported', `Markdown-elementet «${t.type}» støttes ikke og er utelatt.`);
      }
    }
    return merge(out);
  };
  return until(null);
}
