import {
  Cache,
  PDFContext,
  PDFCrossRefStream,
  PDFName,
  PDFObjectStream,
  typedArrayFor,
  type PDFRawStream,
} from '@cantoo/pdf-lib';
import { zlibDeflate, type DeflateLevel } from '../deflate.js';

/**
 * Every FlateDecode stream of our PDFs compressed by libdeflate (../deflate.ts says why), not by the
 * fflate pdf-lib uses itself.
 *
 * Our own streams (page contents, form XObjects, ToUnicode maps) call `flateStream` below. pdf-lib makes
 * some streams itself: `PDFContext.flateStream` (used by its PNG, file and page embedders), the object
 * streams and the cross-reference stream of `PDFStreamWriter`. `installFlateStreams` changes those three
 * places of pdf-lib, once per process:
 * - `PDFContext.prototype.flateStream` is `flateStream` below;
 * - `PDFObjectStream.withContextAndObjects` and `PDFCrossRefStream.create` make the stream unencoded,
 *   then give it the FlateDecode filter and a contents cache that compresses with libdeflate (the cache
 *   is the one pdf-lib keeps for the stream, `contentsCache`, so the cross-reference stream still
 *   recomputes its contents when an entry is added).
 * If pdf-lib's streams no longer have that cache, pdf-lib's own compression is left in place: the PDF
 * stays right, and test/pdf/flate-streams.test.ts (which compares every stream with libdeflate's bytes)
 * fails. Not changed: `PDFContentStream`, the page contents of pdf-lib's drawing API, which grantdocs
 * does not use (draw-pdf.ts writes each page's content stream itself).
 */

/** libdeflate level for PDF streams. */
export const PDF_LEVEL: DeflateLevel = 6;

/** A FlateDecode stream of `contents` (a string is taken byte by byte, as pdf-lib does). */
export function flateStream(
  context: PDFContext,
  contents: string | Uint8Array,
  dict: Record<string, unknown> = {},
): PDFRawStream {
  const bytes = typeof contents === 'string' ? typedArrayFor(contents) : contents;
  return context.stream(zlibDeflate(bytes, PDF_LEVEL), { ...dict, Filter: 'FlateDecode' } as never);
}

interface FlateStream {
  dict: { set(key: PDFName, value: PDFName): void };
  encode: boolean;
  contentsCache?: { access(): Uint8Array; invalidate(): void };
  getUnencodedContents(): Uint8Array;
}

/**
 * The stream `make` gives, unencoded, then made FlateDecode by libdeflate when `encode` asks for it; made
 * again by pdf-lib with its own compression if it cannot be (see above).
 */
function withLibdeflate<S>(make: (encode: boolean) => S, encode: boolean): S {
  const stream = make(false);
  if (!encode || encodeWithLibdeflate(stream as unknown as FlateStream)) return stream;
  return make(true);
}

/** Makes an unencoded pdf-lib stream a FlateDecode one compressed by libdeflate; false if it cannot. */
function encodeWithLibdeflate(stream: FlateStream): boolean {
  const cache = stream.contentsCache;
  if (typeof cache?.access !== 'function' || typeof cache.invalidate !== 'function') return false;
  stream.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  stream.encode = true;
  stream.contentsCache = Cache.populatedBy(() => zlibDeflate(stream.getUnencodedContents(), PDF_LEVEL));
  return true;
}

type ObjectStreamFactory = (context: PDFContext, objects: unknown[], encode?: boolean) => PDFObjectStream;
type XrefStreamFactory = (dict: unknown, encode?: boolean) => PDFCrossRefStream;

let installed = false;

/** Installs libdeflate in pdf-lib's three places (idempotent). */
export function installFlateStreams(): void {
  if (installed) return;
  installed = true;
  (PDFContext.prototype as unknown as { flateStream: unknown }).flateStream = function (
    this: PDFContext,
    contents: string | Uint8Array,
    dict: Record<string, unknown> = {},
  ): PDFRawStream {
    return flateStream(this, contents, dict);
  };

  const objectStreams = PDFObjectStream as unknown as { withContextAndObjects: ObjectStreamFactory };
  const makeObjectStream = objectStreams.withContextAndObjects;
  objectStreams.withContextAndObjects = (context, objects, encode = true) =>
    withLibdeflate((e) => makeObjectStream(context, objects, e), encode);

  const xrefStreams = PDFCrossRefStream as unknown as { create: XrefStreamFactory };
  const makeXrefStream = xrefStreams.create;
  xrefStreams.create = (dict, encode = true) => withLibdeflate((e) => makeXrefStream(dict, e), encode);
}
