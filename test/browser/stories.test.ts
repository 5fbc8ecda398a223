import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import {
  ARTIFACTS,
  chromiumAvailable,
  poll,
  signInThroughPage,
  useBrowserServer,
  watchForErrors,
} from '../support/browser.js'

const run = chromiumAvailable || process.env.CI ? describe : describe.skip
const app = useBrowserServer('stories')

type Story = { id: number; scenes: { title_zh: string; title_en: string; duration_s: number }[] }

async function demoStory(): Promise<Story> {
  const list = (await (await fetch(`${app.server.url}api/stories`)).json()) as { stories: { id: number }[] }
  return (await (await fetch(`${app.server.url}api/stories/${list.stories[0]!.id}`)).json()) as Story
}

const arrivals = (page: Page) => page.evaluate(() => window.storyArrivals?.length ?? 0)
/** Waits until the map has arrived at (flown to and fully drawn) its `n`-th scene since the page opened. */
const arrived = (page: Page, n: number) =>
  expect.poll(() => arrivals(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(n)
const caption = (page: Page) => page.getByTestId('story-caption').locator('h1').textContent()

/** Plays the story with the keys a clicker sends, one screenshot per scene; returns ms from key to map idle. */
async function playWithKeys(page: Page, story: Story, label: string) {
  const waits: number[] = []
  await arrived(page, 1)
  for (let i = 0; i < story.scenes.length; i++) {
    await expect.poll(() => page.getByTestId('story-player').getAttribute('data-scene'), poll).toBe(String(i))
    await page.screenshot({ path: join(ARTIFACTS, `story-${label}-${i + 1}.png`) })
    if (i === story.scenes.length - 1) break
    const before = await arrivals(page)
    const pressed = Date.now()
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown')
    await arrived(page, before + 1)
    waits.push(Date.now() - pressed)
    // Two flights show the flights work; the rest jump, as for a reader who prefers less motion (npm run bench:story
    // times every flight).
    if (i === 1) await page.emulateMedia({ reducedMotion: 'reduce' })
  }
  return waits
}

run('roadshow stories in a real browser', () => {
  // One browser context for the projector, the handout and the list: the same scenes' tiles are fetched once.
  let shared: BrowserContext
  const sharedPage = async (width: number, height: number) => {
    // The projector flies its first scenes (playWithKeys turns motion down after two).
    shared ??= await app.browser.newContext({ reducedMotion: 'no-preference' })
    const page = await shared.newPage()
    await page.setViewportSize({ width, height })
    return page
  }
  afterAll(() => shared?.close())

  it('plays the demo story on a projector in English with a clicker; Home, End and the language switch work mid-story', async () => {
    const story = await demoStory()
    const page = await sharedPage(1280, 720)
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}story/${story.id}?lang=en`)
    const waits = await playWithKeys(page, story, 'projector-en')
    expect(await caption(page)).toBe(story.scenes.at(-1)!.title_en)
    await page.keyboard.press('Home')
    await expect.poll(() => caption(page), poll).toBe(story.scenes[0]!.title_en)
    await page.keyboard.press('End')
    await expect.poll(() => caption(page), poll).toBe(story.scenes.at(-1)!.title_en)
    await page.getByRole('button', { name: '中文' }).click()
    await expect.poll(() => caption(page), poll).toBe(story.scenes.at(-1)!.title_zh)
    expect(await page.getByTestId('story-qr').getAttribute('data-url')).toContain(`/story/${story.id}`)
    // Key to scene drawn: the first two turns fly, the rest jump.
    writeFileSync(
      join(ARTIFACTS, 'story-timings.json'),
      JSON.stringify({ flights: waits.slice(0, 2), jumps: waits.slice(2) }),
    )
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)

  it('plays by itself on a big screen, scene by scene, and any key pauses it', async () => {
    const story = await demoStory()
    const page = await app.browser.newPage({ viewport: { width: 1920, height: 1080 } })
    const errors = watchForErrors(page)
    await page.clock.install()
    await page.goto(`${app.server.url}story/${story.id}?autoplay=1&lang=zh`)
    await arrived(page, 1)
    await page.screenshot({ path: join(ARTIFACTS, 'story-bigscreen-1.png') })
    await page.clock.runFor(story.scenes[0]!.duration_s * 1000 + 100)
    await expect.poll(() => caption(page), poll).toBe(story.scenes[1]!.title_zh)
    await arrived(page, 2)
    await page.keyboard.press('x')
    await page.clock.runFor(60_000)
    expect(await caption(page)).toBe(story.scenes[1]!.title_zh)
    expect(await page.getByTestId('story-autoplay').textContent()).toBe('自动播放')
    await page.screenshot({ path: join(ARTIFACTS, 'story-bigscreen-2.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('once prepared, plays to the end with the network cut, without a failed request', async () => {
    const story = await demoStory()
    // Scenes jump instead of flying (the reader's reduced-motion setting): the flights are the projector test's.
    const context: BrowserContext = await app.browser.newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}story/${story.id}?lang=en`)
    await arrived(page, 1)
    await page.getByTestId('story-prepare-offline').click()
    const done = page.getByTestId('story-offline')
    await expect.poll(() => done.getAttribute('data-bytes'), { timeout: 120_000 }).toMatch(/^\d+$/)
    const bytes = Number(await done.getAttribute('data-bytes'))
    expect(bytes).toBeGreaterThan(100_000)
    writeFileSync(join(ARTIFACTS, 'story-offline.json'), JSON.stringify({ bytes, text: await done.textContent() }))
    await context.setOffline(true)
    await page.reload()
    await playWithKeys(page, story, 'offline')
    expect(await caption(page)).toBe(story.scenes.at(-1)!.title_en)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)

  it('prints the handout: one A4 landscape page per scene, in the story language', async () => {
    const story = await demoStory()
    const page = await sharedPage(1280, 900)
    const errors = watchForErrors(page)
    await page.goto(`${app.server.url}story/${story.id}/handout?lang=en`)
    await expect.poll(() => page.getByTestId('handout').getAttribute('data-ready'), { timeout: 120_000 }).toBe('true')
    expect(await page.getByTestId('handout-page').count()).toBe(story.scenes.length)
    await page.emulateMedia({ media: 'print' })
    const pdf = join(ARTIFACTS, 'story-handout.pdf')
    await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
    const info = execFileSync('pdfinfo', [pdf]).toString()
    expect(info).toMatch(new RegExp(`Pages:\\s+${story.scenes.length}\\b`))
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '2', '-l', '2', pdf, join(ARTIFACTS, 'story-handout')])
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)

  it('the big screen cycles land, the pipeline and the ranking for a signed-in viewer; the public is refused', async () => {
    const anonymous = await app.browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await anonymous.goto(`${app.server.url}bigscreen`)
    await anonymous.getByTestId('bigscreen-refused').waitFor()
    await anonymous.close()
    const page = await app.browser.newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })
    const errors = watchForErrors(page)
    await signInThroughPage(page, app.server.url, 'viewer', '')
    await page.goto(`${app.server.url}bigscreen?lang=en`)
    await arrived(page, 1)
    await page.screenshot({ path: join(ARTIFACTS, 'bigscreen-1.png') })
    for (const [n, figure] of [
      [2, 'Negotiating'],
      [3, '1.'],
    ] as const) {
      await page.keyboard.press('ArrowRight')
      await arrived(page, n)
      await expect.poll(() => page.getByTestId('story-figures').textContent(), poll).toContain(figure)
      await page.screenshot({ path: join(ARTIFACTS, `bigscreen-${n}.png`) })
    }
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)

  it('the map offers the stories under 路演', async () => {
    const page = await sharedPage(1280, 800)
    await page.goto(app.server.url)
    await page.getByTestId('roadshow-open').click()
    await expect.poll(() => page.getByTestId('roadshow-story').count(), poll).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'story-list.png') })
    await page.close()
  })
})
