/** Fenced blocks with a meaning of their own: ```diagram tidslinje|finansiering``` and ```signatur```. */
import type { Chart, FinancingChartData, Signature, Signer, TimelineChartData } from '../tree/types.js';
import { UNRESOLVED_TEXT } from '../format/unresolved.js';

/** Chart data the document supplies for ```diagram <name>``` blocks. */
export interface ChartSource {
  title: string;
  alt: string;
  data: TimelineChartData | FinancingChartData;
}
export type ChartSources = Partial<Record<'tidslinje' | 'finansiering', ChartSource>>;

const CHART_KIND = { tidslinje: 'timeline', finansiering: 'financing' } as const;

/** Reads `key: value` lines; values lose their Markdown escapes, a marker reads «Ikke avklart». */
function fields(body: string): [string, string][] {
  return body
    .split('\n')
    .map((l) => /^\s*([\wæøå]+)\s*:\s*(.*)$/i.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [
      m[1]!.toLowerCase(),
      m[2]!
        .replace(/\[Ikke avklart\]\{\.uavklart\}/g, UNRESOLVED_TEXT)
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .trim(),
    ]);
}

export function chartBlock(
  name: string,
  body: string,
  charts: ChartSources,
  line: number,
): { chart?: Chart; error?: string } {
  if (name !== 'tidslinje' && name !== 'finansiering')
    return { error: `Ukjent diagram «${name}». Bruk «diagram tidslinje» eller «diagram finansiering».` };
  const source = charts[name];
  if (!source) return { error: `Diagrammet «${name}» har ingen data i dette dokumentet.` };
  const title = fields(body).find(([k]) => k === 'tittel')?.[1] ?? source.title;
  return {
    chart: {
      type: 'chart',
      chart: CHART_KIND[name],
      title,
      alt: source.alt,
      data: source.data,
      source: { line },
    },
  };
}

export function signatureBlock(body: string, line: number): { signature?: Signature; error?: string } {
  let place = '';
  let date = '';
  const signers: Signer[] = [];
  for (const [key, value] of fields(body)) {
    if (key === 'sted') place = value;
    else if (key === 'dato') date = value;
    else if (key === 'navn') signers.push({ name: value });
    else if ((key === 'rolle' || key === 'organisasjon') && signers.length) {
      const s = signers[signers.length - 1]!;
      if (key === 'rolle') s.role = value;
      else s.organisation = value;
    } else
      return {
        error: `Ukjent felt «${key}» i signaturblokken (bruk sted, dato, navn, rolle, organisasjon).`,
      };
  }
  if (signers.length === 0) return { error: 'Signaturblokken mangler «navn:».' };
  return { signature: { type: 'signature', place, date, signers, source: { line } } };
}
