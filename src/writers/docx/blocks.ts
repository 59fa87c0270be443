import {
  Bookmark,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  TextRun,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import type { Block, Callout, Heading, Image, List, Signature } from '../../tree/types.js';
import { assertNever } from '../../tree/types.js';
import { UNRESOLVED_TEXT } from '../../format/unresolved.js';
import { renderChart } from './chart.js';
import type { DocxContext } from './context.js';
import { fitToColumn, readRaster } from './images.js';
import { inlineChildren } from './inlines.js';
import { bulletRef, COLOR, listIndent, orderedRef, STYLE } from './styles.js';
import { renderTable } from './tables.js';
import { inTocBookmark } from './toc.js';

/** Renders blocks in order: one handler per block type. */
export function renderBlocks(blocks: Block[], ctx: DocxContext): FileChild[] {
  return blocks.flatMap((block) => renderBlock(block, ctx));
}

function renderBlock(block: Block, ctx: DocxContext, paragraph: IParagraphOptions = {}): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [renderHeading(block, ctx)];
    case 'paragraph':
      return [new Paragraph({ ...paragraph, children: inlineChildren(block.children, {}, ctx) })];
    case 'list':
      return renderList(block, ctx, 0);
    case 'table':
      return renderTable(block, ctx);
    case 'image':
      return renderImage(block, ctx);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
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

const HEADING_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A heading in Word's Heading n style, its text inside a bookmark that internal links point at. */
function renderHeading(heading: Heading, ctx: DocxContext): Paragraph {
  const children = inlineChildren(heading.children, {}, ctx, false);
  const name = ctx.bookmarks.get(heading.id);
  return new Paragraph({
    heading: HEADING_LEVEL[heading.level],
    children: inTocBookmark(
      ctx.toc.get(heading),
      name === undefined ? children : [new Bookmark({ id: name, children })],
    ),
  });
}

/**
 * A list: its own numbering instance (so ordered lists restart), the first paragraph of every item
 * numbered at the list's depth, further paragraphs of the item indented to the item's text, nested lists
 * one level deeper.
 */
function renderList(list: List, ctx: DocxContext, depth: number): FileChild[] {
  const instance = ctx.nextListInstance++;
  const reference = list.ordered ? orderedRef(list.start) : bulletRef();
  const numbering = { reference, level: Math.min(depth, 8), instance };
  const out: FileChild[] = [];
  for (const item of list.items) {
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      out.push(new Paragraph({ numbering, children: inlineChildren(first.children, {}, ctx) }));
    } else {
      // An item that starts with something else still shows its number or bullet.
      out.push(new Paragraph({ numbering, children: [] }));
      if (first) rest.unshift(first);
    }
    for (const block of rest) {
      if (block.type === 'list') out.push(...renderList(block, ctx, depth + 1));
      else
        out.push(
          ...renderBlock(block, ctx, { style: STYLE.listContinue, indent: { left: listIndent(depth) } }),
        );
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
function renderCallout(callout: Callout, ctx: DocxContext): FileChild[] {
  const colors = CALLOUT_COLORS[callout.kind];
  const paragraph: IParagraphOptions = {
    style: STYLE.callout,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: colors.fill },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: colors.border, space: 8 } },
  };
  return callout.children.flatMap((block) => renderBlock(block, ctx, paragraph));
}

/** An image at its natural size (at most the column width), with alt text, and its caption below. */
function renderImage(image: Image, ctx: DocxContext): FileChild[] {
  let raster = null;
  try {
    raster = readRaster(image.src);
  } catch {
    raster = null;
  }
  const caption = image.caption && image.caption.length > 0 ? image.caption : null;
  const out: FileChild[] = [];
  if (raster === null) {
    ctx.diagnostics.push({
      severity: 'error',
      message: `Bildet ${image.src} finnes ikke eller er ikke en PNG- eller JPEG-fil.`,
      rule: 'docx/image',
      hint: 'Sjekk filstien, og lagre bildet som PNG eller JPEG.',
    });
    out.push(new Paragraph({ style: STYLE.chartPlaceholder, children: [new TextRun(image.alt)] }));
  } else {
    const n = ctx.nextDrawing++;
    out.push(
      new Paragraph({
        keepNext: caption !== null,
        children: [
          new ImageRun({
            type: raster.type,
            data: raster.data,
            transformation: fitToColumn(raster.width, raster.height),
            altText: { name: `Bilde ${n}`, description: image.alt, title: image.alt },
          }),
        ],
      }),
    );
  }
  if (caption) {
    out.push(
      new Paragraph({ style: STYLE.caption, keepNext: false, children: inlineChildren(caption, {}, ctx) }),
    );
  }
  return out;
}

/**
 * Place and date, then for every signer room to sign, a signature rule, name, role and organisation.
 * Every paragraph but the last keeps with the next, so the block never splits across pages.
 */
function renderSignature(signature: Signature): FileChild[] {
  const lines: { text: string; rule?: boolean; before?: number }[] = [
    { text: `${signature.place}, ${signature.date}` },
  ];
  for (const signer of signature.signers) {
    lines.push({ text: '', rule: true, before: 720 });
    lines.push({ text: signer.name });
    if (signer.role) lines.push({ text: signer.role });
    if (signer.organisation) lines.push({ text: signer.organisation });
  }
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.signature,
        keepNext: i < lines.length - 1,
        keepLines: true,
        ...(line.before ? { spacing: { before: line.before } } : {}),
        ...(line.rule
          ? {
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.text, space: 1 } },
              indent: { right: 4800 },
            }
          : {}),
        // A signer not decided yet is marked with the character style of open values.
        children:
          line.text === ''
            ? []
            : [
                line.text === UNRESOLVED_TEXT
                  ? new TextRun({ text: line.text, style: STYLE.unresolved })
                  : new TextRun(line.text),
              ],
      }),
  );
}
