import type { Diagnostic } from '../diagnostics/types.js';

/** Why a comparison could not be made: diagnostics for the user and the exit code (1 content, 2 usage). */
export interface ChangeProblem {
  diagnostics: Diagnostic[];
  exitCode: 1 | 2;
}

export function problem(
  rule: string,
  message: string,
  hint: string,
  exitCode: 1 | 2,
  file?: string,
): ChangeProblem {
  return {
    exitCode,
    diagnostics: [{ severity: 'error', rule, message, hint, ...(file ? { file } : {}) }],
  };
}
