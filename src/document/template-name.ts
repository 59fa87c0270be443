/**
 * Which template file builds a document. `mal` in dokumenter.yaml wins; the project description has its
 * own template; an application gets the template for its recipient's kind (county, State
 * Administrator), else a template named after the recipient's id if the templates folder has one, else
 * the general application template, which fits any recipient.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSpec, PartnerType, Project } from '../model/project.js';

export const TEMPLATE_SUFFIX = '.md.hbs';

/** The general application template, for recipients without a template of their own. */
export const GENERAL_APPLICATION = `soknad${TEMPLATE_SUFFIX}`;

/** Default application template by the recipient's partner type. */
const APPLICATION_TEMPLATES: Partial<Record<PartnerType, string>> = {
  fylkeskommune: 'soknad-fylkeskommune',
  stat: 'soknad-statsforvalteren',
};

/** `mal` as a file name (with the suffix added when it is left out). */
export function templateFile(mal: string): string {
  return mal.endsWith(TEMPLATE_SUFFIX) ? mal : `${mal}${TEMPLATE_SUFFIX}`;
}

export function templateName(doc: DocumentSpec, project: Project, templatesDir: string): string {
  if (doc.mal) return templateFile(doc.mal);
  if (doc.type !== 'søknad') return `${doc.type}${TEMPLATE_SUFFIX}`;
  const type = project.partnere.find((p) => p.id === doc.mottaker)?.type;
  const byType = type && APPLICATION_TEMPLATES[type];
  if (byType) return `${byType}${TEMPLATE_SUFFIX}`;
  const own = doc.mottaker ? `${doc.mottaker}${TEMPLATE_SUFFIX}` : undefined;
  if (own && existsSync(join(templatesDir, own))) return own;
  return GENERAL_APPLICATION;
}

/** The recipient has a known application portal whose fields the build exports (.felt.md). */
export function hasPortalExport(doc: DocumentSpec, project: Project): boolean {
  if (doc.type !== 'søknad') return false;
  const type = project.partnere.find((p) => p.id === doc.mottaker)?.type;
  return type !== undefined && type in APPLICATION_TEMPLATES;
}
