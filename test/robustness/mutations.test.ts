import { afterAll, describe, expect, it } from 'vitest';
import { allMutations } from './cases.js';
import { diagnosticProblems, runMutation, workspace } from './run-case.js';

/**
 * Single mutations of the sample project's YAML (a fixed table, see cases.ts). For each one the build
 * (check first, then the documents) must not throw; every diagnostic must be well formed; a build with
 * errors must write nothing; a build without errors must write its documents.
 */
const ws = workspace();
afterAll(() => ws.cleanup());

const mutations = allMutations();
const tally = { built: 0, builtFull: 0, refused: 0 };

describe('mutations of the sample project', () => {
  it('the table is large and has unique names', () => {
    expect(mutations.length).toBeGreaterThan(150);
    expect(new Set(mutations.map((m) => m.name)).size).toBe(mutations.length);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s', async (_name, m) => {
    const { result, written } = await runMutation(ws, m);
    expect(result.diagnostics.flatMap(diagnosticProblems)).toEqual([]);
    const failed = result.diagnostics.some((d) => d.severity === 'error');
    if (failed) {
      tally.refused++;
      expect(written).toEqual([]);
    } else {
      tally.built++;
      if (m.scope === 'full') tally.builtFull++;
      expect(result.outputs.length).toBeGreaterThan(0);
      expect(written).toContain('manifest.json');
      for (const o of result.outputs) {
        expect(written).toContain(o.file.split('/').at(-1));
        expect(o.bytes).toBeGreaterThan(0);
        if (o.format === 'pdf') expect(o.pages).toBeGreaterThan(0);
      }
    }
  });

  // Runs after the cases above (tests in a file run in order): the table must exercise both paths.
  it('many mutations build documents and many are refused', () => {
    expect(tally.built).toBeGreaterThan(150);
    expect(tally.builtFull).toBeGreaterThanOrEqual(5);
    expect(tally.refused).toBeGreaterThan(300);
  });
});
