import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/types.js';
import { sha256 } from '../build/manifest.js';
import { sortDiagnostics, whereText } from '../cli/report.js';
import { PREVIEW_PAGE } from './preview-page.js';

/** pdf.js, copied from node_modules/pdfjs-dist by `npm run build:bundle` (see build-bundle.ts). */
export const PDFJS_DIR = fileURLToPath(new URL('../preview/', import.meta.url));
const PDFJS_FILES = new Set(['pdf.min.mjs', 'pdf.worker.min.mjs']);

export interface PreviewDocument {
  id: string;
  title: string;
  pdf: Uint8Array;
}

/** A diagnostic as the page shows it: place, severity, message and what to do. */
interface ShownDiagnostic {
  severity: string;
  place: string;
  message: string;
  hint?: string;
  rule: string;
}

interface State {
  /** Goes up with every change of the pages or the problems to show. */
  generation: number;
  /** The number of the build going on, or of the last one (shown in the page's status line). */
  build: number;
  /** True when the last build had errors: the pages are those of the last good build. */
  failed: boolean;
  building: boolean;
  /** While building: the documents whose pages are already this build's (see documentReady). */
  made: string[];
  documents: { id: string; title: string; sha256: string; url: string }[];
  diagnostics: ShownDiagnostic[];
}

/** Longest body of a POST /view (a list of document ids). */
const VIEW_BYTES = 16 * 1024;

/**
 * The live preview of `grantdocs watch`: an HTTP server on 127.0.0.1 only, serving one page that shows
 * the PDF pages of each document (drawn in the browser by pdf.js) and the current warnings and errors.
 * The page listens on /events (server-sent events): each event is the whole state, with the bytes of
 * the PDFs that changed since the event before (so the page needs no further request while the build
 * goes on, which keeps this process busy). During a build each document's PDF is sent as soon as it is
 * made (documentReady), those the reader looks at first: the page tells which in a POST to /view. A
 * failed build shows its errors and keeps the last good pages. Requests whose Host is not this address
 * are refused (no other web page can read the preview through DNS rebinding), and a POST must come
 * from the page itself (its Origin, and JSON, which another site cannot send without asking first).
 */
export class PreviewServer {
  private server: Server | undefined;
  private readonly clients = new Set<ServerResponse>();
  private pdfs = new Map<string, PreviewDocument & { sha256: string }>();
  /** The sha256 of each document as last sent: an event carries the bytes of those that changed. */
  private sent = new Map<string, string>();
  private view: string[] = [];
  private state: State = {
    generation: 0,
    build: 1,
    failed: false,
    building: true,
    made: [],
    documents: [],
    diagnostics: [],
  };
  private port = 0;

  /** Starts listening; resolves with the page's address. Port 0 takes any free port. */
  async start(port: number): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}/`;
  }

  close(): void {
    for (const c of this.clients) c.end();
    this.clients.clear();
    this.server?.close();
    this.server?.closeAllConnections();
  }

  /** The documents the reader of the preview looks at, top first (as the page last told). */
  inView(): string[] {
    return [...this.view];
  }

  building(): void {
    const build = this.state.building ? this.state.build : this.state.build + 1;
    this.state = { ...this.state, build, building: true, made: [] };
    this.publish();
  }

  /**
   * One document's PDF, made by the build going on and shown before the build is done (the build found
   * no error so far). The other documents keep their pages and the problems list stays until update.
   */
  documentReady(document: PreviewDocument): void {
    this.pdfs.set(document.id, { ...document, sha256: sha256(document.pdf) });
    this.state = {
      ...this.state,
      generation: this.state.generation + 1,
      made: [...this.state.made.filter((id) => id !== document.id), document.id],
      documents: this.listed(),
    };
    this.publish();
  }

  /**
   * Publishes a build's result: `documents` are its PDFs (undefined when the build failed: the last
   * good pages stay), `diagnostics` its problems. `failed` marks a failed build that gives the pages to
   * show again (those of the last good build, after this build's were shown early).
   */
  update(
    documents: PreviewDocument[] | undefined,
    diagnostics: Diagnostic[],
    options: { failed?: boolean } = {},
  ): void {
    if (documents) {
      this.pdfs = new Map(documents.map((d) => [d.id, { ...d, sha256: sha256(d.pdf) }]));
    }
    const documentsNow = this.listed();
    this.state = {
      generation: this.state.generation + 1,
      build: this.state.build,
      failed: documents === undefined || options.failed === true,
      building: false,
      made: documentsNow.map((d) => d.id),
      documents: documentsNow,
      diagnostics: sortDiagnostics(diagnostics).map(shown),
    };
    this.publish();
  }

  private listed(): State['documents'] {
    return [...this.pdfs.values()].map((d) => ({
      id: d.id,
      title: d.title,
      sha256: d.sha256,
      url: `/pdf/${encodeURIComponent(d.id)}.pdf?v=${d.sha256.slice(0, 16)}`,
    }));
  }

  /** Sends the state to every page, with the bytes (base64) of the PDFs changed since the last event. */
  private publish(): void {
    const pdfs: Record<string, string> = {};
    for (const d of this.clients.size > 0 ? this.pdfs.values() : []) {
      if (this.sent.get(d.id) !== d.sha256) pdfs[d.id] = Buffer.from(d.pdf).toString('base64');
    }
    this.sent = new Map([...this.pdfs.values()].map((d) => [d.id, d.sha256]));
    const data = `data: ${JSON.stringify({ ...this.state, pdfs })}\n\n`;
    for (const c of this.clients) {
      c.write(data);
      // Out now: node holds a response's writes until its next tick, which a build going on (calling
      // documentReady between its documents) would put off until it waits for something.
      c.uncork();
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${this.port}` && host !== `localhost:${this.port}`) {
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const path = url.pathname;
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (req.method === 'POST' && path === '/view') {
      await this.takeView(req, res, headers);
    } else if (req.method !== 'GET') {
      res.writeHead(405, headers).end();
    } else if (path === '/') {
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' blob: data:; font-src 'self' data: blob:; worker-src 'self' blob:",
      });
      res.end(PREVIEW_PAGE);
    } else if (path === '/favicon.ico') {
      res.writeHead(204, headers).end();
    } else if (path === '/events') {
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ ...this.state, pdfs: {} })}\n\n`);
      this.clients.add(res);
      req.on('close', () => this.clients.delete(res));
    } else if (path.startsWith('/pdf/') && path.endsWith('.pdf')) {
      const doc = this.pdfs.get(decodeURIComponent(path.slice(5, -4)));
      if (!doc) res.writeHead(404, headers).end();
      else res.writeHead(200, { ...headers, 'content-type': 'application/pdf' }).end(doc.pdf);
    } else if (path.startsWith('/pdfjs/') && PDFJS_FILES.has(path.slice(7))) {
      const bytes = await readFile(PDFJS_DIR + path.slice(7)).catch(() => undefined);
      if (!bytes) res.writeHead(404, headers).end();
      else res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(bytes);
    } else {
      res.writeHead(404, headers).end();
    }
  }

  /** POST /view: the ids of the documents in view, top first, as a JSON array of strings. */
  private async takeView(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>) {
    const json = (req.headers['content-type'] ?? '').split(';')[0]!.trim() === 'application/json';
    if (
      req.headers.origin !== `http://127.0.0.1:${this.port}` &&
      req.headers.origin !== `http://localhost:${this.port}`
    ) {
      res.writeHead(403, headers).end();
      return;
    }
    let body = '';
    for await (const chunk of req) {
      body += String(chunk);
      if (body.length > VIEW_BYTES) break;
    }
    let ids: unknown;
    try {
      ids = JSON.parse(body);
    } catch {
      ids = undefined;
    }
    if (
      !json ||
      !Array.isArray(ids) ||
      !ids.every((id) => typeof id === 'string') ||
      body.length > VIEW_BYTES
    ) {
      res.writeHead(400, headers).end();
      return;
    }
    this.view = ids as string[];
    res.writeHead(204, headers).end();
  }
}

function shown(d: Diagnostic): ShownDiagnostic {
  return {
    severity: d.severity === 'error' ? 'feil' : 'advarsel',
    place: whereText(d),
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    rule: d.rule,
  };
}
