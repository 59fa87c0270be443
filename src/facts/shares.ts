/**
 * The one rounding of a percentage share, used by every table, text, chart alt text, DOCX and portal
 * export: the exact share rounded to a whole number, halves up. Shares are not forced to add up to 100 %:
 * 200 000 of 4 480 000 (4,46 %) reads «4 %» wherever it appears.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  // Whole kroner: part * 100 / whole is exact enough; the small epsilon keeps 12,5 from reading 12.
  return Math.floor((part * 100) / whole + 0.5 + 1e-9);
}
