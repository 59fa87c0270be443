/**
 * Files the content points to, checked before anything is built, at the line where they are named:
 * pictures in the Markdown fields (`![tekst](bilder/kart.png)`) and attachments (`vedlegg[].fil`).
 *
 * - file/remote: a picture given as a web address. Nothing is downloaded while building (builds must
 *   give the same bytes every time and work offline), so it must be saved in the project folder.
 * - file/outside-project: the path leads out of the project folder (`../`, or an absolute path
 *   elsewhere). The project folder is what is shared and versioned; a build never reads other files.
 * - file/missing, file/unreadable: no such file, or it cannot be read.
 * - file/not-image, file/not-pdf: the first bytes are not those of a PNG or JPEG picture, or of a PDF.
 *
 * The writers check the same again (a template can name files too), but without the content's line.
 * This rule reads the first kilobyte of each file it checks: besides load.ts, the one place in the
 * check that touches the file system, since whether the files are there is what it is about.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Token } from 'markdown-it';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Project } from '../../model/project.js';
import { pathToText } from '../../model/unresolved.js';
import type { LoadedProject } from '../load.js';
import type { Path } from './context.js';
import { parsedMarkdownFields } from './markdown.js';
import { pointInValue } from './text-position.js';

type Kind = 'image' | 'pdf';

interface Problem {
  rule: string;
  message: string;
  hint: string;
}

/** The first bytes of a file, or the error code when it cannot be read. */
function head(path: string): Buffer | string {
  let fd: number | undefined;
  try {
    if (statSync(path).isDirectory()) return 'EISDIR';
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(1024);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'EIO';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const isPng = (b: Buffer) => b.length >= 8 && b.readUInt32BE(0) === 0x89504e47;
const isJpeg = (b: Buffer) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const isPdf = (b: Buffer) => b.includes('%PDF-');

/** What is wrong with the file `ref` names (relative to the project folder), or undefined. */
export function fileProblem(projectDir: string, ref: string, kind: Kind, field: string): Problem | undefined {
  const what = kind === 'image' ? 'Bildet' : 'Vedlegget';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
    return {
      rule: 'file/remote',
      message: `${what} «${ref}» i «${field}» er en nettadresse; filer lastes ikke ned når dokumentene bygges`,
      hint:
        kind === 'image'
          ? 'Last ned bildet, legg det i prosjektmappen (for eksempel bilder/kart.png) og skriv den stien.'
          : 'Skriv nettadressen i «url», eller last ned PDF-en og legg den i prosjektmappen.',
    };
  }
  const root = resolve(projectDir);
  const path = resolve(root, ref);
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    return {
      rule: 'file/outside-project',
      message: `${what} «${ref}» i «${field}» ligger utenfor prosjektmappen`,
      hint: `Legg filen i prosjektmappen (${projectDir}) og skriv stien relativt til den, for eksempel ${kind === 'image' ? 'bilder/kart.png' : 'vedlegg/sak.pdf'}.`,
    };
  }
  const bytes = head(path);
  if (bytes === 'ENOENT' || bytes === 'ENOTDIR') {
    return {
      rule: 'file/missing',
      message: `${what} «${ref}» i «${field}» finnes ikke i prosjektmappen`,
      hint: 'Sjekk filnavnet (store og små bokstaver teller) og mappen filen ligger i.',
    };
  }
  if (typeof bytes === 'string') {
    return {
      rule: 'file/unreadable',
      message: `${what} «${ref}» i «${field}» kan ikke leses (${bytes})`,
      hint: 'Sjekk at det er en fil, ikke en mappe, og at du har lov til å lese den.',
    };
  }
  if (kind === 'image' && !isPng(bytes) && !isJpeg(bytes)) {
    return {
      rule: 'file/not-image',
      message: `${what} «${ref}» i «${field}» er ikke et PNG- eller JPEG-bilde`,
      hint: 'Lagre bildet som PNG (tegninger, kart, skjermbilder) eller JPEG (foto).',
    };
  }
  if (kind === 'pdf' && !isPdf(bytes)) {
    return {
      rule: 'file/not-pdf',
      message: `${what} «${ref}» i «${field}» er ikke en PDF-fil`,
      hint: 'Lagre eller eksporter dokumentet som PDF og legg ved den filen.',
    };
  }
  return undefined;
}

/** Picture addresses in a Markdown text, in order. */
function imageSources(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    for (const c of t.children ?? []) if (c.type === 'image') out.push(String(c.attrGet('src') ?? ''));
  }
  return out;
}

export function fileDiagnostics(loaded: LoadedProject, project: Project): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (path: Path, p: Problem, text: string, index: number) => {
    const loc = loaded.locate(path);
    out.push({
      severity: 'error',
      rule: p.rule,
      message: p.message,
      path: pathToText(path),
      ...(loc ? { file: loc.file, start: pointInValue(loc, text, index) } : { file: loaded.dir }),
      hint: p.hint,
    });
  };
  for (const field of parsedMarkdownFields(project)) {
    let from = 0;
    for (const src of imageSources(field.tokens)) {
      // markdown-it decodes the address (%20 → space); the file is looked up by the decoded name.
      const ref = safeDecode(src);
      const at = field.text.indexOf(src, from) >= 0 ? field.text.indexOf(src, from) : field.text.indexOf(ref, from);
      if (at >= 0) from = at + 1;
      const p = fileProblem(loaded.dir, ref, 'image', pathToText(field.path));
      if (p) report(field.path, p, field.text, Math.max(0, at));
    }
  }
  (project.vedlegg ?? []).forEach((v, i) => {
    if (!v.fil) return;
    const path = ['vedlegg', i, 'fil'];
    const p = fileProblem(loaded.dir, v.fil, 'pdf', pathToText(path));
    if (p) report(path, p, v.fil, 0);
  });
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
