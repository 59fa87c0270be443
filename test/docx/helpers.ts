import { deflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import type { Block, DocumentTree, Inline } from '../../src/tree/types.js';
import { assertNever, inlineText as treeText } from '../../src/tree/types.js';

/**
 * The text the DOCX writer writes for inline nodes: the tree's text, with the words of an «Ikke avklart»
 * marker joined by no-break spaces (src/writers/docx/inlines.ts).
 */
export function inlineText(nodes: Inline[]): string {
  return treeText(asWritten(nodes));
}

function asWritten(nodes: Inline[]): Inline[] {
  return nodes.map((n) =>
    n.type === 'unresolved'
      ? { ...n, text: n.text.replace(/ /g, '\u00a0') }
      : 'children' in n
        ? ({ ...n, children: asWritten(n.children) } as Inline)
        : n,
  );
}

/** The parts of a DOCX file, XML parts as text. */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts.set(name, strFromU8(data));
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`DOCX lacks ${name}`);
  return xml;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e] ?? '');

/** Every w:p element of an XML part, in document order. */
export function paragraphsXml(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

/** The text a reader sees in one paragraph: w:t text, line breaks as \n, tabs as \t. */
export function paragraphText(p: string): string {
  let text = '';
  for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\s*\/>|<w:tab\s*\/>/g)) {
    if (m[1] !== undefined) text += decode(m[1]);
    else if (m[0].startsWith('<w:br')) text += '\n';
    else text += '\t';
  }
  return text;
}

/** Style id of a paragraph (w:pStyle), or undefined for Normal. */
export function paragraphStyle(p: string): string | undefined {
  return /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1];
}

const FRONT_MATTER = new Set(['Subtitle', 'Title', 'TitleMeta', 'TOCHeading']);

/** Text of the document body's paragraphs after the title block and table of contents, empty ones left out. */
export function bodyParagraphTexts(documentXml: string): string[] {
  const body = documentXml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
  return paragraphsXml(body)
    .filter((p) => !FRONT_MATTER.has(paragraphStyle(p) ?? ''))
    .map(paragraphText)
    .filter((t) => t !== '');
}

/** The paragraphs of text the tree should give in the DOCX, in order (one per paragraph or table cell). */
export function treeParagraphTexts(tree: DocumentTree): string[] {
  const out: string[] = [];
  const walk = (blocks: Block[]): void => {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          out.push(inlineText(block.children));
          break;
        case 'list':
          for (const item of block.items) walk(item.children);
          break;
        case 'table':
          // The caption stands above the table.
          if (block.caption) out.push(inlineText(block.caption));
          for (const row of [...block.header, ...block.body]) {
            for (const cell of row.cells) out.push(inlineText(cell.children));
          }
          break;
        case 'image':
          if (block.caption) out.push(inlineText(block.caption));
          break;
        case 'pageBreak':
          break;
        case 'section':
        case 'callout':
          walk(block.children);
          break;
        case 'chart':
          // Title, a line break, then the picture, in one paragraph.
          out.push(`${block.title}\n`);
          break;
        case 'signature':
          out.push(`${block.place}, ${block.date}`);
          for (const s of block.signers) out.push(s.name, s.role ?? '', s.organisation ?? '');
          break;
        default:
          assertNever(block);
      }
    }
  };
  walk(tree.children);
  return out.filter((t) => t !== '');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A small RGB PNG (a colour gradient) of the given size. */
export function makePng(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = Math.round((x / width) * 255);
      raw[row + 2 + x * 3] = Math.round((y / height) * 255);
      raw[row + 3 + x * 3] = 160;
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}
