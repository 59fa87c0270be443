/**
 * Link annotations: external links (http, https, mailto) open a /URI action; internal references
 * ('#id') jump to the anchor's page and height with /Dest.
 */
import { CLICKABLE_EXTERNAL } from '../link-schemes.js';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFString,
  type PDFContext,
  type PDFRef,
} from '@cantoo/pdf-lib';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { LayoutResult, LinkItem } from '../../layout/types.js';
import { num } from './operators.js';
import type { TaggedAnnotation } from './structure.js';
import { utf16Text } from './utf16-text.js';

export interface PageTarget {
  ref: PDFRef;
  height: number;
}

/** A /Dest array: the page, scrolled so that `y` (layout coordinates, from the top) is at the top. */
export function destination(context: PDFContext, page: PageTarget, y: number): PDFArray {
  const top = Math.min(page.height, Math.max(0, page.height - y));
  return context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Number(num(top))), PDFNull]);
}

/**
 * The URI as 7-bit ASCII (PDF requires it): non-ASCII characters percent-encoded, hosts in punycode.
 * pdf-lib writes literal strings as they are: the caller escapes parentheses and backslashes.
 */
export function asciiUri(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return encodeURI(href);
  }
}

const EXTERNAL = CLICKABLE_EXTERNAL;

/**
 * Annotation dictionaries for the links of one page. Links to unknown anchors and links with other
 * schemes are reported once each and left out.
 */
export function linkAnnotations(
  context: PDFContext,
  links: LinkItem[],
  pageHeight: number,
  pages: PageTarget[],
  anchors: LayoutResult['anchors'],
  /** Heading titles by anchor id, for what a screen reader announces. */
  titles: Record<string, string>,
  reported: Set<string>,
  diagnostics: Diagnostic[],
  /** The visible text of each link, by its structure key. */
  texts: Map<string, string> = new Map(),
): TaggedAnnotation[] {
  const out: TaggedAnnotation[] = [];
  for (const link of links) {
    const rect = [link.x, pageHeight - link.y - link.height, link.x + link.width, pageHeight - link.y].map(
      (n) => Number(num(n)),
    );
    const dict: Record<string, unknown> = {
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      F: 4,
      // What a screen reader announces for the link.
      Contents: utf16Text(
        linkDescription(
          link.href,
          titles,
          link.tag && !link.tag.artifact ? texts.get(link.tag.struct) : undefined,
        ),
      ),
    };
    if (link.href.startsWith('#')) {
      const id = link.href.slice(1);
      const anchor = anchors[id];
      const page = anchor ? pages[anchor.page] : undefined;
      if (!anchor || !page) {
        report(reported, diagnostics, link.href, {
          severity: 'warning',
          message: `Den interne lenken «${link.href}» peker ikke på noen overskrift i dokumentet.`,
          rule: 'pdf/link-target',
          hint: 'Sjekk at lenken bruker id-en til en overskrift som finnes i dokumentet.',
        });
        continue;
      }
      dict.Dest = destination(context, page, anchor.y);
    } else if (EXTERNAL.test(link.href)) {
      dict.A = {
        Type: 'Action',
        S: 'URI',
        URI: PDFString.of(asciiUri(link.href).replace(/[()\\]/g, '\\$&')),
      };
    } else {
      report(reported, diagnostics, link.href, {
        severity: 'warning',
        message: `Lenken «${link.href}» er verken en nettadresse (http/https), en e-postadresse (mailto) eller en intern lenke (#…), og blir ikke klikkbar.`,
        rule: 'pdf/link-scheme',
        hint: 'Skriv lenken som https://…, mailto:… eller #overskrift-id.',
        // Lets the build find the link in the content (where the check has warned about it already).
        text: link.href,
      });
      continue;
    }
    const annot = context.obj(dict as never) as unknown as PDFDict;
    const struct = link.tag && !link.tag.artifact ? link.tag.struct : undefined;
    out.push({ ref: context.register(annot), dict: annot, ...(struct ? { struct } : {}) });
  }
  return out;
}

function report(reported: Set<string>, diagnostics: Diagnostic[], key: string, d: Diagnostic): void {
  if (reported.has(key)) return;
  reported.add(key);
  diagnostics.push(d);
}

/**
 * What a screen reader announces for a link (annotation /Contents): for a web link with its own text,
 * that text and the site, not the (often very long) address.
 */
export function linkDescription(href: string, titles: Record<string, string>, text?: string): string {
  if (href.startsWith('#')) {
    const title = titles[href.slice(1)];
    return title ? `Lenke til avsnittet «${title}»` : `Lenke til ${href}`;
  }
  if (/^mailto:/i.test(href)) return `E-post til ${href.slice('mailto:'.length)}`;
  const shown = text?.replace(/\s+/g, ' ').trim();
  if (shown && shown !== href) {
    let host = '';
    try {
      host = new URL(href).hostname.replace(/^www\./, '');
    } catch {
      // Not a URL the parser knows: the text alone.
    }
    return host ? `Lenke til «${shown}» (${host})` : `Lenke til «${shown}»`;
  }
  return `Lenke til ${href}`;
}
