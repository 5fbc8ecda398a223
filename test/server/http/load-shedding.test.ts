import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { handleError } from '../../../server/http/error-handler.js'
import { shedLoad } from '../../../server/http/load-shedding.js'

/** An app whose one route holds each request until the test lets it go. */
function heldApp(limits: { concurrent: number; queued: number; waitMs: number }) {
  const releases: (() => void)[] = []
  const app = new Hono()
  app.onError(handleError)
  app.use('*', shedLoad(limits))
  app.get('/work', async (c) => {
    await new Promise<void>((resolve) => releases.push(resolve))
    return c.text('done')
  })
  return {
    app,
    releaseAll: () => {
      for (const release of releases.splice(0)) release()
    },
    held: () => releases.length,
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('shedLoad', () => {
  it('answers 503 with Retry-After at once when the queue is full, never hanging', async () => {
    const { app, releaseAll, held } = heldApp({ concurrent: 1, queued: 2, waitMs: 60_000 })
    const first = app.request('/work')
    const waiting = [app.request('/work'), app.request('/work')]
    await tick()
    const started = performance.now()
    const refused = await app.request('/work')
    expect(performance.now() - started).toBeLessThan(100)
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('2')
    expect(((await refused.json()) as { code: string }).code).toBe('busy')
    expect(held()).toBe(1)
    for (let i = 0; i < 3; i++) {
      releaseAll()
      await tick()
    }
    expect((await Promise.all([first, ...waiting])).map((r) => r.status)).toEqual([200, 200, 200])
  })

  it('refuses a request that waited too long for its turn, and never cuts off one that started', async () => {
    const { app, releaseAll } = heldApp({ concurrent: 1, queued: 10, waitMs: 150 })
    const running = app.request('/work')
    await tick()
    const waited = await app.request('/work')
    expect(waited.status).toBe(503)
    releaseAll()
    expect((await running).status).toBe(200)
  })
})
