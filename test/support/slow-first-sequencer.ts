import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The files that take longest, slowest first (PGlite, this 2-core machine; figures in docs/benchmarks.md). Vitest
 * orders by the durations it remembers, but a fresh clone (CI) has none and orders by file size, which once left the
 * 50 000-feature import and both command-line files for last: one worker ran them for four minutes while the other
 * stood idle. Started first, the long files overlap and the many short ones fill the gaps.
 */
const slowestFirst = [
  // A browser file first: the first to start builds the demo data all of them copy (about 40 s on one core), and
  // started later it left the other worker waiting for that data with nothing to do.
  'test/browser/land.test.ts',
  'test/browser/stories.test.ts',
  'test/browser/journey.test.ts',
  'test/server/imports/import-at-limit.test.ts',
  'test/scripts/admin/admin-cli.test.ts',
  'test/browser/scale.test.ts',
  'test/browser/staff.test.ts',
  'test/server/backup/backup.test.ts',
  'test/scripts/admin/import-cli.test.ts',
  'test/browser/pipeline.test.ts',
  'test/browser/sites.test.ts',
  'test/browser/imports.test.ts',
  'test/browser/map.test.ts',
  'test/browser/chains.test.ts',
  'test/server/api/fuzz.api.test.ts',
]

const rankOf = (spec: TestSpecification) => {
  const index = slowestFirst.findIndex((path) => spec.moduleId.endsWith(path))
  return index === -1 ? slowestFirst.length : index
}

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const remembered = await super.sort(files)
    return remembered.sort((a, b) => rankOf(a) - rankOf(b)) // stable: the rest keep Vitest's order
  }
}
