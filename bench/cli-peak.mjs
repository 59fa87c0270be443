// Peak memory of the `grantdocs` command itself (bundle included), for one run:
//   node bench/cli-peak.mjs <arguments of grantdocs …>
// Runs dist/cli/main.js in this process and prints JSON { peakMB, exitCode } when it exits. Linux only
// (reads VmHWM from /proc/self/status); elsewhere peakMB is null.
import { readFileSync } from 'node:fs';

process.argv = [process.argv[0], 'dist/cli/main.js', ...process.argv.slice(2)];
process.on('exit', (code) => {
  let peakMB = null;
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    peakMB = Math.round(kb / 1024);
  } catch {
    peakMB = null;
  }
  process.stderr.write(`\n${JSON.stringify({ peakMB, exitCode: code })}\n`);
});
await import('../dist/cli/main.js');
