import { describe, expect, it } from 'vitest'
import { type TileAddress, tileContaining } from '../../../server/tiles/tile-coords.js'
import { tileLayers } from '../../../server/tiles/tile-layers.js'
import { useAccessApp } from '../../support/access-app.js'
import { CANARY } from '../../support/access-scenario.js'
import { call, signIn } from '../../support/sessions.js'
import { addContext, decodeAllLayers, pointsOnParcels } from '../../support/tiles.js'

const env = useAccessApp()
const ZOOMS = [0, 4, 8, 10, 12, 13, 14, 15, 16, 17, 18, 20, 22]

/** Every tile at every zoom that holds some parcel's centre (published or not), a firm or a project. */
async function tilesOverAllLand(): Promise<TileAddress[]> {
  const tiles = new Map<string, TileAddress>()
  const points: [number, number][] = [
    ...(await pointsOnParcels(env.database.db)),
    [121.02, 30.02],
    [121.03, 30.03],
    [121.015, 30.015],
  ]
  for (const [lon, lat] of points) {
    for (const z of ZOOMS) {
      const tile = tileContaining(lon, lat, z)
      tiles.set(`${z}/${tile.x}/${tile.y}`, tile)
    }
  }
  return [...tiles.values()]
}

describe('anonymous tiles, decoded, hold nothing confidential', () => {
  it('no unpublished parcel or block, no target, no project, no staff field and no canary, at any zoom', async () => {
    await addContext(env.database.db)
    const published = new Set(
      (await env.database.db.selectFrom('parcels').select('id').where('published', '=', true).execute()).map(
        (r) => r.id,
      ),
    )
    const publicBlocks = new Set(
      ((await (await env.app.request('/api/blocks?min_mu=100')).json()) as { features: { id: number }[] }).features.map(
        (f) => f.id,
      ),
    )
    const tiles = await tilesOverAllLand()
    const leaks: string[] = []
    let features = 0
    for (const layer of tileLayers) {
      for (const { z, x, y } of tiles) {
        const res = await env.app.request(`/api/tiles/${layer}/${z}/${x}/${y}.mvt`)
        const where = `${layer} ${z}/${x}/${y}`
        if (layer === 'projects') {
          expect(res.status).toBe(401)
          if ((await res.text()).includes(CANARY)) leaks.push(`${where}: the refusal names a project`)
          continue
        }
        expect(res.status).toBe(200)
        for (const feature of decodeAllLayers(await res.arrayBuffer())) {
          features++
          const carried = JSON.stringify([Object.keys(feature.properties), Object.values(feature.properties)])
          if (layer === 'parcels' && !published.has(feature.id!))
            leaks.push(`${where}: unpublished parcel ${feature.id}`)
          if (layer === 'blocks' && !publicBlocks.has(feature.id!)) leaks.push(`${where}: staff block ${feature.id}`)
          if (carried.includes(CANARY)) leaks.push(`${where}: ${carried}`)
          for (const key of [
            'published',
            'idle_category',
            'contact',
            'area_mismatch',
            'version',
            'status',
            'contact_stage',
          ])
            if (key in feature.properties && !(layer === 'parcels' && key === 'status'))
              leaks.push(`${where}: staff field ${key}`)
        }
      }
    }
    expect(leaks).toEqual([])
    expect(features).toBeGreaterThanOrEqual(published.size)
  })

  it('the crawl could find a leak: a planner’s tiles do hold the unpublished parcel and its staff fields', async () => {
    const planner = await signIn(env.app, 'planner')
    const tiles = await tilesOverAllLand()
    let seen = ''
    for (const { z, x, y } of tiles.filter((t) => t.z === 16)) {
      const res = await call(env.app, planner, 'GET', `/api/tiles/parcels/${z}/${x}/${y}.mvt`)
      for (const feature of decodeAllLayers(await res.arrayBuffer())) seen += JSON.stringify(feature.properties)
    }
    expect(seen).toContain('"code":"TP-SECRET"')
    expect(seen).toContain('"published":false')
    const staffBlocks = await Promise.all(
      tiles
        .filter((t) => t.z === 14)
        .map(async ({ z, x, y }) => call(env.app, planner, 'GET', `/api/tiles/blocks/${z}/${x}/${y}.mvt`)),
    )
    const blocksSeen = await Promise.all(staffBlocks.map(async (r) => decodeAllLayers(await r.arrayBuffer()).length))
    expect(blocksSeen.some((n) => n > 0)).toBe(true)
  })
})
