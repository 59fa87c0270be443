/**
 * Flattens a tree's inline nodes into styled runs: plain text with one face, colour and role each.
 * Strong inside emphasis (or the reverse) becomes bold italic; links and foreign-language spans keep
 * their own structure key so the tagged PDF can name them.
 */
import { assertNever, type Inline } from '../tree/types.js';
import { colors } from './style.js';
import type { Color, FontStyle } from './types.js';

export interface Run {
  text: string;
  font: FontStyle;
  color: Color;
  /** External URL or internal '#id'. */
  href?: string;
  /** Structure key of the enclosing Link or Span element, if any. */
  key?: string;
  /** Structure role for `key` (Link or Span). */
  role?: string;
  lang?: string;
  /** «Ikke avklart»: drawn bold italic on a tinted box. */
  unresolved?: boolean;
}

export interface InlineStyle {
  bold: boolean;
  italic: boolean;
  color: Color;
}

/** A structure element found inside the inline content (links, language spans). */
export interface InlineStruct {
  key: string;
  role: 'Link' | 'Span';
  lang?: string;
  href?: string;
}

function face(bold: boolean, italic: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

/** Runs of `nodes`; `key` is the structure key of the containing block, used to name links and spans. */
export function flattenInlines(
  nodes: Inline[],
  key: string,
  base: InlineStyle = { bold: false, italic: false, color: colors.text },
): { runs: Run[]; structs: InlineStruct[] } {
  const runs: Run[] = [];
  const structs: InlineStruct[] = [];
  const walk = (list: Inline[], style: InlineStyle, inherited: Partial<Run>): void => {
    for (const n of list) {
      switch (n.type) {
        case 'text':
          if (n.text)
            runs.push({
              ...inherited,
              text: n.text,
              font: face(style.bold, style.italic),
              color: style.color,
            });
          break;
        case 'lineBreak':
          runs.push({ ...inherited, text: '\n', font: face(style.bold, style.italic), color: style.color });
          break;
        case 'unresolved':
          runs.push({
            ...inherited,
            text: n.text,
            font: 'boldItalic',
            color: colors.unresolvedText,
            unresolved: true,
          });
          break;
        case 'strong':
          walk(n.children, { ...style, bold: true }, inherited);
          break;
        case 'emphasis':
          walk(n.children, { ...style, italic: true }, inherited);
          break;
        case 'link': {
          const k = `${key}/a${structs.length}`;
          structs.push({ key: k, role: 'Link', href: n.href });
          walk(
            n.children,
            { ...style, color: colors.link },
            { ...inherited, href: n.href, key: k, role: 'Link' },
          );
          break;
        }
        case 'lang': {
          // A span inside a link stays part of the link for tagging; it still carries its language.
          if (inherited.key) {
            walk(n.children, style, { ...inherited, lang: n.lang });
            break;
          }
          const k = `${key}/s${structs.length}`;
          structs.push({ key: k, role: 'Span', lang: n.lang });
          walk(n.children, style, { key: k, role: 'Span', lang: n.lang });
          break;
        }
        default:
          assertNever(n);
      }
    }
  };
  walk(nodes, base, {});
  return { runs, structs };
}
