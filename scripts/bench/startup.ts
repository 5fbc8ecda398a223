/**
 * Startup and bundle benchmark (issue 2). Prints:
 *  - cold start to "Ready at" on an empty PGlite data directory (initdb, CREATE EXTENSION postgis, migrations, demo load)
 *  - warm start on the same directory, three times (median)
 *  - the reference: a bare PGlite + PostGIS open of the same directory, measured in this run, and the ratio to it
 *  - the web bundle, gzip: MapLibre apart from our own code
 *  - a first visit in headless Chromium: bytes on the wire against decoded, by kind, and the time to the map
 * Run: npm run bench:startup
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { createPglite } from '../../server/db/pglite-factory.js'
import { buildWebIfNeeded } from '../build-web-if-needed.js'
import { startServerProcess } from '../server-process.js'
import { measureFirstVisit, printFirstVisit } from './first-visit.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function timeServerStart(pgliteDir: string): Promise<number> {
  const started = performance.now()
  const server = await startServerProcess({ PGLITE_DIR: pgliteDir })
  const elapsed = performance.now() - started
  await server.stop()
  return elapsed
}

async function timeBareOpen(pgliteDir: string): Promise<number> {
  const started = performance.now()
  const pglite = await createPglite({ dataDir: pgliteDir })
  await pglite.query('SELECT postgis_lib_version()')
  const elapsed = performance.now() - started
  await pglite.close()
  return elapsed
}

function bundleSizes() {
  const assets = join(root, 'web/dist/assets')
  let maplibre = 0
  let own = 0
  for (const file of readdirSync(assets).filter((f) => /\.(m?js|css)$/.test(f))) {
    const gz = gzipSync(readFileSync(join(assets, file))).length
    if (file.startsWith('maplibre')) maplibre += gz
    else own += gz
  }
  return { maplibre, own }
}

buildWebIfNeeded()
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'))
const pgliteDir = join(dir, 'pglite')
try {
  const cold = await timeServerStart(pgliteDir)
  const warm = median([
    await timeServerStart(pgliteDir),
    await timeServerStart(pgliteDir),
    await timeServerStart(pgliteDir),
  ])
  const bare = median([await timeBareOpen(pgliteDir), await timeBareOpen(pgliteDir), await timeBareOpen(pgliteDir)])
  const server = await startServerProcess({ PGLITE_DIR: pgliteDir })
  const visit = await measureFirstVisit(server.url).finally(() => server.stop())
  const { maplibre, own } = bundleSizes()
  console.log(`cold start to ready (empty PGlite dir, incl. demo load): ${seconds(cold)}`)
  console.log(`warm start to ready (median of 3):                     ${seconds(warm)}  (target < 5 s)`)
  console.log(`reference: bare PGlite + PostGIS open (median of 3):   ${seconds(bare)}`)
  console.log(`ratio warm start / bare open:                          ${(warm / bare).toFixed(2)}×`)
  console.log(
    `web bundle gzip: maplibre ${(maplibre / 1024).toFixed(1)} kB, our own code ${(own / 1024).toFixed(1)} kB (target < 150 kB)`,
  )
  printFirstVisit(visit)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
