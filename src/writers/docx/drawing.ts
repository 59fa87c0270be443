import type { DocxContext } from './context.js';
import { esc } from './xml.js';

/** English Metric Units per CSS pixel (96 per inch). */
const EMUS_PER_PIXEL = 9525;

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
const SVG = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';

export interface Picture {
  /** Display size in pixels. */
  width: number;
  height: number;
  /** Name, description and title of the drawing (its alt text); empty ones are left out. */
  name: string;
  description: string;
  title: string;
  /** Relationship id of the picture. */
  blip: string;
  /** Relationship id of the SVG, where the picture is an SVG with `blip` as its PNG fallback. */
  svg?: string;
}

/**
 * An inline picture in a run (DrawingML, as Word writes it): its size, its alt text and the picture's
 * relationship; an SVG picture refers to its PNG fallback in `a:blip` and to itself in the SVG extension,
 * so readers without SVG show the PNG.
 */
export function drawing(ctx: DocxContext, p: Picture): string {
  const cx = Math.round(p.width * EMUS_PER_PIXEL);
  const cy = Math.round(p.height * EMUS_PER_PIXEL);
  const id = ctx.nextDrawingId++;
  const docPr =
    `<wp:docPr id="${id}" name="${esc(p.name)}"` +
    (p.description ? ` descr="${esc(p.description)}"` : '') +
    (p.title ? ` title="${esc(p.title)}"` : '') +
    '/>';
  const blip =
    p.svg === undefined
      ? `<a:blip r:embed="${p.blip}" cstate="none"/>`
      : `<a:blip r:embed="${p.blip}" cstate="none"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}">` +
        `<asvg:svgBlip xmlns:asvg="${SVG}" r:embed="${p.svg}"/></a:ext></a:extLst></a:blip>`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent t="0" r="0" b="0" l="0"/>${docPr}` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill>${blip}<a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}
