/** Every value not decided yet, with a Norwegian label saying where it comes from and its open question. */
import type { Project } from '../model/project.js';
import { findUnresolved } from '../model/unresolved.js';

export interface UnresolvedFact {
  /** Path into the content, e.g. budsjett.finansiering[0].beløp */
  path: string;
  /** What is not decided, e.g. «Finansiering: Nordland fylkeskommune (kontant)». */
  label: string;
  reason: 'value' | 'flag';
  /** The open question (åpne_spørsmål) about it, when one names this part of the content. */
  question: string | null;
  responsible: string | null;
}

type Path = (string | number)[];

function at(project: Project, path: Path): unknown {
  let v: unknown = project;
  for (const key of path)
    v = v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[key];
  return v;
}

function label(project: Project, path: Path): string {
  const name = (id: string) => project.partnere.find((p) => p.id === id)?.navn ?? id;
  const [head, i, , j] = path;
  const n = typeof i === 'number' ? i : -1;
  switch (head) {
    case 'vertskommune':
      return 'Vertskommune';
    case 'kommuner':
      return `Deltakelse: ${project.kommuner[n]?.navn ?? ''}`;
    case 'prosjektperiode':
      return 'Prosjektperiode';
    case 'tidsplan':
      return `Tidsplan: ${project.tidsplan[n]?.tittel ?? ''}`;
    case 'budsjett': {
      if (i === 'kostnader') {
        const c = project.budsjett.kostnader[path[2] as number];
        return `Kostnad: ${c?.beskrivelse ?? ''}`;
      }
      const f = project.budsjett.finansiering[path[2] as number];
      return `Finansiering: ${f ? `${name(f.kilde)} (${f.form})` : ''}`;
    }
    case 'partnere': {
      const p = project.partnere[n];
      const b = p?.bidrag?.[j as number];
      return `Bidrag fra ${p?.navn ?? ''}: ${b?.beskrivelse ?? ''}`;
    }
    case 'dokumenter': {
      const d = project.dokumenter[n];
      const what = path[2];
      if (what === 'søkt_beløp')
        return `Søkt beløp ${d?.søkt_beløp?.[path[3] as number]?.år ?? ''}: ${d?.tittel ?? ''}`;
      if (what === 'frist') return `Søknadsfrist: ${d?.tittel ?? ''}`;
      if (what === 'underskriver') {
        const part = { navn: 'navn', tittel: 'tittel', organisasjon: 'organisasjon' }[String(path[3])];
        return `Underskriver${part ? ` (${part})` : ''}: ${d?.tittel ?? ''}`;
      }
      return `${d?.tittel ?? ''}: ${String(what)}`;
    }
    default: {
      const v = at(project, path.slice(0, -1));
      const title =
        v && typeof v === 'object'
          ? ((v as Record<string, unknown>).tittel ?? (v as Record<string, unknown>).navn)
          : null;
      return typeof title === 'string' ? title : path.join('.');
    }
  }
}

export function deriveUnresolved(project: Project): UnresolvedFact[] {
  const { åpne_spørsmål: questions = [], ...rest } = project;
  return findUnresolved(rest).map((item) => {
    const q = questions.find(
      (q) => q.gjelder && (item.pathText === q.gjelder || item.pathText.startsWith(q.gjelder)),
    );
    return {
      path: item.pathText,
      label: label(project, item.path),
      reason: item.reason,
      question: q?.spørsmål ?? null,
      responsible: q?.ansvarlig ?? null,
    };
  });
}
