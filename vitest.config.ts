import { defineConfig } from 'vitest/config'

const shared = {
  exclude: ['**/node_modules/**', '**/dist/**'],
  testTimeout: 30_000,
  hookTimeout: 30_000,
  pool: 'forks' as const,
}

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'unit and integration',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.{ts,tsx}',
            'test/relay/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          // Each file drives several Chromium pages against a relay: on two cores they run one
          // file at a time, so that no test waits on another's browser.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
})
