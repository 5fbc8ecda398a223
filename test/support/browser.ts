import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { type ServerProcess, startServerProcess } from '../../scripts/server-process.js'
import { createDatabaseFromTemplate, dropDatabase } from '../../server/db/postgres-admin.js'
import { browserTemplate } from './browser-template.js'

export const CHROMIUM = '/usr/bin/chromium'
export const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url))
export const chromiumAvailable = existsSync(CHROMIUM)
/**
 * How long a browser test waits for the page to show something. A wait, not a measure: it passes as soon as the
 * page does, and on a loaded 2-core machine (a server, Chromium's software GL and another test file sharing it) one
 * map draw has taken over 10 s.
 */
export const poll = { timeout: 30_000 }

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true })
  return withLessMotion(await chromium.launch({ executablePath: CHROMIUM, args: flags }))
}

/**
 * Pages open as for a reader who prefers less motion unless a test asks otherwise: the map then jumps where it would fly
 * (MapLibre honours the setting), and every frame of a flight costs software GL (swiftshader) about as much CPU as the
 * server and the test together. The tests check where the map ends up; the flights are tested where they are the point
 * (the roadshow projector, the investor's timed journey).
 */
function withLessMotion(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser)
  const newPage = browser.newPage.bind(browser)
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options })
  browser.newPage = (options) => newPage({ reducedMotion: 'reduce', ...options })
  return browser
}

/** Collects what the page reports as broken: console errors, uncaught exceptions, failed requests. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  // The first frames of the stack say where, so a rare failure can be traced from the CI log alone.
  page.on('pageerror', (error) =>
    errors.push(
      `pageerror: ${error.message} @ ${(error.stack ?? '')
        .split('\n')
        .slice(1, 4)
        .map((l) => l.trim())
        .join(' | ')}`,
    ),
  )
  // A request the page aborted itself (a newer search replaced it) is not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`)
  })
  return errors
}

/** Waits until the map has its data and has drawn it. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.atlasMap?.getLayer('parcels-fill')), null, { timeout: 30_000 })
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.atlasMap!
        const check = () =>
          map.loaded() && map.areTilesLoaded() && !map.isMoving() ? resolve() : map.once('idle', check)
        setTimeout(check, 400)
      }),
  )
}

/**
 * What a layer draws now (ids and properties); nothing while the layer is not yet in the style, because asking MapLibre
 * about a missing layer logs a console error, which the tests count as a failure.
 */
export function renderedFeatures(page: Page, layer: string) {
  return page.evaluate((id) => {
    const map = window.atlasMap
    if (!map?.getLayer(id)) return []
    return map.queryRenderedFeatures({ layers: [id] }).map((f) => ({ id: f.id, properties: f.properties }))
  }, layer)
}

export const renderedCount = async (page: Page, layer: string) => (await renderedFeatures(page, layer)).length

/**
 * A parcel/project point to click: the centre of a rendered feature of `layer` matching `wanted`, well inside the view.
 * Waits up to 10 s for one, since layers fill in after the map's first idle.
 */
export async function findClickTarget(page: Page, layer: string, wanted: Record<string, unknown> = {}) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const found = await renderedTarget(page, layer, wanted)
    if (found) return found
    await page.waitForTimeout(500)
  }
  return null
}

function renderedTarget(page: Page, layer: string, wanted: Record<string, unknown>) {
  return page.evaluate(
    ({ layer, wanted }) => {
      const map = window.atlasMap!
      const outerRing = (g: GeoJSON.Geometry): GeoJSON.Position[] =>
        g.type === 'Point'
          ? [g.coordinates, g.coordinates]
          : g.type === 'Polygon'
            ? g.coordinates[0]!
            : (g as GeoJSON.MultiPolygon).coordinates[0]![0]!
      const centreOf = (ring: GeoJSON.Position[]) => {
        const corners = ring.length > 1 ? ring.slice(0, -1) : ring
        return [
          corners.reduce((s, c) => s + c[0]!, 0) / corners.length,
          corners.reduce((s, c) => s + c[1]!, 0) / corners.length,
        ] as [number, number]
      }
      const matches = (p: Record<string, unknown>) => Object.entries(wanted).every(([k, v]) => p[k] === v)
      if (!map.getLayer(layer)) return null
      const hits = map.queryRenderedFeatures({ layers: [layer] }).filter((f) => matches(f.properties))
      const points = hits.map((f) => ({
        id: f.id,
        properties: f.properties,
        point: map.project(centreOf(outerRing(f.geometry))),
      }))
      const inView = points.find(({ point }) => point.x > 360 && point.x < 900 && point.y > 150 && point.y < 650)
      return inView ? { x: inView.point.x, y: inView.point.y, id: inView.id, properties: inView.properties } : null
    },
    { layer, wanted },
  )
}

/**
 * The app as `npm start` runs it (its own process, port and data, PostGIS when DATABASE_URL is set) plus a browser,
 * for one test file. Its data is a copy of the demo data the run's first browser file loaded (browser-template.ts).
 */
export function useBrowserServer(name: string) {
  const state = {} as { server: ServerProcess; browser: Browser; firstStartOutput: string }
  const database = `atlas_e2e_${name}_${process.pid}`
  beforeAll(async () => {
    const template = await browserTemplate()
    const url = process.env.DATABASE_URL
    const env: Record<string, string> =
      url && template.database
        ? { DATABASE_URL: await createDatabaseFromTemplate(url, database, template.database), DEMO: '1' }
        : {}
    state.firstStartOutput = template.firstStartOutput
    state.server = await startServerProcess(env, { dataFrom: template.dataDir })
    state.browser = await launchBrowser()
  }, 360_000) // beyond the server start limit (at most 300 s on a busy machine), so that limit speaks first
  afterAll(async () => {
    await state.browser?.close()
    await state.server?.stop()
    if (process.env.DATABASE_URL) await dropDatabase(process.env.DATABASE_URL, database)
  })
  return state
}

/** Signs in through the sign-in page, as a person at the server's machine would, with a demo account chip; then waits for the map. */
export async function signInThroughPage(page: Page, serverUrl: string, name: string, view: string) {
  await page.goto(`${serverUrl.replace(/\/$/, '')}/signin${view}`)
  await page.getByRole('button', { name: new RegExp(`^${name} ·`) }).click()
  await page.getByTestId('user-menu').waitFor()
  await waitForMapIdle(page)
}
