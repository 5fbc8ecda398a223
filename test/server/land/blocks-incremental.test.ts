import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { type BlockOptions, computeBlocks, lastBlocksRun } from '../../../server/land/blocks.js'
import type { BlockFilter } from '../../../server/land/blocks.repo.js'
import { insertParcels, type NewParcel } from '../../../server/land/parcels.repo.js'
import { insertRegions } from '../../../server/regions/regions.repo.js'
import { squareJson } from '../../support/scenarios.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
const SIDE = 0.002 // about 190 m × 222 m: some 64 mu a parcel

/** Three rows of five touching parcels, far apart: three blocks of about 320 mu. */
async function threeRows(db: OpenDatabase['db']) {
  await db.transaction().execute(async (trx) => {
    const regions = await insertRegions(trx, [
      {
        code: 'inc',
        name: '增量区',
        nameEn: 'Increment District',
        city: '测试市',
        level: 'district',
        labelPoint: [121.05, 30.05],
        geometryJson: squareJson(121, 30, 0.1),
      },
    ])
    const parcels: NewParcel[] = [0, 1, 2].flatMap((row) =>
      [0, 1, 2, 3, 4].map((col) => ({
        code: `R${row}-${col}`,
        land_use_code: '100101',
        land_use_name: '一类工业用地',
        location_desc: '测试',
        status: 'available' as const,
        published: true,
        is_net_land: true,
        is_standard_land: false,
        utilities: [],
        region_id: regions.get('增量区')!,
        geometryJson: squareJson(121.01 + col * SIDE, 30.01 + row * 0.01, SIDE),
      })),
    )
    await insertParcels(trx, parcels)
  })
}

beforeAll(async () => {
  database = await createTestDatabase()
  await threeRows(database.db)
})
afterAll(() => database?.close())

const filter: BlockFilter = { statuses: ['available', 'reserve'], audience: 'staff' }
const options: BlockOptions = { gapM: 0, minMu: 100 }
const blocks = () => computeBlocks(database.db, filter, options)
/** A transaction is a handle of its own: it computes everything from scratch, the reference for the increments. */
const fromScratch = () => database.db.transaction().execute((trx) => computeBlocks(trx, filter, options))
const comparable = (found: Awaited<ReturnType<typeof blocks>>) =>
  found.map((b) => ({
    id: b.id,
    codes: b.parcelCodes,
    mu: b.totalMu,
    geometry: b.geometry,
    width: b.widthM,
    length: b.lengthM,
    compactness: b.compactness,
  }))

describe('blocks after an edit', () => {
  it('are measured in full the first time, and not at all when nothing changed', async () => {
    expect((await blocks()).map((b) => b.parcelCodes.length)).toEqual([5, 5, 5])
    expect(lastBlocksRun(database.db, filter, options)).toMatchObject({
      mode: 'full',
      outlinesMeasured: 15,
      shapesComputed: 3,
    })
    await blocks()
    expect(lastBlocksRun(database.db, filter, options)).toEqual({
      mode: 'unchanged',
      outlinesMeasured: 0,
      shapesComputed: 0,
    })
  })

  it('measure only the moved parcel’s neighbourhood and dissolve only the blocks it split, with the same answer as from scratch', async () => {
    await sql`UPDATE parcels SET geom = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${squareJson(121.08, 30.08, SIDE)}), 4326)) WHERE code = 'R1-2'`.execute(
      database.db,
    )
    const after = await blocks()
    expect(lastBlocksRun(database.db, filter, options)).toEqual({
      mode: 'incremental',
      outlinesMeasured: 1,
      shapesComputed: 2,
    })
    expect(after.map((b) => b.parcelCodes)).toEqual(
      expect.arrayContaining([
        ['R1-0', 'R1-1'],
        ['R1-3', 'R1-4'],
      ]),
    )
    expect(comparable(after)).toEqual(comparable(await fromScratch()))
  })

  it('re-dissolve a block whose member was edited, and shrink one whose member left the offer', async () => {
    await sql`UPDATE parcels SET start_price = 31 WHERE code = 'R0-0'`.execute(database.db)
    await sql`UPDATE parcels SET status = 'supplied' WHERE code = 'R2-4'`.execute(database.db)
    const after = await blocks()
    expect(lastBlocksRun(database.db, filter, options)).toMatchObject({ mode: 'incremental', shapesComputed: 2 })
    expect(after.find((b) => b.parcelCodes.includes('R2-0'))!.parcelCodes).toEqual(['R2-0', 'R2-1', 'R2-2', 'R2-3'])
    expect(comparable(after)).toEqual(comparable(await fromScratch()))
  })

  it('join a parcel moved back between its old neighbours', async () => {
    await sql`UPDATE parcels SET geom = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${squareJson(121.01 + 2 * SIDE, 30.02, SIDE)}), 4326)) WHERE code = 'R1-2'`.execute(
      database.db,
    )
    const after = await blocks()
    expect(lastBlocksRun(database.db, filter, options)).toMatchObject({
      mode: 'incremental',
      outlinesMeasured: 3,
      shapesComputed: 1,
    })
    expect(after.find((b) => b.parcelCodes.includes('R1-2'))!.parcelCodes).toEqual([
      'R1-0',
      'R1-1',
      'R1-2',
      'R1-3',
      'R1-4',
    ])
    expect(comparable(after)).toEqual(comparable(await fromScratch()))
  })
})
