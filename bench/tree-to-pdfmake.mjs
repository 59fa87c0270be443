// Converts a grantdocs document tree into an equivalent pdfmake document definition (same text, headings,
// lists and tables, same fonts, sizes, leading, margins and spacing as src/layout/style.ts), so the
// benchmark compares like with like. pdfmake's `lineHeight` multiplies the font's own line height, which
// is 1.424 em for Source Sans 3 (ascender 1024, descender -400, no line gap): lineHeight 1 is our
// body leading of 1.42.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const TTF = 'node_modules/source-sans/TTF/';

export function pdfmakeFonts() {
  return {
    SourceSans: {
      normal: TTF + 'SourceSans3-Regular.ttf',
      bold: TTF + 'SourceSans3-Bold.ttf',
      italics: TTF + 'SourceSans3-It.ttf',
      bolditalics: TTF + 'SourceSans3-BoldIt.ttf',
    },
  };
}

/** Source Sans 3's line height in em (hhea ascender − descender + line gap, over units per em). */
const EM = 1.424;

function inlines(nodes, style = {}) {
  const out = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
      case 'unresolved':
        out.push({ text: n.text, ...style });
        break;
      case 'lineBreak':
        out.push({ text: '\n' });
        break;
      case 'strong':
        out.push(...inlines(n.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...inlines(n.children, { ...style, italics: true }));
        break;
      case 'link':
        out.push(...inlines(n.children, { ...style, link: n.href, color: '#1a4f8b' }));
        break;
      case 'lang':
        out.push(...inlines(n.children, style));
        break;
    }
  }
  return out;
}

function blocks(list) {
  const out = [];
  for (const b of list) {
    switch (b.type) {
      case 'heading':
        out.push({
          text: inlines(b.children),
          fontSize: [0, 17, 13.5, 11.5][b.level] ?? 11.5,
          lineHeight: 1.2 / EM,
          bold: true,
          margin: [
            [0, 20, 0, 8],
            [0, 20, 0, 8],
            [0, 15, 0, 6],
            [0, 11, 0, 4],
          ][b.level] ?? [0, 11, 0, 4],
        });
        break;
      case 'paragraph':
        out.push({ text: inlines(b.children), margin: [0, 0, 0, 7] });
        break;
      case 'list': {
        const items = b.items.map((it) => blocks(it.children));
        out.push(b.ordered ? { ol: items, start: b.start } : { ul: items });
        break;
      }
      case 'table': {
        // A cell spanning columns (a sum row's label) is followed by empty placeholders, as pdfmake wants.
        const rows = [...b.header, ...b.body].map((r) => {
          const cells = [];
          for (const c of r.cells) {
            const span = c.colSpan ?? 1;
            cells.push({
              text: inlines(c.children),
              alignment: b.columns[cells.length]?.align ?? 'left',
              bold: r.total,
              ...(span > 1 ? { colSpan: span } : {}),
            });
            for (let k = 1; k < span; k++) cells.push({});
          }
          return cells;
        });
        out.push({
          // Like our column widths: numbers as wide as their content, text columns share the rest.
          table: {
            headerRows: b.header.length,
            widths: b.columns.map((c) => (c.align === 'right' ? 'auto' : '*')),
            body: rows,
          },
          fontSize: 9.5,
          lineHeight: 1.3 / EM,
          margin: [0, 5, 0, 5],
        });
        break;
      }
      case 'callout':
        out.push(...blocks(b.children));
        break;
      case 'signature':
        out.push({
          text: `${b.place}, ${b.date}\n\n` + b.signers.map((s) => s.name).join('\n'),
          unbreakable: true,
        });
        break;
      case 'chart':
        out.push({ canvas: [{ type: 'rect', x: 0, y: 0, w: 480, h: 200, lineColor: '#999' }] });
        break;
      case 'pageBreak':
        out.push({ text: '', pageBreak: 'after' });
        break;
      case 'image':
        break;
    }
  }
  return out;
}

export function treeToPdfmake(tree) {
  return {
    pageSize: 'A4',
    pageMargins: [71, 71, 71, 71],
    defaultStyle: { font: 'SourceSans', fontSize: 10.5, lineHeight: 1.42 / EM },
    header: { text: tree.meta.shortTitle, margin: [71, 40, 71, 0], fontSize: 8 },
    footer: (page, pages) => ({
      text: `Side ${page} av ${pages}`,
      alignment: 'right',
      margin: [71, 20, 71, 0],
      fontSize: 8,
    }),
    info: { title: tree.meta.title, author: tree.meta.author },
    content: blocks(tree.children),
  };
}

/** Renders with pdfmake; returns the PDF bytes. */
export async function renderPdfmake(tree) {
  const pdfmake = require('pdfmake');
  pdfmake.setFonts(pdfmakeFonts());
  pdfmake.setUrlAccessPolicy(() => false);
  const doc = pdfmake.createPdf(treeToPdfmake(tree));
  return doc.getBuffer();
}
