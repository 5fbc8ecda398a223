import { describe, expect, it } from 'vitest'
import { type TileAddress, tileContaining } from '../../../server/tiles/tile-coords.js'
import { tileLayers } from '../../../server/tiles/tiles.service.js'
import { useAccessApp } from '../../support/access-app.js'
import { CANARY } from '../../support/access-scenario.js'
import { call, signIn } from '../../support/sessions.js'
import { decodeAllLayers, pointsOnParcels } from '../../support/tiles.js'

const env = useAccessApp()
const ZOOMS = [0, 4, 8, 10, 12, 13, 14, 15, 16, 17, 18, 20, 22]

/** Every tile at every zoom that holds some parcel's centre, published or not. */
async function tilesOverAllLand(): Promise<TileAddress[]> {
  const tiles = new Map<string, TileAddress>()
  for (const [lon, lat] of await pointsOnParcels(env.database.db)) {
    for (const z of ZOOMS) {
      const tile = tileContaining(lon, lat, z)
      tiles.set(`${z}/${tile.x}/${tile.y}`, tile)
    }
  }
  return [...tiles.values()]
}

describe('anonymous tiles, decoded, hold nothing confidential', () => {
  it('no unpublished parcel, no staff field and no canary, at any zoom over any land', async () => {
    const published = new Set(
      (await env.database.db.selectFrom('parcels').select('id').where('published', '=', true).execute()).map(
        (r) => r.id,
      ),
    )
    const tiles = await tilesOverAllLand()
    const leaks: string[] = []
    let features = 0
    for (const layer of tileLayers) {
      for (const { z, x, y } of tiles) {
        const res = await env.app.request(`/api/tiles/${layer}/${z}/${x}/${y}.mvt`)
        expect(res.status).toBe(200)
        for (const feature of decodeAllLayers(await res.arrayBuffer())) {
          features++
          const carried = JSON.stringify([Object.keys(feature.properties), Object.values(feature.properties)])
          if (!published.has(feature.id!)) leaks.push(`${layer} ${z}/${x}/${y}: unpublished parcel ${feature.id}`)
          if (carried.includes(CANARY)) leaks.push(`${layer} ${z}/${x}/${y}: ${carried}`)
          for (const key of ['published', 'idle_category', 'contact', 'area_mismatch', 'version'])
            if (key in feature.properties) leaks.push(`${layer} ${z}/${x}/${y}: staff field ${key}`)
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
  })
})
