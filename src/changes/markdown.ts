/** The change summary as Markdown (GitHub-flavoured), for the terminal and the CI job summary. */
import { describeChange, type Segment } from './describe.js';
import type { ChangeReport, ChangeSide } from './diff.js';
import { GROUPS, type Group } from './snapshot.js';

/**
 * Escapes what Markdown would read as syntax; line breaks and runs of spaces become one space (the
 * no-break spaces inside amounts and dates stay, as in the documents).
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').replace(/([\\`*_{}[\]<>#|~!])/g, '\\$1');
}

function segment(s: Segment): string {
  const t = escapeMarkdownText(s.text);
  switch (s.style) {
    case 'arrow':
      return ' → ';
    case 'now':
    case 'ins':
      return t.trim() ? `**${t}**` : t;
    case 'del':
      return t.trim() ? `~~${t}~~` : t;
    default:
      return t;
  }
}

export function sideText(s: ChangeSide): string {
  return `${s.versjon ?? 'uten versjon'} (${s.dato}), ${s.source}`;
}

/** The heading word of a comparison: the older version's name, or where it came from. */
export function sinceText(r: ChangeReport): string {
  return r.from.versjon ?? r.from.source;
}

export function renderMarkdown(r: ChangeReport): string {
  const lines = [
    `## ${escapeMarkdownText(r.project)}: endringer siden ${escapeMarkdownText(sinceText(r))}`,
    '',
    `Fra ${escapeMarkdownText(sideText(r.from))} til ${escapeMarkdownText(sideText(r.to))}.`,
    '',
  ];
  if (r.changes.length === 0) return [...lines, 'Ingen endringer i innholdet.', ''].join('\n');
  let group: Group | undefined;
  for (const c of r.changes) {
    if (c.group !== group) {
      if (group) lines.push('');
      group = c.group;
      lines.push(`### ${GROUPS[group]}`, '');
    }
    lines.push(`- ${describeChange(c).map(segment).join('')}`);
  }
  return [...lines, ''].join('\n');
}
