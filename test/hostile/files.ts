import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { crc32, deflateSync } from 'node:zlib';

function chunk(name: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(name, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A whole RGB PNG of the given size (grey pixels). */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) raw[y * (1 + width * 3)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG header that declares a size its few bytes of data do not hold (a decompression bomb). */
export function declaredPng(width: number, height: number): Buffer {
  const whole = png(1, 1);
  whole.writeUInt32BE(width, 16);
  whole.writeUInt32BE(height, 20);
  return whole;
}

export async function pdf(pages: number, active = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([300, 300]);
  if (active) {
    const page = doc.getPage(0);
    const js = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("hei")') });
    page.node.set(PDFName.of('AA'), doc.context.obj({ O: js }));
    const launch = doc.context.obj({ S: 'Launch', F: PDFString.of('calc.exe') });
    const annot = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 100, 100],
      A: launch,
    });
    const web = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [100, 100, 200, 200],
      A: doc.context.obj({ S: 'URI', URI: PDFString.of('https://example.org/') }),
    });
    page.node.set(
      PDFName.of('Annots'),
      doc.context.obj([doc.context.register(annot), doc.context.register(web)]),
    );
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}
