import { afterAll, beforeAll } from 'vitest'
import type { Db } from '../../server/db/database.js'
import type { OpenDatabase } from '../../server/db/open-database.js'
import { insertRegions } from '../../server/regions/regions.repo.js'
import { squareJson } from './scenarios.js'
import { createTestDatabase } from './test-database.js'

/** 鄞州区 as a 0.3° square around 宁波's east: the district imported land lands in (the CGCS2000 120°E zone, 1.5° east). */
export function importScenario(db: Db) {
  return insertRegions(db, [
    {
      code: 'nb-yz',
      name: '鄞州区',
      nameEn: 'Yinzhou',
      city: '宁波市',
      level: 'district',
      labelPoint: [121.55, 29.8],
      geometryJson: squareJson(121.4, 29.7, 0.3),
    },
  ])
}

/** For a test file of imports: a freshly migrated database holding 鄞州区, opened before its tests and closed after. */
export function useImportDatabase(): { readonly database: OpenDatabase } {
  const holder: { database: OpenDatabase } = { database: undefined as unknown as OpenDatabase }
  beforeAll(async () => {
    holder.database = await createTestDatabase()
    await importScenario(holder.database.db)
  }, 120_000)
  afterAll(() => holder.database?.close())
  return holder
}
