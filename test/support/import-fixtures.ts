import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** A file from test/fixtures/, made by scripts/fixtures/make-import-fixtures.ts. */
export const importFixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))))

/** |actual / expected − 1|: areas are asserted within 0.5 %. */
export const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1)
