/**
 * Writes DOCX files in a worker thread while the main thread makes the PDFs: the machine's second core
 * does the Word files. The build hands each document to it as soon as the document's PDF is laid out
 * (build-project.ts) and waits for the answers before committing. Same trees, same bytes: the writer is
 * the same code, and its output depends on the tree and page numbers only.
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
import type { DocxAnswer, DocxJob } from './docx-worker-main.js';

const ENTRY = fileURLToPath(new URL('./docx-worker-main.js', import.meta.url));

interface Waiting {
  job: DocxJob;
  resolve: (r: DocxResult) => void;
  reject: (e: unknown) => void;
}

export class DocxWorker {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** Jobs the worker itself answered with a DOCX (the others were written on the main thread). */
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
    w.worker.on('message', (m: DocxAnswer | 'ready') => w.answer(m));
    w.worker.on('error', () => w.fail());
    w.worker.on('exit', () => w.fail());
    // The worker keeps the process alive only while it has jobs (write and answer ref and unref it).
    w.worker.unref();
    return w;
  }

  /** The DOCX for the tree: from the worker, or (after any problem with it) written here. */
  write(tree: DocumentTree, pages: PageMap | undefined): Promise<DocxResult> {
    if (this.broken || !this.worker) return writeHere(tree, pages);
    const job: DocxJob = { id: this.nextId++, tree, pages };
    return new Promise<DocxResult>((resolve, reject) => {
      this.waiting.set(job.id, { job, resolve, reject });
      this.worker!.ref();
      try {
        this.worker!.postMessage(job);
      } catch {
        this.waiting.delete(job.id);
        writeHere(tree, pages).then(resolve, reject);
      }
    });
  }

  close(): void {
    const w = this.worker;
    this.worker = undefined;
    this.broken = true;
    void w?.terminate();
  }

  private answer(m: DocxAnswer | 'ready'): void {
    if (m === 'ready') return;
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if ('error' in m) writeHere(w.job.tree, w.job.pages).then(w.resolve, w.reject);
    else {
      this.answered++;
      w.resolve({ bytes: m.bytes, diagnostics: m.diagnostics });
    }
  }

  /** The worker is gone: every job it had is done here, and so are later ones. */
  private fail(): void {
    this.broken = true;
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      writeHere(w.job.tree, w.job.pages).then(w.resolve, w.reject);
    }
  }
}

async function writeHere(tree: DocumentTree, pages: PageMap | undefined): Promise<DocxResult> {
  const { writeDocx } = await import('../../writers/docx/write-docx.js');
  return writeDocx(tree, pages);
}
