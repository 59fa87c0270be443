/**
 * Fonts and measuring: widths come from the font files, the fallback face covers what Source Sans 3
 * lacks, characters no font has are reported (and drawn as U+FFFD, never as an empty box), soft hyphens
 * are never drawn.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { createMeasurer, missingGlyphs } from '../../src/fonts/measurer.js';
import { loadFace } from '../../src/fonts/fonts.js';
import { shapeText } from '../../src/fonts/shape.js';
import { drawPdf, type PdfResult } from '../../src/writers/pdf/draw-pdf.js';
import { sampleTree } from '../fixtures/sample-tree.js';
import { A4, type TextItem } from '../../src/layout/types.js';
import { BLACK } from './hand-layout.js';
import { embeddedFonts, glyphProblems } from './embedded-fonts.js';
import { pageTexts } from './tools.js';

const m = createMeasurer();
const adv = (family: 'main' | 'fallback', ch: string): number =>
  loadFace(family, 'regular').font.glyphForCodePoint(ch.codePointAt(0)!)!.advanceWidth / 1000;

describe('measurer', () => {
  test('widths are the sum of the font advances at the size', () => {
    expect(m.width('Hå', 'regular', 10)).toBeCloseTo((adv('main', 'H') + adv('main', 'å')) * 10, 9);
    expect(m.width('Hå', 'bold', 10)).toBeGreaterThan(m.width('Hå', 'regular', 10));
    expect(m.width('', 'regular', 10)).toBe(0);
  });

  test('soft hyphens take no width', () => {
    expect(m.width('lav\u00adterskel', 'regular', 11)).toBe(m.width('lavterskel', 'regular', 11));
  });

  test('a character the main face lacks is measured in the fallback face', () => {
    expect(loadFace('main', 'regular').glyph('ǩ'.codePointAt(0)!)).toBeNull();
    expect(m.width('ǩ', 'regular', 10)).toBeCloseTo(adv('fallback', 'ǩ') * 10, 9);
  });

  test('ascent and descent are positive and scale with the size', () => {
    expect(m.ascent('regular', 10)).toBeGreaterThan(7);
    expect(m.descent('regular', 10)).toBeGreaterThan(1);
    expect(m.ascent('regular', 20)).toBeCloseTo(2 * m.ascent('regular', 10), 9);
  });

  test('missingGlyphs names only characters no font has, once each', () => {
    expect(missingGlyphs('Porsáŋgu čđŋšŧž ǩ æøå')).toEqual([]);
    expect(missingGlyphs('a一b一😀')).toEqual(['一', '😀']);
  });

  test('text is split into runs by font coverage', () => {
    const { runs, missing } = shapeText('aǩb\u00adc', 'regular');
    expect(
      runs.map((r) => [r.face.family, r.codePoints.map((c) => String.fromCodePoint(c)).join('')]),
    ).toEqual([
      ['main', 'a'],
      ['fallback', 'ǩ'],
      ['main', 'bc'],
    ]);
    expect(missing).toEqual([]);
  });
});

describe('painting characters the main face lacks', () => {
  let pdf: PdfResult;
  beforeAll(async () => {
    const line = (y: number, text: string, font: TextItem['font'] = 'regular'): TextItem => ({
      type: 'text',
      x: 60,
      y,
      text,
      font,
      size: 12,
      color: BLACK,
    });
    pdf = await drawPdf(
      {
        pages: [
          {
            ...A4,
            items: [
              line(100, 'Skoltesamisk: ǩ og Porsáŋgu'),
              line(120, 'Kursiv ǩ', 'italic'),
              line(140, 'Ukjent: 一 slutt'),
              line(160, 'lav\u00adterskel\u00adtilbud'),
            ],
          },
        ],
        outline: [],
        anchors: {},
        diagnostics: [],
      },
      sampleTree().meta,
    );
  });

  test('the fallback face is embedded as a subset and every glyph decodes', async () => {
    const fonts = await embeddedFonts(pdf.bytes);
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['NotoSans-Italic', 'NotoSans-Regular', 'SourceSans3-It', 'SourceSans3-Regular']);
    for (const f of fonts) expect(glyphProblems(f)).toEqual([]);
  });

  test('text comes back with the fallback character, U+FFFD for the unknown one, no soft hyphens', async () => {
    const [text] = await pageTexts(pdf.bytes);
    expect(text!.split('\n')).toEqual([
      'Skoltesamisk: ǩ og Porsáŋgu',
      'Kursiv ǩ',
      'Ukjent: \uFFFD slutt',
      'lavterskeltilbud',
    ]);
  });

  test('a character no font has is a warning naming it', () => {
    expect(pdf.diagnostics).toHaveLength(1);
    const [d] = pdf.diagnostics;
    expect(d!.severity).toBe('warning');
    expect(d!.rule).toBe('pdf/missing-glyph');
    expect(d!.message).toContain('U+4E00 «一»');
  });
});

describe('characters sharing a glyph', () => {
  test('a glyph used for both no-break space and space is copied out as a space', async () => {
    const line = (y: number, text: string): TextItem => ({
      type: 'text',
      x: 60,
      y,
      text,
      font: 'regular',
      size: 12,
      color: BLACK,
    });
    const pdf = await drawPdf(
      {
        pages: [
          { ...A4, items: [line(100, '2\u00a0500\u00a0000 kr'), line(120, 'ord og ord\u2011ord, ord-ord')] },
        ],
        outline: [],
        anchors: {},
        diagnostics: [],
      },
      sampleTree().meta,
    );
    const [font] = await embeddedFonts(pdf.bytes);
    const texts = [...font!.unicode.values()];
    expect(texts).toContain(' ');
    expect(texts).toContain('-');
    expect(texts).not.toContain('\u00a0');
    expect(texts).not.toContain('\u2011');
  });
});
