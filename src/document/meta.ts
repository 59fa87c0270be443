/** Document metadata (title, subject, recipient, dates, attachments) from the project and its facts. */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Facts } from '../facts/derive.js';
import { formatDate } from '../format/date.js';
import { dateBounds, parseDate } from '../model/dates.js';
import type { DocumentSpec, Project } from '../model/project.js';
import type { DocumentMeta } from '../tree/types.js';

export interface MetaOptions {
  projectDir: string;
  draft: boolean;
  /** ISO day that overrides the content's date for metadata dates (from SOURCE_DATE_EPOCH). */
  isoDateOverride?: string;
}

function attachments(
  project: Project,
  projectDir: string,
  diagnostics: Diagnostic[],
): DocumentMeta['attachments'] {
  const out: DocumentMeta['attachments'] = [];
  const root = resolve(projectDir);
  (project.vedlegg ?? []).forEach((v, i) => {
    if (!v.fil) return;
    const path = resolve(root, v.fil);
    const rel = relative(root, path);
    const base = { severity: 'error' as const, rule: 'document/attachment', path: `vedlegg[${i}].fil` };
    if (rel.startsWith('..') || isAbsolute(rel)) {
      diagnostics.push({
        ...base,
        message: `Vedlegget «${v.fil}» ligger utenfor prosjektmappen.`,
        hint: 'Legg PDF-filen i prosjektmappen og skriv stien relativt til den.',
      });
    } else if (!existsSync(path)) {
      diagnostics.push({
        ...base,
        message: `Vedlegget «${v.fil}» finnes ikke i prosjektmappen.`,
        hint: 'Sjekk filnavnet, eller fjern «fil» fra vedlegget.',
      });
    } else out.push({ title: v.tittel, path });
  });
  return out;
}

export function documentMeta(
  project: Project,
  facts: Facts,
  doc: DocumentSpec,
  opts: MetaOptions,
  diagnostics: Diagnostic[],
): DocumentMeta {
  const p = project.prosjekt;
  const app = facts.documents[doc.id]!;
  const author = project.partnere.find((x) => x.id === p.søker.partner)?.navn ?? p.søker.partner;
  const recipient = app.recipient;
  const isApplication = doc.type === 'søknad';
  const parsed = parseDate(p.dato);
  const contentIso = (parsed && dateBounds(parsed)?.start) ?? '1970-01-01';
  const keywords = [p.kortnavn, author, ...(recipient ? [recipient] : []), ...facts.municipalities.all];
  return {
    id: doc.id,
    documentType: isApplication ? 'Søknad' : 'Prosjektbeskrivelse',
    title: doc.tittel,
    shortTitle:
      isApplication && recipient
        ? `${p.kortnavn} – søknad til ${recipient}`
        : `${p.kortnavn} – prosjektbeskrivelse`,
    subject: isApplication
      ? `Søknad til ${recipient ?? ''}${doc.ordning ? `: ${doc.ordning}` : ''}`
      : `Prosjektbeskrivelse for ${p.tittel}`,
    keywords: [...new Set(keywords)],
    author,
    project: p.tittel,
    ...(recipient ? { recipient } : {}),
    applicant: app.applicant.short,
    date: formatDate(p.dato),
    isoDate: opts.isoDateOverride ?? contentIso,
    ...(p.versjon ? { version: p.versjon } : {}),
    lang: 'nb-NO',
    draft: opts.draft,
    attachments: attachments(project, opts.projectDir, diagnostics),
  };
}
