/** Norwegian lists: «Rana, Hemnes og Nesna», «Rana eller Hemnes». */

const and = new Intl.ListFormat('nb-NO', { type: 'conjunction' });
const or = new Intl.ListFormat('nb-NO', { type: 'disjunction' });

export function formatList(items: readonly string[], kind: 'og' | 'eller' = 'og'): string {
  return (kind === 'og' ? and : or).format(items);
}
