import { describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { checkProject } from '../../src/content/check.js';
import { buildOptions } from '../e2e/fixture-project.js';
import { completeProjects, copyProject } from './projects.js';
import { MUTATIONS } from './mutate.js';
import { runCli } from '../cli-run.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every complete project (one that passes `check --final`) under content/ and test/fixtures/projects/,
 * changed in one way that makes two places disagree or a value open: `check --final` must fail with an
 * error of the rule, at a file and line, and a draft build must go through with a warning of the rule.
 */
const projects = await completeProjects();

describe('complete projects', () => {
  it('include at least the complete test project', () => {
    expect(projects).toContain('test/fixtures/projects/komplett');
  });
});

describe.each(projects)('mutations of %s', (dir) => {
  it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s', async (_name, mutation) => {
    const copy = copyProject(dir);
    const original = await checkProject(copy, { final: true });
    const applied = mutation.apply(copy, original.project!);
    // The complete test project has something to change for every mutation.
    if (dir.endsWith('/komplett')) expect(applied).toBe(true);
    if (!applied) return;

    const final = await checkProject(copy, { final: true });
    const hit = final.diagnostics.filter((d) => d.rule === mutation.rule);
    expect(hit.length, JSON.stringify(final.diagnostics, null, 2)).toBeGreaterThan(0);
    for (const d of hit) {
      expect(d.severity).toBe('error');
      expect(d.file).toMatch(/\.yaml$/);
      expect(d.start?.line).toBeGreaterThan(0);
    }
    expect(final.project).toBeUndefined();

    const out = mkdtempSync(join(tmpdir(), 'gd-mut-'));
    const draft = await buildProject(copy, buildOptions(out, { formats: [] }));
    expect(draft.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(draft.diagnostics.some((d) => d.rule === mutation.rule && d.severity === 'warning')).toBe(true);
  });
});

describe('grantdocs check --final on a changed complete project', () => {
  it('exits 1 and names both places of the contradiction', async () => {
    const copy = copyProject('test/fixtures/projects/komplett');
    const original = await checkProject(copy, { final: true });
    expect(MUTATIONS[0]!.apply(copy, original.project!)).toBe(true);
    const r = runCli(['check', copy, '--final']);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /dokumenter\.yaml:\d+:\d+\s+feil\s+Søkt beløp 1 300 000 kr for 2026 i dokumenter\.yaml:\d+, men finansieringen fra Nordland fylkeskommune i 2026 er 1 200 000 kr \(budsjett\.yaml:\d+\)\s+\[amount\/applied\]/,
    );
    expect(runCli(['check', copy]).status).toBe(0);
  });
});
