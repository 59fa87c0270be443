/**
 * Files the content points to, checked before anything is built, at the line where they are named:
 * pictures in the Markdown fields (`![tekst](bilder/kart.png)`) and attachments (`vedlegg[].fil`).
 *
 * - file/remote: a picture given as a web address. Nothing is downloaded while building (builds must
 *   give the same bytes every time and work offline), so it must be saved in the project folder.
 * - file/outside-project: the path leads out of the project folder (`../`, or an absolute path
 *   elsewhere). The project folder is what is shared and versioned; a build never reads other files.
 *   The real path counts: a symbolic link leading out of the folder is refused the same way.
 * - file/missing, file/unreadable, file/not-regular, file/too-large: no such file, it cannot be read,
 *   it is a folder, FIFO or device (never opened in a way that could wait), or it is over the limit.
 * - file/not-image, file/image-too-large, file/broken: not a PNG or JPEG picture, more pixels than the
 *   limit (declared in the header), or a truncated or corrupt file (image-check.ts).
 * - file/not-pdf, file/broken-pdf: an attachment that is not a PDF, or one that is broken, encrypted or
 *   has no pages (pdf-check.ts).
 *
 * The writers check the same again (a template can name files too), but without the content's line.
 * This rule reads each file it checks: besides load.ts, the one place in the
 * check that touches the file system, since whether the files are there is what it is about.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Token } from 'markdown-it';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Project } from '../../model/project.js';
import { pathToText } from '../../model/unresolved.js';
import type { LoadedProject } from '../load.js';
import { imageProblem, imageProblemText } from '../image-check.js';
import { loadAttachment, pdfProblemText } from '../pdf-check.js';
import { MAX_ATTACHMENT_BYTES, MAX_IMAGE_BYTES, readSafely, SafeReadError } from '../safe-read.js';
import type { Path } from './context.js';
import { parsedMarkdownFields } from './markdown.js';
import { pointInValue } from './text-position.js';

type Kind = 'image' | 'pdf';

interface Problem {
  rule: string;
  message: string;
  hint: string;
}

/** What is wrong with the file `ref` names (relative to the project folder), or undefined. */
export async function fileProblem(
  projectDir: string,
  ref: string,
  kind: Kind,
  field: string,
): Promise<Problem | undefined> {
  const what = kind === 'image' ? 'Bildet' : 'Vedlegget';
  const named = `${what} «${ref}» i «${field}»`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
    return {
      rule: 'file/remote',
      message: `${named} er en nettadresse; filer lastes ikke ned når dokumentene bygges`,
      hint:
        kind === 'image'
          ? 'Last ned bildet, legg det i prosjektmappen (for eksempel bilder/kart.png) og skriv den stien.'
          : 'Skriv nettadressen i «url», eller last ned PDF-en og legg den i prosjektmappen.',
    };
  }
  const outside: Problem = {
    rule: 'file/outside-project',
    message: `${named} ligger utenfor prosjektmappen`,
    hint: `Legg filen i prosjektmappen (${projectDir}) og skriv stien relativt til den, for eksempel ${kind === 'image' ? 'bilder/kart.png' : 'vedlegg/sak.pdf'}.`,
  };
  const root = resolve(projectDir);
  const path = resolve(root, ref);
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return outside;
  let bytes: Buffer;
  try {
    bytes = readSafely(path, {
      roots: [projectDir],
      maxBytes: kind === 'image' ? MAX_IMAGE_BYTES : MAX_ATTACHMENT_BYTES,
    });
  } catch (e) {
    if (!(e instanceof SafeReadError)) throw e;
    switch (e.problem) {
      case 'outside':
        return {
          ...outside,
          message: `${named} er en lenke til en fil utenfor prosjektmappen`,
          hint: 'Kopier filen inn i prosjektmappen i stedet for å lenke til den.',
        };
      case 'missing':
        return {
          rule: 'file/missing',
          message: `${named} finnes ikke i prosjektmappen`,
          hint: 'Sjekk filnavnet (store og små bokstaver teller) og mappen filen ligger i.',
        };
      case 'not-file':
        return {
          rule: 'file/not-regular',
          message: `${named} er ikke en vanlig fil (men en mappe, en enhet eller et rør)`,
          hint: 'Skriv stien til selve filen.',
        };
      case 'too-large':
        return {
          rule: 'file/too-large',
          message: `${named} er for stor (grensen er ${kind === 'image' ? MAX_IMAGE_BYTES / 1024 / 1024 : MAX_ATTACHMENT_BYTES / 1024 / 1024} MB)`,
          hint: kind === 'image' ? 'Lagre bildet i lavere oppløsning.' : 'Del vedlegget opp eller komprimer det.',
        };
      default:
        return {
          rule: 'file/unreadable',
          message: `${named} kan ikke leses (${e.code ?? 'ukjent feil'})`,
          hint: 'Sjekk at du har lov til å lese filen.',
        };
    }
  }
  if (kind === 'image') {
    const p = imageProblem(bytes);
    if (!p) return undefined;
    return {
      rule: p.kind === 'not-image' ? 'file/not-image' : p.kind === 'too-many-pixels' ? 'file/image-too-large' : 'file/broken',
      message: `${named} ${imageProblemText(p)}`,
      hint:
        p.kind === 'not-image'
          ? 'Lagre bildet som PNG (tegninger, kart, skjermbilder) eller JPEG (foto).'
          : p.kind === 'too-many-pixels'
            ? 'Lagre bildet i lavere oppløsning; 2000 piksler i bredden er nok på en A4-side.'
            : 'Åpne bildet i et bildeprogram og lagre det på nytt som PNG eller JPEG.',
    };
  }
  const { problem } = await loadAttachment(bytes);
  if (!problem) return undefined;
  const t = pdfProblemText(problem);
  return {
    rule: problem === 'not-pdf' ? 'file/not-pdf' : 'file/broken-pdf',
    message: `${named} ${t.message}`,
    hint: t.hint,
  };
}

/** Picture addresses in a Markdown text, in order. */
function imageSources(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    for (const c of t.children ?? []) if (c.type === 'image') out.push(String(c.attrGet('src') ?? ''));
  }
  return out;
}

export async function fileDiagnostics(loaded: LoadedProject, project: Project): Promise<Diagnostic[]> {
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
      const p = await fileProblem(loaded.dir, ref, 'image', pathToText(field.path));
      if (p) report(field.path, p, field.text, Math.max(0, at));
    }
  }
  for (const [i, v] of (project.vedlegg ?? []).entries()) {
    if (!v.fil) continue;
    const path = ['vedlegg', i, 'fil'];
    const p = await fileProblem(loaded.dir, v.fil, 'pdf', pathToText(path));
    if (p) report(path, p, v.fil, 0);
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
