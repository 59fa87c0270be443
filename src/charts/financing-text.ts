/**
 * The legend of the financing chart in words, for its text alternative: the same entries in the same
 * order as the drawn legend, each with the look of its swatch.
 */
import type { FinancingChartData } from '../tree/types.js';
import { formLabel, hiddenKeysNote, keyStyle, knownSum, sourceKeys } from './financing-data.js';
import { describeStyle } from './source-style.js';

/**
 * «Tegnforklaring ovenfra, som lagene i søylene: A, naturalia: lys oker med stigende skråstriper og oker
 * kant; B, kontant: helfylt mørk blå.» '' while the split is not decided (no source has a swatch then).
 */
export function financingLegendText(data: FinancingChartData): string {
  if (data.unresolved) return '';
  const keys = sourceKeys(data);
  const parts: string[] = [];
  if (data.bars.some((b) => knownSum(b).high > knownSum(b).low)) {
    parts.push('stiplet omriss over søylen: anslag (spenn)');
  }
  for (const key of keys.filter((k) => k.drawn).reverse()) {
    parts.push(`${key.source}, ${formLabel(key.form)}: ${describeStyle(keyStyle(key))}`);
  }
  const hidden = hiddenKeysNote(keys);
  const note = hidden ? ` ${hidden}` : '';
  if (parts.length === 0) return note.trim();
  return `Tegnforklaring ovenfra, som lagene i søylene: ${parts.join('; ')}.${note}`;
}
