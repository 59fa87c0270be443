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
  generation: number;
  /** True when the last build had errors: the pages are those of the last good build. */
  failed: boolean;
  building: boolean;
  documents: { id: string; title: string; sha256: string; url: string }[];
  diagnostics: ShownDiagnostic[];
}

/**
 * The live preview of `grantdocs watch`: an HTTP server on 127.0.0.1 only, serving one page that shows
 * the PDF pages of each document (drawn in the browser by pdf.js) and the current warnings and errors.
 * The page listens on /events (server-sent events) and fetches /state after each build, so it refreshes
 * within a moment, keeping the reader's place. A failed build shows its errors and keeps the last good
 * pages. Requests whose Host is not this address are refused (no other web page can read the preview
 * through DNS rebinding).
 */
export class PreviewServer {
  private server: Server | undefined;
  private readonly clients = new Set<ServerResponse>();
  private pdfs = new Map<string, PreviewDocument & { sha256: string }>();
  private state: State = { generation: 0, failed: false, building: true, documents: [], diagnostics: [] };
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

  building(): void {
    this.state = { ...this.state, building: true };
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
    this.state = {
      generation: this.state.generation + 1,
      failed: documents === undefined || options.failed === true,
      building: false,
      documents: [...this.pdfs.values()].map((d) => ({
        id: d.id,
        title: d.title,
        sha256: d.sha256,
        url: `/pdf/${encodeURIComponent(d.id)}.pdf?v=${d.sha256.slice(0, 16)}`,
      })),
      diagnostics: sortDiagnostics(diagnostics).map(shown),
    };
    this.publish();
  }

  private publish(): void {
    const data = `data: ${JSON.stringify({ generation: this.state.generation, building: this.state.building })}\n\n`;
    for (const c of this.clients) c.write(data);
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
    if (req.method !== 'GET') {
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
    } else if (path === '/state') {
      res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(this.state));
    } else if (path === '/events') {
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream' });
      res.write(
        `data: ${JSON.stringify({ generation: this.state.generation, building: this.state.building })}\n\n`,
      );
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
