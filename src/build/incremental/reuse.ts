import type { BuildReuse } from '../build-project.js';
import { WriterMemo } from './writer-memo.js';
import { WrittenOutputs } from './written-outputs.js';

/**
 * What `grantdocs watch` keeps between rebuilds of one project (see BuildReuse in build-project.ts):
 * the writers' results per document and what was last written to each output path. Fonts, hyphenation
 * patterns, compiled templates, chart pictures and font subsets are kept by their own modules for the
 * life of the process.
 */
export function createBuildReuse(): BuildReuse & { memo: WriterMemo; outputs: WrittenOutputs } {
  const memo = new WriterMemo();
  const outputs = new WrittenOutputs();
  return {
    memo,
    outputs,
    writer: (format, tree, make) => memo.write(format, tree, make),
    committed: (unchanged) => outputs.record(unchanged),
  };
}
