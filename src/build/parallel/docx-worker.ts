/**
 * The writers in a worker thread, on the machine's second core:
 * - `watch` hands it each document's DOCX as soon as the document's PDF is laid out (`write`), while the
 *   main thread paints the PDF and goes on with the next document;
 * - `build` hands it whole documents (`document`: PDF and DOCX) while the main thread makes the others
 *   (build-project.ts shares the documents out).
 * Same trees, same bytes: the writers are the same code, and their output depends on the tree (and page
 * numbers) only.
 *
 * Anything wrong with the worker (it cannot start, it crashes, a job fails in it) costs only time: the job
 * is then done on the main thread, and later jobs too. GRANTDOCS_DOCX_WORKER=0 turns the worker off.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageMap } from '../../layout/page-map.js';
import type { DocumentTree } from '../../tree/types.js';
import type { DocxResult } from '../../writers/docx/write-docx.js';
import type { WorkerAnswer, WorkerJob, WorkerPdf } from './docx-worker-main.js';

const ENTRY = fileURLToPath(new URL('./docx-worker-main.js', import.meta.url));

/** A whole document from the worker: its PDF, and its DOCX when asked for. */
export interface MadeDocument {
  pdf: WorkerPdf;
  docx?: DocxResult;
}

interface Waiting {
  job: WorkerJob;
  resolve: (r: unknown) => void;
  reject: (e: unknown) => void;
}

export class DocxWorker {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** Jobs the worker itself answered (the others were done on the main thread). */
  answered = 0;

  /**
   * A worker, or undefined where it cannot run (turned off, or no compiled entry, as when the tests run
   * the TypeScript sources). `entry` is for tests that start a worker which misbehaves.
   */
  static start(entry = ENTRY): DocxWorker | undefined {
    if (process.env.GRANTDOCS_DOCX_WORKER === '0' || !existsSync(entry)) return undefined;
    const w = new DocxWorker();
    try {
      w.worker = new Worker(entry, { stdout: false, stderr: true });
    } catch {
      return undefined;
    }
    // What the worker prints to stderr (nothing, when it works) is read and dropped.
    w.worker.stderr.resume();
    w.worker.on('message', (m: WorkerAnswer | 'ready') => w.answer(m));
    w.worker.on('error', () => w.fail());
    w.worker.on('exit', () => w.fail());
    // The worker keeps the process alive only while it has jobs (send and answer ref and unref it).
    w.worker.unref();
    return w;
  }

  /** True once the worker is gone (its jobs are done on the main thread). */
  get failed(): boolean {
    return this.broken || !this.worker;
  }

  /** The DOCX for the tree: from the worker, or (after any problem with it) written here. */
  write(tree: DocumentTree, pages: PageMap | undefined): Promise<DocxResult> {
    return this.send({ id: this.nextId++, kind: 'docx', tree, pages }) as Promise<DocxResult>;
  }

  /** The document's PDF, and its DOCX when `docx`: from the worker, or made here. */
  document(tree: DocumentTree, docx: boolean): Promise<MadeDocument> {
    return this.send({ id: this.nextId++, kind: 'document', tree, docx }) as Promise<MadeDocument>;
  }

  close(): void {
    const w = this.worker;
    this.worker = undefined;
    this.broken = true;
    void w?.terminate();
  }

  private send(job: WorkerJob): Promise<unknown> {
    if (this.broken || !this.worker) return runHere(job);
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { job, resolve, reject });
      this.worker!.ref();
      try {
        this.worker!.postMessage(job);
      } catch {
        this.waiting.delete(job.id);
        runHere(job).then(resolve, reject);
      }
    });
  }

  private answer(m: WorkerAnswer | 'ready'): void {
    if (m === 'ready') return;
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if ('error' in m) runHere(w.job).then(w.resolve, w.reject);
    else if ('pdf' in m) {
      this.answered++;
      w.resolve({ pdf: m.pdf, ...(m.docx ? { docx: m.docx } : {}) } satisfies MadeDocument);
    } else {
      this.answered++;
      w.resolve(m.docx satisfies DocxResult);
    }
  }

  /** The worker is gone: every job it had is done here, and so are later ones. */
  private fail(): void {
    this.broken = true;
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      runHere(w.job).then(w.resolve, w.reject);
    }
  }
}

/** A job done on the main thread. */
async function runHere(job: WorkerJob): Promise<DocxResult | MadeDocument> {
  const { writeDocx } = await import('../../writers/docx/write-docx.js');
  if (job.kind === 'docx') return writeDocx(job.tree, job.pages);
  const { writePdf } = await import('../../writers/pdf/write-pdf.js');
  const pdf = await writePdf(job.tree);
  const made: MadeDocument = {
    pdf: { bytes: pdf.bytes, pages: pdf.pages, pageMap: pdf.pageMap, diagnostics: pdf.diagnostics },
  };
  if (job.docx) made.docx = await writeDocx(job.tree, pdf.pageMap);
  return made;
}
