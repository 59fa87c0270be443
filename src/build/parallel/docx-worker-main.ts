/**
 * The writers in a worker thread (docx-worker.ts starts this file). Two kinds of job:
 * - 'docx': a document tree and the PDF layout's page numbers → the DOCX bytes and the writer's
 *   diagnostics (watch: the Word files beside the PDFs the main thread makes);
 * - 'document': a document tree → its PDF and, when asked, its DOCX (build: whole documents on the
 *   second core while the main thread makes others).
 * It runs the bundle when there is one (bundle-loader.ts, with a code cache of its own), the compiled
 * modules otherwise.
 */
import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { PageMap } from '../../layout/page-map.js';
import type { DocumentTree } from '../../tree/types.js';
import { loadBundle, type Program } from '../../cli/bundle-loader.js';

export type WorkerJob =
  | { id: number; kind: 'docx'; tree: DocumentTree; pages: PageMap | undefined }
  | { id: number; kind: 'document'; tree: DocumentTree; docx: boolean };

/** A document's PDF as the worker made it. */
export interface WorkerPdf {
  bytes: Uint8Array;
  pages: number;
  pageMap: PageMap;
  diagnostics: Diagnostic[];
}

export interface WorkerDocx {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
}

export type WorkerAnswer =
  | { id: number; docx: WorkerDocx }
  | { id: number; pdf: WorkerPdf; docx?: WorkerDocx }
  | { id: number; error: string };

const bundle = loadBundle('docxworker');
const program = bundle?.program ?? ((await import('../../cli/program.js')) as Program);
let saved = false;

async function run(job: WorkerJob): Promise<{ answer: WorkerAnswer; transfer: ArrayBuffer[] }> {
  if (job.kind === 'docx') {
    const r = await program.writeDocx(job.tree, job.pages);
    return {
      answer: { id: job.id, docx: { bytes: r.bytes, diagnostics: r.diagnostics } },
      transfer: [r.bytes.buffer as ArrayBuffer],
    };
  }
  const pdf = await program.writePdf(job.tree);
  const made: WorkerPdf = {
    bytes: pdf.bytes,
    pages: pdf.pages,
    pageMap: pdf.pageMap,
    diagnostics: pdf.diagnostics,
  };
  const transfer = [pdf.bytes.buffer as ArrayBuffer];
  if (!job.docx) return { answer: { id: job.id, pdf: made }, transfer };
  const docx = await program.writeDocx(job.tree, pdf.pageMap);
  transfer.push(docx.bytes.buffer as ArrayBuffer);
  return {
    answer: { id: job.id, pdf: made, docx: { bytes: docx.bytes, diagnostics: docx.diagnostics } },
    transfer,
  };
}

parentPort?.on('message', (job: WorkerJob) => {
  run(job).then(
    ({ answer, transfer }) => {
      parentPort!.postMessage(answer, transfer);
      if (!saved) {
        saved = true;
        bundle?.saveCodeCache();
      }
    },
    (err: unknown) => parentPort!.postMessage({ id: job.id, error: String(err) } satisfies WorkerAnswer),
  );
});
parentPort?.postMessage('ready');
