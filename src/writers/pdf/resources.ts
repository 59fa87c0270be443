/**
 * The resources all generated pages share: fonts (F1, F2 … in order of first use), opacity states
 * (GS1 …) and images (Im1 …). One resource dictionary is written for all pages.
 */
import type { PDFDocument, PDFImage, PDFRef } from '@cantoo/pdf-lib';
import type { LoadedFace } from '../../fonts/fonts.js';
import type { ShapedRun } from '../../fonts/shape.js';
import { flateStream } from './flate-streams.js';
import { FontSubset } from './font-subset.js';
import { num } from './operators.js';

export interface EmbeddedImage {
  name: string;
  image: PDFImage;
}

export class Resources {
  private readonly fonts = new Map<LoadedFace, FontSubset>();
  private readonly states = new Map<string, string>();
  private readonly images = new Map<string, EmbeddedImage>();
  private readonly forms = new Map<string, { name: string; ref: PDFRef; content: string; bbox: number[] }>();
  readonly ref: PDFRef;

  constructor(private readonly doc: PDFDocument) {
    this.ref = doc.context.nextRef();
  }

  /** The subset font drawing a shaped run, created on first use. */
  font(run: ShapedRun): FontSubset {
    let f = this.fonts.get(run.face);
    if (!f) {
      f = new FontSubset(run.face, `F${this.fonts.size + 1}`, this.doc.context);
      this.fonts.set(run.face, f);
    }
    return f;
  }

  /** Name of a graphics state with this fill and stroke opacity. */
  opacity(alpha: number): string {
    const key = num(Math.min(1, Math.max(0, alpha)));
    let name = this.states.get(key);
    if (!name) {
      name = `GS${this.states.size + 1}`;
      this.states.set(key, name);
    }
    return name;
  }

  addImage(src: string, image: PDFImage): EmbeddedImage {
    const e = { name: `Im${this.images.size + 1}`, image };
    this.images.set(src, e);
    return e;
  }

  /**
   * Name of a form XObject (a drawing painted once and placed on many pages, the watermark) with this
   * key; `build` gives its operators and bounding box the first time.
   */
  form(key: string, build: () => { content: string; bbox: number[] }): string {
    let f = this.forms.get(key);
    if (!f) {
      f = { name: `Fm${this.forms.size + 1}`, ref: this.doc.context.nextRef(), ...build() };
      this.forms.set(key, f);
    }
    return f.name;
  }

  image(src: string): EmbeddedImage | undefined {
    return this.images.get(src);
  }

  /** Subset names of the embedded fonts, e.g. «ABCDEF+SourceSans3-Regular» (after finish). */
  get fontList(): FontSubset[] {
    return [...this.fonts.values()];
  }

  /** Embeds the fonts and writes the shared resource dictionary. */
  finish(): void {
    const { context } = this.doc;
    const fonts: Record<string, PDFRef> = {};
    for (const f of this.fonts.values()) {
      f.embed(context);
      fonts[f.name] = f.ref;
    }
    const states: Record<string, unknown> = {};
    for (const [alpha, name] of this.states) {
      states[name] = context.obj({ Type: 'ExtGState', ca: Number(alpha), CA: Number(alpha) });
    }
    const xobjects: Record<string, PDFRef> = {};
    for (const { name, image } of this.images.values()) xobjects[name] = image.ref;
    for (const f of this.forms.values()) {
      const stream = flateStream(context, f.content, { Type: 'XObject', Subtype: 'Form', BBox: f.bbox });
      context.assign(f.ref, stream);
      xobjects[f.name] = f.ref;
    }
    const dict: Record<string, unknown> = { ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC', 'ImageI'] };
    if (this.fonts.size > 0) dict.Font = fonts;
    if (this.states.size > 0) dict.ExtGState = states;
    if (this.images.size + this.forms.size > 0) dict.XObject = xobjects;
    context.assign(this.ref, context.obj(dict as never));
  }
}
