/** Snapshot entries computed from the facts: sums, periods, dates, names, open questions. */
import type { Facts } from '../facts/derive.js';
import type { AmountSum } from '../facts/sum.js';
import { formatDate } from '../format/date.js';
import { isUnresolvedValue, UNRESOLVED_TEXT } from '../format/unresolved.js';
import type { Amount, Project } from '../model/project.js';
import { Entries, formatAmount, formatSum, ITEM_PREFIX, tentative } from './snapshot.js';

function amounts(project: Project, facts: Facts, out: Entries): void {
  const { costs, financing } = facts.budget;
  for (const y of costs.byYear)
    out.add(`beløp/kostnader/${y.label}`, {
      group: 'beløp',
      kind: 'value',
      label: `Kostnader ${y.label}`,
      value: formatSum(y.sum),
    });
  out.add('beløp/kostnader', {
    group: 'beløp',
    kind: 'value',
    label: 'Kostnader totalt',
    value: formatSum(costs.total),
  });
  for (const c of costs.byCategory)
    out.add(`beløp/kategori/${c.category}`, {
      group: 'beløp',
      kind: 'value',
      label: `Kostnader, ${c.category}`,
      value: formatSum(c.sum),
    });
  // Financing per source and year, and per source in total.
  const bySourceYear = new Map<string, { name: string; year: string; sum: AmountSum }>();
  for (const l of financing.lines) {
    const key = `${l.source}/${l.yearLabel}`;
    const prev = bySourceYear.get(key);
    const line = addLine(prev?.sum, l.amount);
    bySourceYear.set(key, { name: l.sourceName, year: l.yearLabel, sum: line });
  }
  for (const [key, v] of bySourceYear)
    out.add(`beløp/finansiering/${key}`, {
      group: 'beløp',
      kind: 'value',
      label: `Finansiering fra ${v.name}, ${v.year}`,
      value: formatSum(v.sum),
    });
  for (const s of financing.bySource)
    out.add(`beløp/finansiering/${s.source}`, {
      group: 'beløp',
      kind: 'value',
      label: `Finansiering fra ${s.name}, totalt`,
      value: formatSum(s.sum),
    });
  for (const y of financing.byYear)
    out.add(`beløp/finansiering-år/${y.label}`, {
      group: 'beløp',
      kind: 'value',
      label: `Finansiering ${y.label}`,
      value: formatSum(y.sum),
    });
  out.add('beløp/finansiering', {
    group: 'beløp',
    kind: 'value',
    label: 'Finansiering totalt',
    value: formatSum(financing.total),
  });
  for (const doc of project.dokumenter) {
    const f = facts.documents[doc.id];
    if (!f || f.applied.length === 0) continue;
    for (const a of f.applied)
      out.add(`beløp/søkt/${doc.id}/${a.year}`, {
        group: 'beløp',
        kind: 'value',
        label: `Søkt beløp ${a.year} (${doc.tittel})`,
        value: formatAmount(a.amount),
        docs: [doc.id],
        parent: `dokument/${doc.id}`,
      });
    out.add(`beløp/søkt/${doc.id}`, {
      group: 'beløp',
      kind: 'value',
      label: `Søkt beløp totalt (${doc.tittel})`,
      value: formatSum(f.appliedTotal),
      docs: [doc.id],
      parent: `dokument/${doc.id}`,
    });
  }
}

function addLine(sum: AmountSum | undefined, amount: Amount): AmountSum {
  const s = sum ?? { low: 0, high: 0, undecided: 0, lines: 0 };
  if (typeof amount === 'number')
    return { ...s, low: s.low + amount, high: s.high + amount, lines: s.lines + 1 };
  if (typeof amount === 'object' && amount !== null)
    return { ...s, low: s.low + amount.fra, high: s.high + amount.til, lines: s.lines + 1 };
  return { ...s, undecided: s.undecided + 1, lines: s.lines + 1 };
}

export function factEntries(project: Project, facts: Facts, out: Entries): void {
  amounts(project, facts, out);
  const p = project.prosjekt;
  out.add('versjon', { group: 'versjon', kind: 'value', label: 'Versjon', value: p.versjon ?? '–' });
  out.add('dato', { group: 'versjon', kind: 'value', label: 'Dato', value: formatDate(p.dato) });
  out.add('periode', {
    group: 'datoer',
    kind: 'value',
    label: 'Prosjektperiode',
    value: tentative(facts.period.text, facts.period.tentative),
  });
  for (const s of facts.timeline.steps)
    out.add(`tidsplan/${s.id}`, {
      group: 'datoer',
      kind: 'value',
      label: `Tidsplan: ${s.title}`,
      value: tentative(s.dateText, s.tentative),
    });
  for (const d of project.dokumenter) {
    out.add(`dokument/${d.id}`, { group: 'dokumenter', kind: 'item', label: 'Dokument', value: d.tittel });
    if (d.frist !== undefined)
      out.add(`frist/${d.id}`, {
        group: 'datoer',
        kind: 'value',
        label: `Søknadsfrist (${d.tittel})`,
        value: tentative(formatDate(d.frist), d.frist_avklart === false),
        docs: [d.id],
        parent: `dokument/${d.id}`,
      });
  }
  for (const partner of project.partnere)
    out.add(`partner/${partner.id}`, {
      group: 'partnere',
      kind: 'item',
      label: 'Partner',
      value: partner.navn,
    });
  for (const k of project.kommuner) {
    out.add(`kommune/${k.id}`, { group: 'kommuner', kind: 'item', label: 'Kommune', value: k.navn });
    out.add(`kommune/${k.id}/deltakelse`, {
      group: 'kommuner',
      kind: 'value',
      label: `Deltakelse, ${k.navn}`,
      value: isUnresolvedValue(k.deltakelse) ? UNRESOLVED_TEXT : k.deltakelse,
      parent: `kommune/${k.id}`,
    });
  }
  out.add('vertskommune', {
    group: 'kommuner',
    kind: 'value',
    label: 'Vertskommune',
    value: facts.municipalities.host ?? UNRESOLVED_TEXT,
  });
  for (const q of project.åpne_spørsmål ?? [])
    out.add(`spørsmål/${q.id}`, {
      group: 'spørsmål',
      kind: 'item',
      label: 'Åpent spørsmål',
      value: q.spørsmål,
    });
  for (const u of facts.unresolved) {
    const parent = parentOf(project, u.path);
    out.add(`uavklart/${u.label}`, {
      group: 'spørsmål',
      kind: 'item',
      label: 'Ikke avklart',
      value: u.label,
      ...(parent ? { parent } : {}),
      // Something undecided in one document (its deadline, an amount applied for) belongs to it.
      ...(parent?.startsWith('dokument/') ? { docs: [parent.slice('dokument/'.length)] } : {}),
    });
  }
}

/** The item entry a content path (budsjett.finansiering[0].beløp, kommuner[5].deltakelse) belongs to. */
function parentOf(project: Project, path: string): string | undefined {
  const m = /^([^.[]+)\[(\d+)\]/.exec(path);
  const prefix = m ? ITEM_PREFIX[m[1]!] : undefined;
  if (!m || !prefix) return undefined;
  const list = (project as unknown as Record<string, unknown>)[m[1]!];
  const item = Array.isArray(list) ? (list[Number(m[2])] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' ? `${prefix}/${item.id}` : undefined;
}
