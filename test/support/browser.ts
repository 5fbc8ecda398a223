import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url))
export const chromiumAvailable = existsSync(CHROMIUM)

const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
]

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true })
  return chromium.launch({ executablePath: CHROMIUM, args: flags })
}

/** Collects what the page reports as broken: console errors, uncaught exceptions, failed requests. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()}`))
  return errors
}

/** Waits until the map has its data and has drawn it. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.atlasMap?.getLayer('parcels-fill')), null, { timeout: 30_000 })
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.atlasMap!
        const check = () => (map.loaded() && map.areTilesLoaded() && !map.isMoving() ? resolve() : map.once('idle', check))
        setTimeout(check, 400)
      }),
  )
}
