/**
 * The rows of the timeline chart as drawn: steps with the same title share one row with a marker for
 * each date, and labels that still read the same once wrapped and cut to the label column get the date
 * (or a number) added, so no two rows look alike.
 */
import type { Measurer } from '../layout/types.js';
import type { TimelineChartData, TimelineRow } from '../tree/types.js';
import { formatList } from '../format/list.js';
import { SIZES } from './style.js';
import { wrapKeeping, wrapLines } from './text-fit.js';

export interface DisplayRow {
  label: string;
  /** The steps drawn on this row, in the order of the content. */
  marks: TimelineRow[];
}

/** A title as compared for sharing a row: spaces collapsed, case ignored. */
function sameTitleKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');
}

/** One row per distinct title, at the place of its first step. */
export function displayRows(data: TimelineChartData): DisplayRow[] {
  const rows: DisplayRow[] = [];
  const byKey = new Map<string, DisplayRow>();
  for (const step of data.rows) {
    const key = sameTitleKey(step.label);
    const row = byKey.get(key);
    if (row) row.marks.push(step);
    else {
      const fresh = { label: step.label.replace(/\s+/g, ' ').trim(), marks: [step] };
      byKey.set(key, fresh);
      rows.push(fresh);
    }
  }
  return rows;
}

/**
 * The label lines of each row in a column `width` wide with at most `maxLines` lines. Rows whose lines
 * would read the same get « (date)» kept at the end; if that still collides, « (1)», « (2)» … in order.
 */
export function rowLabelLines(rows: DisplayRow[], width: number, maxLines: number, m: Measurer): string[][] {
  const font = 'regular' as const;
  const size = SIZES.label;
  const lines = rows.map((r) => wrapLines(r.label, width, maxLines, m, font, size));
  const collisions = (): Set<number> => {
    const seen = new Map<string, number[]>();
    lines.forEach((l, i) => {
      const key = l.join(' ');
      seen.set(key, [...(seen.get(key) ?? []), i]);
    });
    return new Set([...seen.values()].filter((ix) => ix.length > 1).flat());
  };
  const withDate = collisions();
  for (const i of withDate) {
    lines[i] = wrapKeeping(
      rows[i]!.label,
      ` (${rows[i]!.marks[0]!.dateText})`,
      width,
      maxLines,
      m,
      font,
      size,
    );
  }
  // Still alike: number the rows of each group that reads the same, in order.
  const groups = new Map<string, number[]>();
  for (const i of [...collisions()].sort((a, b) => a - b)) {
    const key = lines[i]!.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  for (const group of groups.values()) {
    group.forEach((i, n) => {
      lines[i] = wrapKeeping(rows[i]!.label, ` (${n + 1})`, width, maxLines, m, font, size);
    });
  }
  return lines;
}

/**
 * For the text alternative: «Stegene «Arbeidsmøte» (4. juli 2025 og 22. august 2025) står på samme rad.»
 * for each title several steps share; '' when every step has its own row.
 */
export function sharedRowsText(data: TimelineChartData): string {
  const shared = displayRows(data).filter((r) => r.marks.length > 1);
  return shared
    .map((r) => `Stegene «${r.label}» (${formatList(r.marks.map((s) => s.dateText))}) står på samme rad.`)
    .join(' ');
}
