import { defineConfig } from 'vitest/config'
import { SlowFirstSequencer } from './test/support/slow-first-sequencer.js'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // A worker imports the server once for all its files instead of once a file (the suite's tests kept their state
    // in their own databases, and server state is keyed by database, so nothing leaks from file to file).
    isolate: false,
    sequence: { sequencer: SlowFirstSequencer },
    // Browser tests share two CPUs with a server and Chromium each: a slow moment must not read as a failure.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
