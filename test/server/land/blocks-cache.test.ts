import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { cachedByLandRevision, displayedBlocks } from '../../../server/land/blocks-cache.js'
import { smallParkScenario } from '../../support/scenarios.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  await smallParkScenario(database.db)
})
afterAll(() => database?.close())

const editLand = () =>
  sql`UPDATE parcels SET location_desc = location_desc || '.' WHERE code = 'TP-02'`.execute(database.db)
const settle = () => new Promise((resolve) => setTimeout(resolve, 900))

describe('derived land answers under a burst of edits', () => {
  it('serve the last answer while the land changes and recompute once per burst', async () => {
    let computed = 0
    const compute = async () => ++computed
    const ask = () => cachedByLandRevision(database.db, 'burst', compute, { allowStale: true })
    expect(await ask()).toBe(1)
    expect(await ask()).toBe(1)
    for (let i = 0; i < 5; i++) {
      await editLand()
      expect(await ask()).toBe(1) // stale, at once
    }
    await settle()
    expect(computed).toBe(2)
    expect(await ask()).toBe(2)
  })

  it('are recomputed at once where a rule needs the current land', async () => {
    let computed = 0
    const ask = () => cachedByLandRevision(database.db, 'fresh', async () => ++computed)
    expect(await ask()).toBe(1)
    await editLand()
    expect(await ask()).toBe(2)
  })

  it('never show the public a parcel that has left the offer since the last answer', async () => {
    const filter = { statuses: ['available', 'reserve'] as const, audience: 'public' as const }
    const options = { gapM: 0, minMu: 0 }
    const before = await displayedBlocks(database.db, filter, options)
    expect(before.flatMap((b) => b.parcelCodes)).toContain('TP-01')
    await sql`UPDATE parcels SET published = false WHERE code = 'TP-01'`.execute(database.db)
    const stale = await displayedBlocks(database.db, filter, options)
    expect(stale.flatMap((b) => b.parcelCodes)).not.toContain('TP-01')
    await settle()
    expect((await displayedBlocks(database.db, filter, options)).flatMap((b) => b.parcelCodes)).not.toContain('TP-01')
  })
})
