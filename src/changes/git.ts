/**
 * Reading an older version of a project folder from git, without touching the work tree: the commit is
 * resolved with `git rev-parse`, the folder listed with `git ls-tree` and each file read with
 * `git cat-file`. Git runs with execFile (never a shell), with a time limit, and the ref is checked
 * before git sees it.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { relative } from 'node:path';
import type { MemoryFile } from '../content/load-memory.js';
import { problem, type ChangeProblem } from './problem.js';

const TIMEOUT_MS = 30_000;
const MAX_BUFFER = 64 * 1024 * 1024;

/** Branch and tag names, commit ids and suffixes such as HEAD~1, main^, v1.0, origin/main, @{u}. */
const REF = /^[A-Za-z0-9_@][A-Za-z0-9._/@{}~^+-]*$/;

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
  missing?: boolean;
  timedOut?: boolean;
}

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((done) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_BUFFER,
        timeout: TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
        windowsHide: true,
      },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
        done({
          code: e ? (typeof e.code === 'number' ? e.code : -1) : 0,
          stdout: stdout as Buffer,
          stderr: (stderr as Buffer).toString('utf8'),
          ...(e && e.code === 'ENOENT' ? { missing: true } : {}),
          ...(e?.killed ? { timedOut: true } : {}),
        });
      },
    );
  });
}

export interface GitVersion {
  /** The commit, abbreviated, and the ref as given: «abc1234 (HEAD~1)». */
  source: string;
  files: MemoryFile[];
}

const noGit = () =>
  problem(
    'changes/no-git',
    'Programmet git finnes ikke på denne maskinen',
    'Installer git, eller sammenlign med en tidligere ut-mappe: --fra out-forrige (mappen med manifest.json).',
    2,
  );

const slowGit = () =>
  problem(
    'changes/git-timeout',
    `git svarte ikke innen ${TIMEOUT_MS / 1000} sekunder`,
    'Prøv igjen. Ligger repositoriet på en nettverksdisk, kan det hjelpe å kopiere det lokalt.',
    1,
  );

const gitFailed = (what: string) =>
  problem(
    'changes/git',
    `git kunne ikke ${what}`,
    'Sjekk repositoriet med «git status» og «git fsck», og prøv igjen.',
    1,
  );

/** The project folder `dir` as it was at `ref`. */
export async function readVersion(dir: string, ref: string): Promise<GitVersion | ChangeProblem> {
  if (!REF.test(ref) || ref.length > 200 || ref.includes('..'))
    return problem(
      'changes/bad-ref',
      `«${ref}» er ikke et gyldig navn på en versjon i git`,
      'Oppgi en gren, en tagg eller en commit, for eksempel main, v1.0, HEAD~1 eller 3f2c1ab.',
      2,
    );
  const top = await git(['rev-parse', '--show-toplevel'], dir);
  if (top.missing) return noGit();
  if (top.timedOut) return slowGit();
  if (top.code !== 0 && /dubious ownership/.test(top.stderr))
    return problem(
      'changes/unsafe-repository',
      `git vil ikke lese repositoriet til «${dir}» fordi mappen eies av en annen bruker`,
      'Kjør «git config --global --add safe.directory <mappen med repositoriet>», eller kjør som eieren av mappen.',
      2,
      dir,
    );
  if (top.code !== 0)
    return problem(
      'changes/not-a-repository',
      `Prosjektmappen «${dir}» ligger ikke i et git-repositorium, så «${ref}» kan ikke hentes fra git`,
      'Sammenlign i stedet med ut-mappen fra et tidligere bygg: --fra <mappe med manifest.json>.',
      2,
      dir,
    );
  const root = top.stdout.toString('utf8').trim();
  const commit = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], dir);
  if (commit.timedOut) return slowGit();
  if (commit.code !== 0)
    return problem(
      'changes/unknown-ref',
      `Fant ikke versjonen «${ref}» i git`,
      'Sjekk stavemåten. «git log --oneline» viser commitene, «git tag» taggene og «git branch -a» grenene. ' +
        'I en grunn klone (CI) må historikken hentes, for eksempel med fetch-depth: 0.',
      2,
    );
  const sha = commit.stdout.toString('utf8').trim();
  const short = sha.slice(0, 7);
  const rel = relative(await realpath(root), await realpath(dir))
    .split('\\')
    .join('/');
  const prefix = rel === '' ? '' : `${rel}/`;
  // ls-tree takes paths relative to the folder it runs in: run it at the repository's root.
  const list = await git(['ls-tree', '-z', '--end-of-options', sha, ...(prefix ? ['--', prefix] : [])], root);
  if (list.timedOut) return slowGit();
  if (list.code !== 0) return gitFailed(`liste «${rel}» i «${ref}»`);
  const blobs = list.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
      const [, type, id] = meta.split(' ');
      return { type, id: id!, path };
    })
    .filter((e) => e.type === 'blob');
  if (blobs.length === 0)
    return problem(
      'changes/missing-folder',
      `Prosjektmappen «${rel || dir}» fantes ikke i versjonen «${ref}» (${short})`,
      'Velg en nyere versjon, der prosjektet var lagt inn i git. «git log --oneline -- <mappe>» viser når mappen kom til.',
      1,
      dir,
    );
  const files: MemoryFile[] = [];
  for (const b of blobs) {
    const blob = await git(['cat-file', 'blob', b.id], dir);
    if (blob.timedOut) return slowGit();
    if (blob.code !== 0) return gitFailed(`lese «${b.path}» i «${ref}»`);
    files.push({ path: `${short}:${b.path}`, bytes: new Uint8Array(blob.stdout) });
  }
  return { source: ref === sha || sha.startsWith(ref) ? `git ${short}` : `git ${short} (${ref})`, files };
}
