import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYaml } from '../e2e/fixture-project.js';
import { CLI } from '../cli-run.js';
import { commitAll, repoWithSample } from './git-repo.js';

const SCRIPT = resolve('.github/scripts/endringer-summary.sh');
const HEADING = '## felles-ansvar: endringer siden utkast 1';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

/** Runs the workflow's summary step in `repo` as the runner would; returns the job summary. */
function runStep(repo: string, before: string): { summary: string; status: number | null; stderr: string } {
  const summary = join(mkdtempSync(join(tmpdir(), 'gd-summary-')), 'summary.md');
  const r = spawnSync('sh', [SCRIPT], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      BEFORE: before,
      GITHUB_STEP_SUMMARY: summary,
      GRANTDOCS: `${process.execPath} ${resolve(CLI)}`,
    },
  });
  let text = '';
  try {
    text = readFileSync(summary, 'utf8');
  } catch {
    /* no summary written */
  }
  return { summary: text, status: r.status, stderr: r.stderr };
}

describe('the workflow writes the changes into the job summary', () => {
  let repo: string;
  let first: string;
  beforeAll(() => {
    const made = repoWithSample();
    repo = made.repo;
    first = commitAll(repo, 'utkast 1');
    editYaml(made.project, 'prosjekt.yaml', (doc) => doc.setIn(['prosjekt', 'versjon'], 'utkast 2'));
    commitAll(repo, 'utkast 2');
  });

  it('has the whole history and runs the summary step after the build, before the artifact', () => {
    const wf = parse(readFileSync('.github/workflows/documents.yml', 'utf8')) as {
      jobs: { documents: { steps: Step[] } };
    };
    const steps = wf.jobs.documents.steps;
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout'))!;
    expect(checkout.with?.['fetch-depth']).toBe(0);
    const build = steps.findIndex((s) => s.run?.includes('grantdocs.cjs build'));
    const summary = steps.findIndex((s) => s.run?.includes('.github/scripts/endringer-summary.sh'));
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(build).toBeGreaterThan(0);
    expect(summary).toBeGreaterThan(build);
    expect(upload).toBeGreaterThan(summary);
    expect(steps[summary]!.env?.BEFORE).toBe('${{ github.event.before }}');
  });

  it('compares with the commit before the push, and keeps the summary beside the PDFs', () => {
    const r = runStep(repo, first);
    expect(r.status).toBe(0);
    expect(r.summary).toContain(HEADING);
    expect(r.summary).toContain('- Versjon: utkast 1 → **utkast 2**');
    expect(readFileSync(join(repo, 'out', 'endringer.md'), 'utf8')).toBe(r.summary);
  });

  it('uses the parent commit for a new branch or a commit no longer in the history', () => {
    expect(runStep(repo, '0000000000000000000000000000000000000000').summary).toContain(HEADING);
    expect(runStep(repo, 'f'.repeat(40)).summary).toContain(HEADING);
  });

  it('reports a comparison that fails in the summary without failing the job', () => {
    const broken = repoWithSample();
    editYaml(broken.project, 'budsjett.yaml', (doc) =>
      doc.setIn(['budsjett', 'kostnader', 0, 'beløp'], 'mye'),
    );
    const bad = commitAll(broken.repo, 'ødelagt');
    editYaml(broken.project, 'budsjett.yaml', (doc) => doc.setIn(['budsjett', 'kostnader', 0, 'beløp'], 1));
    commitAll(broken.repo, 'rettet');
    const r = runStep(broken.repo, bad);
    expect(r.status).toBe(0);
    expect(r.summary).toContain(`Oversikten over endringer siden \`${bad}\` kunne ikke lages`);
    expect(r.summary).toContain('består ikke kontrollen');
  });

  it('says so on the first commit', () => {
    const lone = repoWithSample();
    commitAll(lone.repo, 'eneste');
    const only = runStep(lone.repo, '');
    expect(only.status).toBe(0);
    expect(only.summary).toContain('Ingen tidligere versjon å sammenligne med');
  });
});
