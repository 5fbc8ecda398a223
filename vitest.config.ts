import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Browser tests share two CPUs with a server and Chromium each: a slow moment must not read as a failure.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
