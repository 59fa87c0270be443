/**
 * Embeds the body font (Source Sans 3, the PDF's font, in its four faces) in the DOCX, so Word and
 * LibreOffice lay the text out with the same letters and widths wherever the file is opened, not with a
 * substitute of other widths (where Calibri and Carlito are missing, lines and pages fell differently).
 *
 * Word stores embedded fonts obfuscated (ECMA-376 part 2, «font embedding»): the first 32 bytes of the
 * file are XORed with a key (a GUID) that the font table names. Word draws that key at random;
 * here it is derived from the face's name, so the same font gives the same bytes in every build.
 */
import { createHash } from 'node:crypto';
import { fontFile } from '../../fonts/fonts.js';
import { readFileSync } from 'node:fs';
import type { FontStyle } from '../../layout/types.js';
import { FONT_TABLE_END, FONT_TABLE_START, RELATIONSHIPS_NS, XML_DECLARATION } from './constant-parts.js';
import { deflatedOnce } from './deflate-cache.js';
import type { Deflated } from './zip.js';

/**
 * DEFLATE level of the embedded faces: they are compressed once and kept (the level is part of the cache
 * key, so a cached face is always the bytes this level gives). The other parts use zip.ts's level.
 */
const FACE_LEVEL = 6 as const;

/** The family name the styles use and the embedded faces carry. */
export const EMBEDDED_FONT = 'Source Sans 3';

const FACES: { style: FontStyle; element: string }[] = [
  { style: 'regular', element: 'w:embedRegular' },
  { style: 'bold', element: 'w:embedBold' },
  { style: 'italic', element: 'w:embedItalic' },
  { style: 'boldItalic', element: 'w:embedBoldItalic' },
];

const FONT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';

interface Face {
  element: string;
  guid: string;
  path: string;
  /** The obfuscated face deflated, as the zip stores it. */
  deflated: Deflated;
}

let faces: Face[] | undefined;

/**
 * The obfuscated faces, keyed and compressed once per process. Compressing the four faces (1.5 MB) is
 * most of a DOCX's cost in a fresh process, so the compressed bytes are also kept in the font cache on
 * disk (deflate-cache.ts), under the face and the package versions; then the face is not even read.
 */
export function embeddedFaces(): Face[] {
  faces ??= FACES.map(({ style, element }, i) => {
    const guid = guidFor(`${EMBEDDED_FONT} ${style}`);
    const deflated = deflatedOnce(`embedded ${EMBEDDED_FONT} ${style} ${guid}`, FACE_LEVEL, () =>
      obfuscate(new Uint8Array(readFileSync(fontFile('main', style))), guid),
    );
    return { element, guid, path: `fonts/font${i + 1}.odttf`, deflated };
  });
  return faces;
}

/** A GUID (upper case, with braces) from a hash of `name`. */
function guidFor(name: string): string {
  const h = createHash('sha256').update(name).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

/**
 * XORs the first 32 bytes with the key: the GUID's 16 bytes in reverse order of its hex digits
 * (ECMA-376 part 2, 17.8.1). The same operation undoes it.
 */
export function obfuscate(font: Uint8Array, guid: string): Uint8Array {
  const hex = guid.replace(/[{}-]/g, '');
  const key = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const out = new Uint8Array(font);
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = out[i]! ^ key[i % 16]!;
  return out;
}

/** The font table with the embedded font's entry (its faces by relationship id and key). */
export function fontTableXml(): string {
  const list = embeddedFaces();
  const font =
    `<w:font w:name="${EMBEDDED_FONT}"><w:charset w:val="00"/><w:family w:val="swiss"/>` +
    `<w:pitch w:val="variable"/>` +
    list.map((f, i) => `<${f.element} r:id="rId${i + 1}" w:fontKey="${f.guid}"/>`).join('') +
    `</w:font>`;
  return `${FONT_TABLE_START}${font}${FONT_TABLE_END}`;
}

/** The font table's relationships: one to each embedded face. */
export function fontTableRelsXml(): string {
  const relations = embeddedFaces()
    .map((f, i) => `<Relationship Id="rId${i + 1}" Type="${FONT_REL}" Target="${f.path}"/>`)
    .join('');
  return `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">${relations}</Relationships>`;
}
