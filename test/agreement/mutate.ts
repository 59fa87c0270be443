import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { PERSONNEL } from '../../src/content/rules/agreement.js';
import type { Project } from '../../src/model/project.js';

/** Edits the YAML file of a project folder that holds a top-level section (comments are kept). */
export function editSection(dir: string, section: string, edit: (doc: Document) => void): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const path = join(dir, name);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (!isMap(doc.contents) || !doc.has(section)) continue;
    edit(doc);
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
    return;
  }
  throw new Error(`no file holds «${section}» in ${dir}`);
}

/** One change to a complete project that must make `check --final` fail with `rule`. */
export interface Mutation {
  name: string;
  rule: string;
  /** Applies the change to the project folder; false when the project has nothing to change. */
  apply(dir: string, project: Project): boolean;
}

const isNumber = (v: unknown): v is number => typeof v === 'number';

export const MUTATIONS: Mutation[] = [
  {
    name: 'an applied amount off by 100 000',
    rule: 'amount/applied',
    apply(dir, p) {
      const i = p.dokumenter.findIndex((d) => d.mottaker && d.søkt_beløp?.some((s) => isNumber(s.beløp)));
      if (i < 0) return false;
      const j = p.dokumenter[i]!.søkt_beløp!.findIndex((s) => isNumber(s.beløp));
      const v = p.dokumenter[i]!.søkt_beløp![j]!.beløp as number;
      editSection(dir, 'dokumenter', (d) =>
        d.setIn(['dokumenter', i, 'søkt_beløp', j, 'beløp'], v + 100_000),
      );
      return true;
    },
  },
  {
    name: "a partner's contribution off by 100 000",
    rule: 'amount/contribution',
    apply(dir, p) {
      for (const [i, partner] of p.partnere.entries()) {
        const k = (partner.bidrag ?? []).findIndex((b) => isNumber(b.beløp) && b.gjelder === undefined);
        if (k < 0) continue;
        const v = partner.bidrag![k]!.beløp as number;
        editSection(dir, 'partnere', (d) => d.setIn(['partnere', i, 'bidrag', k, 'beløp'], v + 100_000));
        return true;
      }
      return false;
    },
  },
  {
    name: 'a personnel cost changed without its yearly frame',
    rule: 'amount/frame',
    apply(dir, p) {
      const frame = p.organisering.ressurser.kostnadsramme_per_år;
      const top = isNumber(frame) ? frame : typeof frame === 'object' ? frame.til : null;
      const i = p.budsjett.kostnader.findIndex((c) => PERSONNEL.test(c.kategori) && c.år !== undefined);
      if (top === null || i < 0 || !isNumber(p.budsjett.kostnader[i]!.beløp)) return false;
      // The financing follows the cost (a line of the same year, from a source no application goes to,
      // where there is one), so the budget still balances and only the frame disagrees.
      const year = p.budsjett.kostnader[i]!.år;
      const recipients = new Set(p.dokumenter.map((d) => d.mottaker));
      const sameYear = p.budsjett.finansiering
        .map((f, j) => ({ f, j }))
        .filter((x) => x.f.år === year && isNumber(x.f.beløp));
      const f = sameYear.find((x) => !recipients.has(x.f.kilde)) ?? sameYear[0];
      if (!f) return false;
      const delta = top + 100_000 - (p.budsjett.kostnader[i]!.beløp as number);
      editSection(dir, 'budsjett', (d) => {
        d.setIn(['budsjett', 'kostnader', i, 'beløp'], top + 100_000);
        d.setIn(['budsjett', 'finansiering', f.j, 'beløp'], (f.f.beløp as number) + delta);
      });
      return true;
    },
  },
  {
    name: 'a date with alternatives',
    rule: 'open/date-alternatives',
    apply(dir, p) {
      const i = p.tidsplan.findIndex(
        (s) => s.avklart !== false && /^\d{4}-\d{2}-\d{2}$/.test(String(s.dato)),
      );
      if (i < 0) return false;
      const date = String(p.tidsplan[i]!.dato);
      editSection(dir, 'tidsplan', (d) => d.setIn(['tidsplan', i, 'dato'], `${date} eller ${date}`));
      return true;
    },
  },
  {
    name: "a range in an application's financing",
    rule: 'open/applied-range',
    apply(dir, p) {
      const recipients = new Set(p.dokumenter.filter((d) => d.type === 'søknad').map((d) => d.mottaker));
      const i = p.budsjett.finansiering.findIndex((f) => recipients.has(f.kilde) && isNumber(f.beløp));
      if (i < 0) return false;
      const line = p.budsjett.finansiering[i]!;
      // A cost line of the same year is widened too, so the budget still balances (a draft only warns).
      const k = p.budsjett.kostnader.findIndex((c) => c.år === line.år && isNumber(c.beløp));
      if (k < 0) return false;
      const f = line.beløp as number;
      const c = p.budsjett.kostnader[k]!.beløp as number;
      editSection(dir, 'budsjett', (d) => {
        d.setIn(['budsjett', 'finansiering', i, 'beløp'], d.createNode({ fra: f, til: f + 100_000 }));
        d.setIn(['budsjett', 'kostnader', k, 'beløp'], d.createNode({ fra: c, til: c + 100_000 }));
      });
      return true;
    },
  },
];

/** The sequences of a YAML document at a path (used by tests that add items). */
export function seqAt(doc: Document, path: (string | number)[]) {
  const s = doc.getIn(path);
  return isSeq(s) ? s : null;
}
