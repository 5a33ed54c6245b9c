import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Every workspace's vitest config starts here, so that each suite writes the
 * JSON report that `scripts/run-tests.mjs` totals into the closing
 * "N passed, N failed" line.
 */
export function workspaceTestConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.ts'],
        reporters: ['default', 'json'],
        outputFile: { json: 'test-results/vitest.json' },
        testTimeout: 20_000,
        hookTimeout: 120_000,
      },
    }),
    overrides,
  );
}
