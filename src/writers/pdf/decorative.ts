/**
 * A figure without alternative text cannot be described to a screen reader; PDF/UA then wants it marked
 * as decoration (an Artifact) rather than a Figure with an empty Alt. The markup stage has already warned
 * about the missing text; here such figures become artifacts and leave the structure tree.
 */
import type { LayoutResult, StructElement } from '../../layout/types.js';

const ARTIFACT = { artifact: true } as const;

export function decorativeFigures(layout: LayoutResult): LayoutResult {
  if (!layout.structure) return layout;
  const bare = new Set<string>();
  const visit = (els: StructElement[]): StructElement[] =>
    els.flatMap((el) => {
      if (el.role === 'Figure' && !el.alt?.trim()) {
        bare.add(el.key);
        return [];
      }
      return el.children.length > 0 ? [{ ...el, children: visit(el.children) }] : [el];
    });
  const structure = visit(layout.structure);
  if (bare.size === 0) return layout;
  const pages = layout.pages.map((page) => ({
    ...page,
    items: page.items.map((it) =>
      it.tag && !it.tag.artifact && bare.has(it.tag.struct) ? { ...it, tag: ARTIFACT } : it,
    ),
  }));
  return { ...layout, pages, structure };
}
