import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The JSON report lets .ci/run print the "N passed, N failed" totals.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
