/** Where in a source file something is: 1-based line and column. */
export interface Point {
  line: number;
  column: number;
}

/**
 * One problem found in the user's content or templates. Every stage reports problems in this shape;
 * internal bugs are thrown as exceptions instead.
 */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Norwegian message that names the field, e.g. «budsjett.kostnader[2].beløp må være et helt tall». */
  message: string;
  /** Path of the file relative to the current directory, e.g. content/mitt-prosjekt/budsjett.yaml. */
  file?: string;
  start?: Point;
  /** JSON path into the content, e.g. budsjett.kostnader[2].beløp */
  path?: string;
  /** Rule id, e.g. 'budget/balance' or 'schema/type'. */
  rule: string;
  /** What the user can do about it, in Norwegian. */
  hint?: string;
  /**
   * The document text the problem is about, when a late stage (layout) cannot know where it was
   * written. The build looks it up in the content to fill in file, line and path, then drops it.
   */
  text?: string;
}

/** Thrown by a stage that cannot continue; carries the diagnostics collected so far. */
export class DiagnosticError extends Error {
  constructor(public readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'DiagnosticError';
  }
}
