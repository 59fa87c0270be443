/**
 * Active content is removed from attachment pages as they are copied into the document: page actions
 * (/AA: JavaScript run when a page opens or closes), and every annotation that acts — form fields
 * (widgets), media, file attachments, and links whose action is not a web or e-mail address or a place
 * in the document (JavaScript, Launch, SubmitForm, ImportData, GoToR …). Passive annotations (comments,
 * highlights) stay, without actions of their own. Copying pages never brings the attachment's catalogue
 * (document-level JavaScript, /OpenAction, forms) along.
 */
import { PDFArray, PDFDict, PDFName, PDFString, PDFHexString, type PDFPage } from '@cantoo/pdf-lib';
import { isClickableExternal } from '../link-schemes.js';

const ACTING = new Set(['Widget', 'Screen', 'Movie', 'Sound', 'RichMedia', 'FileAttachment', '3D']);

function name(dict: PDFDict, key: string): string | undefined {
  const v = dict.lookup(PDFName.of(key));
  return v instanceof PDFName ? v.decodeText() : undefined;
}

/** True when a link's action is harmless: a web or e-mail address, or a place in the same document. */
function harmlessAction(action: PDFDict): boolean {
  const type = name(action, 'S');
  if (type === 'GoTo') return true;
  if (type !== 'URI') return false;
  const uri = action.lookup(PDFName.of('URI'));
  const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : '';
  return isClickableExternal(text) && !action.has(PDFName.of('Next'));
}

/** Removes active content from copied pages; returns how many actions and annotations were removed. */
export function sanitisePages(pages: PDFPage[]): number {
  let removed = 0;
  for (const page of pages) {
    const node = page.node;
    if (node.has(PDFName.of('AA'))) {
      node.delete(PDFName.of('AA'));
      removed++;
    }
    const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    const keep: ReturnType<PDFArray['get']>[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const ref = annots.get(i);
      const dict = annots.lookupMaybe(i, PDFDict);
      if (!dict) continue;
      const subtype = name(dict, 'Subtype') ?? '';
      if (ACTING.has(subtype)) {
        removed++;
        continue;
      }
      if (dict.has(PDFName.of('AA'))) {
        dict.delete(PDFName.of('AA'));
        removed++;
      }
      const action = dict.lookupMaybe(PDFName.of('A'), PDFDict);
      if (action && !harmlessAction(action)) {
        if (subtype === 'Link') {
          removed++;
          continue;
        }
        dict.delete(PDFName.of('A'));
        removed++;
      } else if (!action && dict.has(PDFName.of('A'))) {
        dict.delete(PDFName.of('A'));
        removed++;
      }
      keep.push(ref);
    }
    if (keep.length === 0) node.delete(PDFName.of('Annots'));
    else node.set(PDFName.of('Annots'), page.doc.context.obj(keep));
  }
  return removed;
}
