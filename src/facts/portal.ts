/**
 * The fields of the regional development portal's application form, in form order, as plain text to
 * paste field by field (the «portal export»). Markdown fields are reduced to their text; values not
 * decided read «Ikke avklart».
 */
import type { Amount, DocumentSpec, Project } from '../model/project.js';
import { parseMarkup } from '../markup/parse.js';
import { inlineText, type Block } from '../tree/types.js';
import { formatKronerRange } from '../format/number.js';
import { formatPercent } from '../format/number.js';
import { UNRESOLVED_TEXT } from '../format/unresolved.js';
import type { Facts } from './derive.js';
import { amountBounds, type AmountSum } from './sum.js';
import type { MatrixRow, YearColumn } from './budget.js';

export interface PortalField {
  label: string;
  text: string;
  /** The form's character limit, where it has one. */
  limit?: number;
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(b.children);
    case 'list':
      return b.items.map((i) => `- ${i.children.map(blockText).join(' ')}`).join('\n');
    case 'section':
    case 'callout':
      return b.children.map(blockText).join('\n\n');
    default:
      return '';
  }
}

/** Plain text of a Markdown field: paragraphs separated by a blank line, lines joined. */
export function markdownToPlain(markdown: string): string {
  return parseMarkup(markdown)
    .children.map(blockText)
    .filter((t) => t !== '')
    .join('\n\n');
}

function amountText(a: Amount): string {
  const b = amountBounds(a);
  return b ? formatKronerRange(b.low, b.high) : UNRESOLVED_TEXT;
}

function sumText(s: AmountSum): string {
  if (s.lines === 0) return '–';
  if (s.undecided === s.lines) return UNRESOLVED_TEXT;
  const text = formatKronerRange(s.low, s.high);
  return s.undecided ? `${text} + ${UNRESOLVED_TEXT.toLowerCase()}` : text;
}

/** «2026: 1 200 000 kr, 2027: 1 225 000 kr»: the columns a row has amounts in. */
function cellsText(row: MatrixRow, columns: YearColumn[]): string {
  return columns
    .map((c, i) => ({ c, sum: row.cells[i]! }))
    .filter((x) => x.sum.lines > 0)
    .map((x) => `${x.c.label}: ${sumText(x.sum)}`)
    .join(', ');
}

/** One table row as a line: its label, its amounts per year, its sum and share, as in the documents. */
function rowText(row: MatrixRow, columns: YearColumn[], description = ''): string {
  const share = row.share !== null ? ` (${formatPercent(row.share)})` : '';
  const label = description ? `${row.label} (${description})` : row.label;
  return `${label}: ${cellsText(row, columns)}; sum ${sumText(row.total)}${share}`;
}

export function portalFields(project: Project, facts: Facts, doc: DocumentSpec): PortalField[] {
  const app = facts.documents[doc.id];
  const b = facts.budget;
  const limit = doc.regler?.kortbeskrivelse_maks_tegn;
  const t = project.tekster;
  const goals = [
    'Hovedmål:',
    ...project.mål.hovedmål.map((g) => `- ${g.tekst}`),
    '',
    'Delmål:',
    ...project.mål.delmål.map((g) => `- ${g.tekst}${g.indikator ? ` (indikator: ${g.indikator})` : ''}`),
  ].join('\n');
  const tg = project.målgruppe;
  const target = [
    tg.beskrivelse,
    tg.oppfølging
      ? `Oppfølging: ${tg.oppfølging.form}${tg.oppfølging.varighet_måneder ? ` over ${tg.oppfølging.varighet_måneder} måneder` : ''}.`
      : '',
    tg.kostnad_for_deltaker ? `Kostnad for deltakeren: ${tg.kostnad_for_deltaker}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const org = [
    ...(project.organisering.beskrivelse ? [project.organisering.beskrivelse] : []),
    ...project.organisering.ansvar.map((a) => `- ${a}`),
    `Søker: ${app?.applicant.text ?? ''}`,
  ].join('\n');
  const activities = facts.timeline.steps
    .map((s) => `- ${s.dateText}${s.tentative ? ` (${UNRESOLVED_TEXT.toLowerCase()})` : ''}: ${s.title}`)
    .join('\n');
  const costs = [
    ...b.costs.matrix.rows.map((r) => `- ${rowText(r, b.costs.matrix.columns)}`),
    `Sum per år: ${cellsText(b.costs.matrix.total, b.costs.matrix.columns)}`,
    `Sum: ${sumText(b.costs.total)}`,
    '',
    'Kostnadslinjene:',
    ...b.costs.lines.map(
      (l) => `- ${l.category}: ${l.description} (${l.yearLabel}): ${amountText(l.amount)}`,
    ),
  ].join('\n');
  const m = b.financing.matrix;
  const financing = [
    ...m.groups.flatMap((g) => [
      `${g.label}:`,
      ...g.rows.map((r) => `- ${rowText(r, m.columns, r.descriptions.join('; '))}`),
      ...(m.groups.length > 1 ? [`${rowText(g.subtotal, m.columns)}`] : []),
    ]),
    `Sum per år: ${cellsText(m.total, m.columns)}`,
    `Sum: ${sumText(m.total.total)}${m.total.share !== null ? ` (${formatPercent(m.total.share)})` : ''}`,
  ].join('\n');
  const applied = app
    ? [
        ...app.applied.map((a) => `- ${a.year}: ${amountText(a.amount)}`),
        `Sum: ${sumText(app.appliedTotal)}`,
      ].join('\n')
    : UNRESOLVED_TEXT;
  return [
    { label: 'Prosjektnavn', text: project.prosjekt.tittel },
    { label: 'Kort beskrivelse', text: t.kortbeskrivelse, ...(limit ? { limit } : {}) },
    { label: 'Bakgrunn', text: [t.bakgrunn, t.modell].map(markdownToPlain).join('\n\n') },
    { label: 'Mål', text: goals },
    { label: 'Målgruppe', text: target },
    { label: 'Organisering', text: org },
    { label: 'Aktiviteter og milepæler', text: activities },
    { label: 'Kostnadsplan', text: costs },
    { label: 'Finansieringsplan', text: financing },
    { label: 'Søknadsbeløp', text: applied },
  ];
}
