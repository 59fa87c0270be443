import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI } from '../cli-run.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in `cwd` (execFile, no shell) and returns its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
}

/** Commits everything in the repository and returns the commit id. */
export function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

/** A new git repository in a temporary folder, with the sample project in content/felles-ansvar. */
export function repoWithSample(): { repo: string; project: string } {
  const repo = mkdtempSync(join(tmpdir(), 'gd-changes-'));
  git(repo, 'init', '-q');
  const project = join(repo, 'content', 'felles-ansvar');
  mkdirSync(join(repo, 'content'));
  cpSync('content/felles-ansvar', project, { recursive: true });
  return { repo, project };
}

/** Runs the compiled `grantdocs …` with `cwd` as the current folder (templates from this checkout). */
export function grantdocs(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [resolve(CLI), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...GIT_ENV },
  });
}

export const TEMPLATES = resolve('templates');
