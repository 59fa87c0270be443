import type { Diagnostic } from '../diagnostics/types.js';

export interface PortalField {
  label: string;
  text: string;
  limit?: number;
}

/** Characters as a web form counts them: Unicode code points, spaces and line breaks included. */
export function charCount(text: string): number {
  return [...text].length;
}

/**
 * The portal export: each field of the recipient's web form, in form order, as plain text ready to paste,
 * with its character count against the portal's limit. Fields over their limit become warnings.
 */
export function renderPortalExport(
  title: string,
  recipient: string,
  fields: PortalField[],
): { text: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const parts = [
    `# Felt til søknadsskjemaet – ${title}`,
    '',
    `Mottaker: ${recipient}`,
    '',
    'Lim inn feltene i skjemaet i denne rekkefølgen. Tegntallet regner med mellomrom og linjeskift.',
    '',
  ];
  fields.forEach((f, i) => {
    const n = charCount(f.text);
    const count = f.limit ? `${n} av maks ${f.limit} tegn` : `${n} tegn`;
    const over = f.limit !== undefined && n > f.limit;
    parts.push(`## ${i + 1}. ${f.label} (${count}${over ? ' – FOR LANG' : ''})`, '', f.text.trim(), '');
    if (over) {
      diagnostics.push({
        severity: 'warning',
        rule: 'portal/limit',
        message: `Feltet «${f.label}» i søknaden «${title}» har ${n} tegn, men skjemaet tillater maks ${f.limit}.`,
        hint: `Kort ned teksten med minst ${n - f.limit!} tegn.`,
      });
    }
  });
  return { text: parts.join('\n'), diagnostics };
}
