import type { DocxContext } from './context.js';
import { NUMBERING_NAMESPACES, XML_DECLARATION_STANDALONE } from './constant-parts.js';
import { BULLETS, bulletRef, listIndent, orderedRef } from './styles.js';

/**
 * word/numbering.xml. Numbering definitions (w:abstractNum): Word's default bullets (1), our bullet list
 * (2) and one decimal definition per distinct start value of ordered lists (3, 4, …: a list starting at 3
 * needs its own start). Every list in the tree gets its own instance (w:num) of one of these, numbered in
 * the order the lists' first paragraphs appear, so each ordered list restarts its numbering.
 */

/** Word's default bullet definition, which Word expects as numbering instance 1. */
const DEFAULT_BULLETS = ['●', '○', '■', '●', '○', '■', '●', '●', '●'];

function level(
  ilvl: number,
  format: 'bullet' | 'decimal',
  text: string,
  start: number,
  left: number,
): string {
  return (
    `<w:lvl w:ilvl="${ilvl}" w:tentative="1"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>` +
    `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="360"/></w:pPr></w:lvl>`
  );
}

function abstractNum(id: number, levels: string): string {
  return (
    `<w:abstractNum w:abstractNumId="${id}" w15:restartNumberingAfterBreak="0">` +
    `<w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum>`
  );
}

const LEVELS = Array.from({ length: 9 }, (_, i) => i);

const DEFAULT_ABSTRACT = abstractNum(
  1,
  LEVELS.map((i) => level(i, 'bullet', DEFAULT_BULLETS[i]!, 1, 720 * (i + 1))).join(''),
);
const BULLET_ABSTRACT = abstractNum(
  2,
  LEVELS.map((i) => level(i, 'bullet', BULLETS[i % BULLETS.length]!, 1, listIndent(i))).join(''),
);
const DEFAULT_NUM =
  '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';

/** The distinct start values of ordered lists, in increasing order (abstract ids 3, 4, …). */
export function orderedStarts(starts: Iterable<number>): number[] {
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** Adds a numbering instance for a list and returns its id (w:numId). */
export function numberingInstance(ctx: DocxContext, reference: string, start: number): number {
  ctx.lists.push({ reference, start });
  // Instance 1 is Word's default bullets.
  return ctx.lists.length + 1;
}

export function numberingXml(ctx: DocxContext, starts: number[]): string {
  const abstractIds = new Map<string, number>([[bulletRef(), 2]]);
  let out = `${XML_DECLARATION_STANDALONE}<w:numbering ${NUMBERING_NAMESPACES}>${DEFAULT_ABSTRACT}${BULLET_ABSTRACT}`;
  starts.forEach((start, i) => {
    abstractIds.set(orderedRef(start), 3 + i);
    out += abstractNum(
      3 + i,
      LEVELS.map((l) => level(l, 'decimal', `%${l + 1}.`, start, listIndent(l))).join(''),
    );
  });
  out += DEFAULT_NUM;
  ctx.lists.forEach((list, i) => {
    let overrides = '';
    for (const l of LEVELS) {
      overrides += `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${list.start}"/></w:lvlOverride>`;
    }
    out += `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="${abstractIds.get(list.reference)}"/>${overrides}</w:num>`;
  });
  return `${out}</w:numbering>`;
}
