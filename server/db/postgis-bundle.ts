import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Extension } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { createTar, parseTar } from 'nanotar'

/**
 * What of PostGIS's bundle we never load: the raster, topology and geocoder extensions (three more 15 MB libraries that
 * PGlite compiles at every open), upgrade scripts from older versions, and contrib's install-by-hand copies. PostGIS
 * itself, its install script and PROJ's database stay.
 */
const UNUSED = /postgis_(raster|topology|tiger_geocoder|sfcgal)|rtpostgis|--(unpackaged|ANY)(--|\.sql$)|\/contrib\//

/** Keeps a bundle entry unless it is one of the unused parts above. Exported for its test. */
export const keepsBundleEntry = (name: string) => !UNUSED.test(name)

const packageRoot = fileURLToPath(new URL('../..', import.meta.url))
/** PostGIS's own bundle, beside the package's entry (found with require: Vite's test runner has no import.meta.resolve). */
export const originalBundle = join(
  dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite-postgis')),
  'postgis.tar.gz',
)

function trimmedBundlePath(): string {
  const version = JSON.parse(readFileSync(join(dirname(originalBundle), '..', 'package.json'), 'utf8')) as {
    version: string
  }
  return join(packageRoot, 'node_modules', '.cache', 'invest-atlas', `postgis-${version.version}-trimmed.tar.gz`)
}

/** Writes the trimmed bundle once; a rename makes it appear whole even when two threads write it at once. */
function writeTrimmedBundle(target: string) {
  const entries = parseTar(gunzipSync(readFileSync(originalBundle))).filter((entry) => keepsBundleEntry(entry.name))
  const trimmed = gzipSync(createTar(entries.map(({ name, data, attrs }) => ({ name, data, attrs }))), { level: 1 })
  mkdirSync(dirname(target), { recursive: true })
  const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`
  writeFileSync(partial, trimmed)
  renameSync(partial, target)
}

let cached: URL | undefined

/** The trimmed bundle's location, made on first use; PostGIS's own bundle when the cache cannot be written. */
function bundleUrl(): URL {
  if (cached) return cached
  const target = trimmedBundlePath()
  try {
    if (!existsSync(target)) writeTrimmedBundle(target)
    cached = pathToFileURL(target)
  } catch (error) {
    rmSync(target, { force: true })
    console.warn(`[db] PostGIS opens from its full bundle (${(error as Error).message})`)
    cached = pathToFileURL(originalBundle)
  }
  return cached
}

/**
 * PostGIS for PGlite, opened from a bundle without the parts we never load: an open from a data directory takes about
 * 1.3 s instead of 2.5 s (every test file, CLI run and server start opens one; see docs/benchmarks.md).
 */
export const trimmedPostgis: Extension = {
  name: postgis.name,
  setup: async (pg, emscriptenOpts) => ({
    ...(await postgis.setup(pg, emscriptenOpts)),
    bundlePath: bundleUrl(),
  }),
}
