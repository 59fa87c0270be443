import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBuildOptions, outputLine, type BuildCliOptions } from './build.js';

/** A folder and every folder below it. */
async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const below = await Promise.all(
    entries.filter((e) => e.isDirectory()).map((e) => subfolders(join(dir, e.name))),
  );
  return [dir, ...below.flat()];
}

/** How long to wait after the last change before rebuilding: editors save in several steps. */
const DEBOUNCE_MS = 80;

/**
 * `grantdocs watch`: builds once, then rebuilds whenever a file under the project folder or templates/
 * changes, also in folders made after the start. Runs in one process, so fonts, patterns and templates stay loaded and a rebuild is fast.
 * A broken file only prints its diagnostics; the next save that fixes it builds again.
 * Resolves with the exit code when `signal` aborts (Ctrl+C in the terminal).
 */
export async function runWatch(target: string, cli: BuildCliOptions, signal?: AbortSignal): Promise<number> {
  const parsed = parseBuildOptions(cli);
  if (parsed.error) {
    process.stderr.write(`grantdocs: ${parsed.error}\n`);
    return 2;
  }
  const { isDirectory } = await import('../../build/discover.js');
  if (!(await isDirectory(target))) {
    process.stderr.write(`grantdocs: Fant ikke prosjektmappen «${target}».\n`);
    return 1;
  }
  const { buildProject } = await import('../../build/build-project.js');
  const { formatDiagnostics, summaryLine } = await import('../report.js');
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

  const rebuild = async (changed: string[]) => {
    if (changed.length > 0) process.stdout.write(`\nEndret: ${changed.join(', ')}\n`);
    const t0 = performance.now();
    try {
      const { clearTemplateCache } = await import('../../template/cache.js').catch(() => ({
        clearTemplateCache: undefined,
      }));
      clearTemplateCache?.();
      const r = await buildProject(target, parsed.options);
      for (const o of r.outputs) process.stdout.write(outputLine(o) + '\n');
      if (r.diagnostics.length > 0) process.stdout.write(formatDiagnostics(r.diagnostics, { color }) + '\n');
      process.stdout.write(`${summaryLine(r.diagnostics)} (${Math.round(performance.now() - t0)} ms)\n`);
    } catch (err) {
      process.stdout.write(`Bygget feilet: ${(err as Error).message}\n`);
    }
    process.stdout.write('Venter på endringer … (Ctrl+C avslutter)\n');
  };

  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const watchers = new Map<string, FSWatcher>();
  const watchFolder = (dir: string) => {
    if (watchers.has(dir)) return;
    try {
      const w = watch(dir, onChange(dir));
      // A watched folder that is deleted ends its watcher; a folder made again later is picked up anew.
      w.on('error', () => {
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch {
      // Gone again before it could be watched.
    }
  };
  /** A folder made after the start (e.g. for pictures or attachments) is watched from then on. */
  const watchIfNewFolder = async (path: string) => {
    if (
      watchers.has(path) ||
      !(await stat(path).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      return;
    for (const dir of await subfolders(path)) watchFolder(dir);
  };
  const onChange = (base: string) => (_event: string, file: string | Buffer | null) => {
    const full = file ? join(base, String(file)) : base;
    const name = relative(process.cwd(), full);
    if (/(^|[\\/])\.[^\\/]*\.tmp$|~$|\.swp$/.test(name)) return; // editors' and our own temporary files
    if (file) void watchIfNewFolder(full);
    changed.add(name);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const batch = [...changed].sort();
      changed.clear();
      running = running.then(() => rebuild(batch));
    }, DEBOUNCE_MS);
  };
  // One plain (non-recursive) watcher per folder: set up synchronously, so no change after the first
  // build can slip by, unlike Node 20's recursive mode on Linux, which starts asynchronously.
  const dirs = [...(await subfolders(target)), ...(await subfolders(parsed.options.templatesDir))];
  for (const dir of dirs) watchFolder(dir);
  await rebuild([]);
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      void running.then(() => resolve(0));
    };
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    if (!signal) process.once('SIGINT', stop);
  });
}
