import type { Block, Callout, Heading, Image, List, Signature } from '../../tree/types.js';
import { assertNever } from '../../tree/types.js';
import { UNRESOLVED_TEXT } from '../../format/unresolved.js';
import { renderChart } from './chart.js';
import { addMedia, type DocxContext } from './context.js';
import { drawing } from './drawing.js';
import { fitToColumn, readRaster } from './images.js';
import { inlineChildren, textRun } from './inlines.js';
import { numberingInstance } from './numbering.js';
import { paragraph, type ParagraphOptions } from './paragraph.js';
import { bulletRef, COLOR, listIndent, orderedRef, STYLE } from './styles.js';
import { renderTable } from './tables.js';
import { inTocBookmark } from './toc.js';
import { esc } from './xml.js';

/** Renders blocks in order as body XML: one handler per block type. */
export function renderBlocks(blocks: Block[], ctx: DocxContext): string {
  let out = '';
  for (const block of blocks) out += renderBlock(block, ctx);
  return out;
}

function renderBlock(block: Block, ctx: DocxContext, options: ParagraphOptions = {}): string {
  switch (block.type) {
    case 'heading':
      return renderHeading(block, ctx);
    case 'paragraph':
      return paragraph(options, inlineChildren(block.children, {}, ctx));
    case 'list':
      return renderList(block, ctx, 0);
    case 'table':
      return renderTable(block, ctx);
    case 'image':
      return renderImage(block, ctx);
    case 'pageBreak':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    case 'callout':
      return renderCallout(block, ctx);
    case 'chart':
      return renderChart(block, ctx);
    case 'signature':
      return renderSignature(block);
    case 'section':
      return renderBlocks(block.children, ctx);
    default:
      return assertNever(block);
  }
}

/** A bookmark around `content`, with the next bookmark id of the document. */
export function bookmark(ctx: DocxContext, name: string, content: () => string): string {
  const id = ctx.nextBookmarkId++;
  return `<w:bookmarkStart w:name="${esc(name)}" w:id="${id}"/>${content()}<w:bookmarkEnd w:id="${id}"/>`;
}

/** A heading in Word's Heading n style, its text inside a bookmark that internal links point at. */
function renderHeading(heading: Heading, ctx: DocxContext): string {
  const name = ctx.bookmarks.get(heading.id);
  const runs = (): string => inlineChildren(heading.children, {}, ctx, false);
  const content = inTocBookmark(ctx, ctx.toc.get(heading), () =>
    name === undefined ? runs() : bookmark(ctx, name, runs),
  );
  return paragraph({ style: `Heading${heading.level}` }, content);
}

/**
 * A list: its own numbering instance (so ordered lists restart), the first paragraph of every item
 * numbered at the list's depth, further paragraphs of the item indented to the item's text, nested lists
 * one level deeper.
 */
function renderList(list: List, ctx: DocxContext, depth: number): string {
  const reference = list.ordered ? orderedRef(list.start) : bulletRef();
  const level = Math.min(depth, 8);
  // The instance is numbered when its first paragraph is written (an empty list has none).
  let numId: number | undefined;
  const numbering = (): ParagraphOptions => ({
    numbering: { level, numId: (numId ??= numberingInstance(ctx, reference, list.ordered ? list.start : 1)) },
  });
  let out = '';
  for (const item of list.items) {
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      const options = numbering();
      out += paragraph(options, inlineChildren(first.children, {}, ctx));
    } else {
      // An item that starts with something else still shows its number or bullet.
      out += paragraph(numbering(), '');
      if (first) rest.unshift(first);
    }
    for (const block of rest) {
      if (block.type === 'list') out += renderList(block, ctx, depth + 1);
      else out += renderBlock(block, ctx, { style: STYLE.listContinue, indent: { left: listIndent(depth) } });
    }
  }
  return out;
}

const CALLOUT_COLORS = {
  draft: { fill: COLOR.draftFill, border: COLOR.draftBorder },
  note: { fill: COLOR.calloutFill, border: COLOR.calloutBorder },
  warning: { fill: COLOR.warningFill, border: COLOR.warningBorder },
} as const;

/** A callout: its paragraphs shaded with a coloured rule on the left; other blocks as they are. */
function renderCallout(callout: Callout, ctx: DocxContext): string {
  const colors = CALLOUT_COLORS[callout.kind];
  const options: ParagraphOptions = {
    style: STYLE.callout,
    border: { left: { style: 'single', size: 18, color: colors.border, space: 8 } },
    fill: colors.fill,
  };
  let out = '';
  for (const block of callout.children) out += renderBlock(block, ctx, options);
  return out;
}

/** An image at its natural size (at most the column width), with alt text, and its caption below. */
function renderImage(image: Image, ctx: DocxContext): string {
  let raster = null;
  try {
    raster = readRaster(image.src);
  } catch {
    raster = null;
  }
  const caption = image.caption && image.caption.length > 0 ? image.caption : null;
  let out = '';
  if (raster === null) {
    ctx.diagnostics.push({
      severity: 'error',
      message: `Bildet ${image.src} finnes ikke eller er ikke en PNG- eller JPEG-fil.`,
      rule: 'docx/image',
      hint: 'Sjekk filstien, og lagre bildet som PNG eller JPEG.',
    });
    out += paragraph({ style: STYLE.chartPlaceholder }, textRun(image.alt));
  } else {
    const n = ctx.nextDrawing++;
    const { width, height } = fitToColumn(raster.width, raster.height);
    const picture = drawing(ctx, {
      width,
      height,
      name: `Bilde ${n}`,
      description: image.alt,
      title: image.alt,
      blip: addMedia(ctx, raster.data, raster.type),
    });
    out += paragraph({ keepNext: caption !== null }, picture);
  }
  if (caption) {
    out += paragraph({ style: STYLE.caption, keepNext: false }, inlineChildren(caption, {}, ctx));
  }
  return out;
}

/**
 * Place and date, then for every signer room to sign, a signature rule, name, role and organisation.
 * Every paragraph but the last keeps with the next, so the block never splits across pages.
 */
function renderSignature(signature: Signature): string {
  const lines: { text: string; rule?: boolean; before?: number }[] = [
    { text: `${signature.place}, ${signature.date}` },
  ];
  for (const signer of signature.signers) {
    lines.push({ text: '', rule: true, before: 720 });
    lines.push({ text: signer.name });
    if (signer.role) lines.push({ text: signer.role });
    if (signer.organisation) lines.push({ text: signer.organisation });
  }
  return lines
    .map((line, i) =>
      paragraph(
        {
          style: STYLE.signature,
          keepNext: i < lines.length - 1,
          keepLines: true,
          ...(line.before ? { spacingBefore: line.before } : {}),
          ...(line.rule
            ? {
                border: { bottom: { style: 'single' as const, size: 6, color: COLOR.text, space: 1 } },
                indent: { right: 4800 },
              }
            : {}),
        },
        // A signer not decided yet is marked with the character style of open values.
        line.text === ''
          ? ''
          : textRun(line.text, line.text === UNRESOLVED_TEXT ? { style: STYLE.unresolved } : {}),
      ),
    )
    .join('');
}
