import { spawn, type ChildProcess } from 'node:child_process';

/** `grantdocs watch` in a child process, with its output collected. */
export interface WatchProcess {
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when the output printed after `from` matches `pattern` (rejects after `ms`). */
  waitFor(pattern: RegExp, from: number, ms?: number): Promise<string>;
  /** Resolves after the next finished build (the «Venter på endringer» line) printed after `from`. */
  nextBuild(from: number, ms?: number): Promise<string>;
  /** Resolves once nothing has been printed for `quietMs` and the last build has finished. */
  settle(quietMs?: number): Promise<void>;
  /** The preview's address, once printed. */
  previewUrl(): Promise<string>;
  stop(): Promise<void>;
}

export function startWatch(args: string[], env: Record<string, string> = {}): WatchProcess {
  const child = spawn(process.execPath, ['dist/cli/grantdocs.cjs', 'watch', ...args], {
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600', ...env },
  });
  let text = '';
  const listeners = new Set<() => void>();
  const collect = (d: Buffer) => {
    text += d.toString();
    for (const l of [...listeners]) l();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const waitFor = (pattern: RegExp, from: number, ms = 120_000) =>
    new Promise<string>((resolve, reject) => {
      const done = () => {
        const m = pattern.exec(text.slice(from));
        if (!m) return;
        clearTimeout(timer);
        listeners.delete(done);
        resolve(text.slice(from, from + m.index + m[0].length));
      };
      const timer = setTimeout(() => {
        listeners.delete(done);
        reject(new Error(`timed out waiting for ${pattern}:\n${text.slice(from)}`));
      }, ms);
      listeners.add(done);
      done();
    });
  return {
    child,
    output: () => text,
    waitFor,
    nextBuild: (from, ms) => waitFor(/Venter på endringer/, from, ms),
    settle: async (quietMs = 1000) => {
      for (;;) {
        const length = text.length;
        await new Promise((r) => setTimeout(r, quietMs));
        if (text.length === length && /Venter på endringer[^\n]*\n$/.test(text)) return;
      }
    },
    previewUrl: async () => /Forhåndsvisning: (\S+)/.exec(await waitFor(/Forhåndsvisning: \S+\n/, 0))![1]!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
    },
  };
}
