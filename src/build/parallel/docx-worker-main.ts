/**
 * The DOCX writer in a worker thread (docx-worker.ts starts this file): takes a document tree and the PDF
 * layout's page numbers, answers with the DOCX bytes and the writer's diagnostics. It runs the bundle
 * when there is one (bundle-loader.cts, with a code cache of its own), the compiled modules otherwise.
 */
import { parentPort } from 'node:worker_threads';
import type { PageMap } from '../../layout/page-map.js';
import type { DocumentTree } from '../../tree/types.js';
import { loadBundle, type Program } from '../../cli/bundle-loader.cjs';

export interface DocxJob {
  id: number;
  tree: DocumentTree;
  pages: PageMap | undefined;
}

export type DocxAnswer =
  | { id: number; bytes: Uint8Array; diagnostics: import('../../diagnostics/types.js').Diagnostic[] }
  | { id: number; error: string };

const bundle = loadBundle('docxworker');
const { writeDocx } = bundle?.program ?? ((await import('../../cli/program.js')) as Program);
let saved = false;

parentPort?.on('message', (job: DocxJob) => {
  writeDocx(job.tree, job.pages).then(
    (r) => {
      parentPort!.postMessage(
        { id: job.id, bytes: r.bytes, diagnostics: r.diagnostics } satisfies DocxAnswer,
        [r.bytes.buffer as ArrayBuffer],
      );
      if (!saved) {
        saved = true;
        bundle?.saveCodeCache();
      }
    },
    (err: unknown) => parentPort!.postMessage({ id: job.id, error: String(err) } satisfies DocxAnswer),
  );
});
parentPort?.postMessage('ready');
