import { readFile, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBuildOptions, outputLine, type BuildCliOptions } from './build.js';
import { FolderWatcher, isInside } from '../../watch/folders.js';
import type { PreviewDocument, PreviewServer } from '../../watch/preview-server.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BuildReuse } from '../../build/build-project.js';

export interface WatchCliOptions extends BuildCliOptions {
  /** Port of the preview page; 0 takes any free port. */
  port?: string;
  /** False with --no-preview. */
  preview?: boolean;
}

/** The preview's usual port; when it is taken, any free port is used. */
const DEFAULT_PORT = 7357;

/** A folder's real path (after symlinks) when it exists, else its absolute path. */
const real = (dir: string) => realpath(dir).catch(() => resolve(dir));

/**
 * `grantdocs watch`: builds once, then rebuilds whenever a file under the project folder or templates/
 * changes (src/watch/folders.ts: also folders made later, and a project folder deleted and made again).
 * Runs in one process and keeps what did not change between builds (src/build/incremental/): a document
 * whose tree and files are as before is not laid out again, and only outputs whose bytes changed are
 * written. Serves a live preview of the PDFs on 127.0.0.1 (src/watch/preview-server.ts) unless
 * --no-preview. A broken file only prints its diagnostics (and shows them in the preview, beside the
 * last good pages); the next save that fixes it builds again.
 * Resolves with the exit code when `signal` aborts (Ctrl+C in the terminal).
 */
export async function runWatch(target: string, cli: WatchCliOptions, signal?: AbortSignal): Promise<number> {
  const parsed = parseBuildOptions(cli);
  if (parsed.error) {
    process.stderr.write(`grantdocs: ${parsed.error}\n`);
    return 2;
  }
  const port = cli.port === undefined ? DEFAULT_PORT : Number(cli.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `grantdocs: Ugyldig port «${cli.port}». Bruk et tall fra 0 til 65535 (0: en ledig port).\n`,
    );
    return 2;
  }
  const { isDirectory } = await import('../../build/discover.js');
  if (!(await isDirectory(target))) {
    process.stderr.write(`grantdocs: Fant ikke prosjektmappen «${target}».\n`);
    return 1;
  }
  const opts = parsed.options;
  const outReal = await real(opts.outDir);
  const projectReal = await real(target);
  const templatesReal = await real(opts.templatesDir);
  for (const [watched, what] of [
    [projectReal, 'prosjektmappen'],
    [templatesReal, 'malmappen'],
  ] as const) {
    if (isInside(outReal, watched)) {
      process.stderr.write(
        `grantdocs: Ut-mappen «${opts.outDir}» ligger i ${what}, som watch følger med på: hvert bygg ville ` +
          `utløst et nytt. Velg en ut-mappe utenfor, for eksempel --out out.\n`,
      );
      return 2;
    }
  }

  const { buildProject } = await import('../../build/build-project.js');
  const { createBuildReuse } = await import('../../build/incremental/reuse.js');
  const { formatDiagnostics, summaryLine } = await import('../report.js');
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const reuse = createBuildReuse();
  // Parsed files and laid-out blocks are kept between builds too (only what a save changed is redone).
  const { keepParsedFiles } = await import('../../content/load-file.js');
  const { keepLaidOutBlocks } = await import('../../layout/block-memo.js');
  keepParsedFiles();
  keepLaidOutBlocks();
  /** The PDFs of the last build that succeeded, which the preview keeps showing after a failed one. */
  let lastGood: PreviewDocument[] | undefined;

  let preview: PreviewServer | undefined;
  if (cli.preview !== false) {
    const { PreviewServer } = await import('../../watch/preview-server.js');
    preview = new PreviewServer();
    const url = await preview
      .start(port)
      .catch(() => (cli.port === undefined ? preview!.start(0) : undefined));
    if (!url) {
      process.stderr.write(
        `grantdocs: Port ${port} kan ikke brukes (opptatt eller ikke tillatt). Velg en annen med --port, eller --port 0.\n`,
      );
      preview.close();
      return 2;
    }
    process.stdout.write(`Forhåndsvisning: ${url}\n`);
  }

  // The Word files are written on the second core while the PDFs are made (parallel/docx-worker.ts).
  const { DocxWorker } = await import('../../build/parallel/docx-worker.js');
  const docxWorker = opts.formats.includes('docx') ? DocxWorker.start() : undefined;

  const rebuild = async (changed: string[]) => {
    if (changed.length > 0) process.stdout.write(`\nEndret: ${changed.join(', ')}\n`);
    preview?.building();
    const t0 = performance.now();
    let shown = false;
    try {
      // Compiled templates are kept unless something other than content (YAML) changed.
      if (changed.length === 0 || !changed.every((p) => /\.ya?ml$/i.test(p))) {
        const { clearTemplateCache } = await import('../../template/cache.js');
        clearTemplateCache();
      }
      /** The diagnostics the preview got with this build's PDFs, before its DOCX files were written. */
      let shownEarly: string | undefined;
      let early: PreviewDocument[] | undefined;
      // The preview gets each new PDF as soon as it is made (those in the reader's view first), and the
      // whole set with the problems before the DOCX files are written.
      const page = preview;
      const hooks: Partial<BuildReuse> = !page
        ? {}
        : {
            firstDocuments: () => page.inView(),
            pdfReady: (made) => {
              page.documentReady({ id: made.document, title: made.document, pdf: made.pdf });
              shown = true;
            },
            pdfsReady: (made, diagnostics) => {
              early = made.map((m) => ({ id: m.document, title: m.document, pdf: m.pdf }));
              page.update(early, diagnostics);
              shownEarly = JSON.stringify(diagnostics);
              shown = true;
            },
          };
      const r = await buildProject(target, {
        ...opts,
        reuse: { ...reuse, ...hooks },
        ...(docxWorker ? { docxWorker } : {}),
      });
      for (const o of r.outputs) {
        const same = reuse.outputs.unchanged.has(o.file) ? '  (uendret)' : '';
        process.stdout.write(outputLine(o) + same + '\n');
      }
      if (r.diagnostics.length > 0) process.stdout.write(formatDiagnostics(r.diagnostics, { color }) + '\n');
      process.stdout.write(`${summaryLine(r.diagnostics)} (${Math.round(performance.now() - t0)} ms)\n`);
      if (preview) {
        const failed = r.diagnostics.some((d) => d.severity === 'error');
        // Shown already, unless the DOCX round or the commit added something. After an error the pages of
        // the last good build come back, also when some or all of this build's PDFs were shown early.
        if (failed && shown) preview.update(lastGood, r.diagnostics, { failed: true });
        else if (failed) preview.update(undefined, r.diagnostics);
        else if (shownEarly !== JSON.stringify(r.diagnostics))
          preview.update(await pdfs(r.outputs), r.diagnostics);
        if (!failed) lastGood = early ?? (await pdfs(r.outputs));
      }
    } catch (err) {
      process.stdout.write(`Bygget feilet: ${(err as Error).message}\n`);
      const failure: Diagnostic = {
        severity: 'error',
        rule: 'build/failed',
        message: `Bygget feilet: ${(err as Error).message}`,
      };
      if (shown) preview?.update(lastGood, [failure], { failed: true });
      else preview?.update(undefined, [failure]);
    }
    process.stdout.write('Venter på endringer … (Ctrl+C avslutter)\n');
  };

  let running: Promise<void> = Promise.resolve();
  const watcher = new FolderWatcher([target, opts.templatesDir], [opts.outDir], (batch) => {
    running = running.then(() => rebuild(batch));
  });
  await watcher.start();
  await rebuild([]);
  return new Promise((resolvePromise) => {
    const stop = () => {
      watcher.close();
      void running.then(() => {
        preview?.close();
        docxWorker?.close();
        resolvePromise(0);
      });
    };
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    if (!signal) process.once('SIGINT', stop);
  });
}

/** The PDFs just built, read back from the output folder, for the preview. */
async function pdfs(
  outputs: { file: string; format: string; document: string }[],
): Promise<PreviewDocument[]> {
  const docs: PreviewDocument[] = [];
  for (const o of outputs) {
    if (o.format !== 'pdf') continue;
    docs.push({ id: o.document, title: o.document, pdf: new Uint8Array(await readFile(o.file)) });
  }
  return docs;
}
