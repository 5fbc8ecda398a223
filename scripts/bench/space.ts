/**
 * 载体 benchmark (issue 22): about 20 000 units (ten a building) in 2 000 buildings. Times GET /api/units (a filtered search, the public's)
 * and POST /api/recommend with need=space (3 000–4 500 ㎡ on the ground floor, 5 t/㎡, a 10 t crane), p50 and p95,
 * against the same SQL run bare in the same run (the count and page of the search; every vacant unit's facts plus
 * the presentation of the units shown). Run: npm run bench:space [-- BUILDINGS RUNS]
 */

import { createApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import { insertRegions } from '../../server/regions/regions.repo.js'
import { unitListQuerySchema } from '../../server/space/space-query.schema.js'
import { offeredUnits, presentUnits } from '../../server/space/space-recommend.repo.js'
import { countUnits, searchUnits } from '../../server/space/units.repo.js'
import { type DemoUnit, factoryUnits, officeUnits, smallFirmUnits, unitRowOf } from '../demo/generate-units.js'
import { createRandom } from '../demo/random.js'
import { openBenchDatabase } from './bench-database.js'
import { percentile, samples } from './timed.js'

const BUILDINGS = Number(process.argv[2] ?? 2000)
const RUNS = Number(process.argv[3] ?? 41)
const SEARCH = 'min_m2=1000&max_m2=3000&min_floor_load=20&ground_floor=true&sort=rent&limit=100'
const NEED = { need: 'space', min_m2: 3000, max_m2: 4500, ground_floor: true, min_floor_load: 49, min_crane_t: 10 }

type BenchDatabase = Awaited<ReturnType<typeof openBenchDatabase>>
const KINDS = ['standard_factory', 'small_firm_park', 'office'] as const

/** One district, 121–122°E 29–30°N, that every bench building belongs to. */
async function insertBenchRegion(database: BenchDatabase): Promise<number> {
  const ring = [
    [121, 29],
    [122, 29],
    [122, 30],
    [121, 30],
    [121, 29],
  ]
  const regions = await insertRegions(database.db, [
    {
      code: 'bench',
      name: '基准区',
      nameEn: 'Bench',
      city: '基准市',
      level: 'district',
      labelPoint: [121.5, 29.5],
      geometryJson: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
    },
  ])
  return regions.get('基准区')!
}

/** Reserved units would need projects: a bench unit is on offer or let. */
const unitRow = (buildingId: number, u: DemoUnit) => ({
  ...unitRowOf(buildingId, u),
  status: u.status === 'vacant' ? ('vacant' as const) : ('let' as const),
  tenant: null,
})

/** Buildings on a grid from 121°E 29°N, one kind in three of each, ten units each from the demo's generators. */
async function generateSpace(database: BenchDatabase) {
  const regionId = await insertBenchRegion(database)
  const random = createRandom(22)
  const side = Math.ceil(Math.sqrt(BUILDINGS))
  for (let start = 0; start < BUILDINGS; start += 200) {
    const batch = Array.from({ length: Math.min(200, BUILDINGS - start) }, (_, k) => start + k)
    const rows = await database.db
      .insertInto('buildings')
      .values(
        batch.map((i) => ({
          code: `B${i}`,
          name: `楼${i}`,
          kind: KINDS[i % 3]!,
          region_id: regionId,
          published: true,
          geom: `SRID=4326;POINT(${121 + (i % side) * 0.02} ${29 + Math.floor(i / side) * 0.02})`,
        })),
      )
      .returning(['id', 'kind'])
      .execute()
    const units = rows.flatMap((b) =>
      unitsFor(b.kind, random)
        .slice(0, 10)
        .map((u) => unitRow(b.id, u)),
    )
    await database.db.insertInto('building_units').values(units).execute()
  }
}

/** A factory is two wings: one of any size, one with 3 200 ㎡ floors (the need the bench asks for). */
const unitsFor = (kind: string, random: ReturnType<typeof createRandom>) =>
  kind === 'standard_factory'
    ? factoryUnits(random, 4, random.int(200, 450) * 10, 0.5).concat(
        factoryUnits(random, 4, 3200, 0.5).map((u) => ({ ...u, code: `W2-${u.code}` })),
      )
    : kind === 'small_firm_park'
      ? smallFirmUnits(random, 3, 0.5)
      : officeUnits(random, 'office', 24, 0.5)

function apiCalls(database: BenchDatabase) {
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    config: loadConfig({ ...process.env, DEMO: '0' }),
    now: () => new Date('2026-11-22T04:00:00Z'),
  })
  const expectOk = async (res: Response) => {
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`)
    return res.json() as Promise<{ total?: number; considered?: number; candidates?: { unit_ids: number[] }[] }>
  }
  return {
    search: async () => expectOk(await app.request(`/api/units?${SEARCH}`)),
    recommend: async () =>
      expectOk(
        await app.request('/api/recommend', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(NEED),
        }),
      ),
  }
}

const unitCount = async (database: BenchDatabase) =>
  (
    await database.db
      .selectFrom('building_units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n

async function main() {
  const database = await openBenchDatabase({ statementTimeoutMs: 600_000 })
  try {
    const started = performance.now()
    await generateSpace(database)
    const loadMs = performance.now() - started
    const api = apiCalls(database)
    const first = { search: await api.search(), recommend: await api.recommend() }
    const query = unitListQuerySchema.parse(Object.fromEntries(new URLSearchParams(SEARCH)))
    const shown = first.recommend.candidates!.flatMap((c) => c.unit_ids)
    const bare = {
      search: () => Promise.all([countUnits(database.db, query, 'public'), searchUnits(database.db, query, 'public')]),
      recommend: async () =>
        presentUnits(database.db, shown.length > 0 ? shown : [1], 'public').then(() =>
          offeredUnits(database.db, 'public'),
        ),
    }
    const runs = {
      searchBare: await samples(RUNS, bare.search),
      searchApi: await samples(RUNS, api.search),
      recommendBare: await samples(RUNS, bare.recommend),
      recommendApi: await samples(RUNS, api.recommend),
    }
    console.log(
      `database: ${database.kind}; ${BUILDINGS} buildings, ${first.recommend.considered} vacant units of ${await unitCount(database)} (inserted in ${(loadMs / 1000).toFixed(1)} s)`,
    )
    console.log(
      `search ${SEARCH}: ${first.search.total} matches; need 3 000–4 500 ㎡ ground floor, 49 kN/㎡, crane 10 t: ${first.recommend.candidates!.length} options`,
    )
    for (const [name, api, ref] of [
      ['GET /api/units', runs.searchApi, runs.searchBare],
      ['POST /api/recommend need=space', runs.recommendApi, runs.recommendBare],
    ] as const)
      console.log(
        `${name}: p50 ${percentile(api, 50).toFixed(1)} ms, p95 ${percentile(api, 95).toFixed(1)} ms; the same SQL bare p50 ${percentile(ref, 50).toFixed(1)} ms, p95 ${percentile(ref, 95).toFixed(1)} ms; ratio p95 ${(percentile(api, 95) / percentile(ref, 95)).toFixed(2)}× (${RUNS} runs)`,
      )
  } finally {
    await database.close()
  }
}

await main()
