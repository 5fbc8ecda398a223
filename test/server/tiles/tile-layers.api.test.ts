import { beforeAll, describe, expect, it } from 'vitest'
import { type TileAddress, tileContaining } from '../../../server/tiles/tile-coords.js'
import { useAccessApp } from '../../support/access-app.js'
import { CANARY } from '../../support/access-scenario.js'
import { call, signIn, type TestSession } from '../../support/sessions.js'
import { addContext, decodeLayer } from '../../support/tiles.js'

const env = useAccessApp()
let planner: TestSession
let viewer: TestSession

const at = (z: number): TileAddress => tileContaining(121.014, 30.012, z) // TP-01 and TP-SECRET meet here
const path = (layer: string, { z, x, y }: TileAddress) => `/api/tiles/${layer}/${z}/${x}/${y}.mvt`

async function features(session: TestSession | null, layer: string, tile: TileAddress) {
  const res = await call(env.app, session, 'GET', path(layer, tile))
  expect(res.status, `${layer} ${res.status}`).toBe(200)
  return decodeLayer(await res.arrayBuffer(), layer)
}

beforeAll(async () => {
  planner = await signIn(env.app, 'planner')
  viewer = await signIn(env.app, 'viewer')
  await addContext(env.database.db)
})

describe('block tiles', () => {
  it('give staff the block that the unpublished parcel completes, and the public no block at all', async () => {
    for (const z of [10, 14, 16]) {
      const staff = await features(planner, 'blocks', at(z))
      expect(staff).toHaveLength(1)
      expect(staff[0]!.type).toBe(3)
      expect(staff[0]!.properties).toMatchObject({ parcel_count: 2, sell_whole: false, net_land_throughout: true })
      expect(Number(staff[0]!.properties.total_mu)).toBeGreaterThan(100)
      expect(await features(null, 'blocks', at(z))).toEqual([])
    }
  })

  it('number blocks as /api/blocks does and carry its figures', async () => {
    const listed = (await (await call(env.app, planner, 'GET', '/api/blocks?min_mu=100')).json()) as {
      features: { id: number; properties: { block_id: string; total_mu: number } }[]
    }
    const [tiled] = await features(planner, 'blocks', at(15))
    expect(listed.features).toHaveLength(1)
    expect(tiled!.id).toBe(listed.features[0]!.id)
    expect(tiled!.properties).toMatchObject({
      block_id: listed.features[0]!.properties.block_id,
      total_mu: listed.features[0]!.properties.total_mu,
    })
  })
})

describe('firm and project tiles', () => {
  it('give the public existing firms only, and staff the targets with their staff fields', async () => {
    const tile = at(10) // holds both firms
    const names = (list: { properties: Record<string, unknown> }[]) => list.map((f) => f.properties.name).sort()
    const publicFirms = await features(null, 'enterprises', tile)
    expect(names(publicFirms)).toEqual(['已落地叶片厂'])
    expect(JSON.stringify(publicFirms.map((f) => f.properties))).not.toContain(CANARY)
    expect(Object.keys(publicFirms[0]!.properties)).not.toContain('status')
    const staffFirms = await features(planner, 'enterprises', tile)
    expect(staffFirms).toHaveLength(2)
    expect(staffFirms.find((f) => f.properties.status === 'target')?.properties.name).toContain(CANARY)
    expect(staffFirms.every((f) => f.type === 1)).toBe(true)
  })

  it('refuse projects to the public and give them to staff, privately', async () => {
    const tile = at(12)
    const refused = await call(env.app, null, 'GET', path('projects', tile))
    expect(refused.status).toBe(401)
    expect(await refused.text()).not.toContain(CANARY)
    const res = await call(env.app, viewer, 'GET', path('projects', tile))
    expect(res.headers.get('cache-control')).toBe('private, no-cache')
    const [project] = decodeLayer(await res.arrayBuffer(), 'projects')
    expect(project!.properties).toMatchObject({ stage: 'negotiating', land_need_mu: 88.8 })
  })
})

describe('context tiles', () => {
  it('draw roads, with minor roads only from z12, and water, for anyone alike', async () => {
    const kinds = (list: { properties: Record<string, unknown> }[]) => list.map((f) => f.properties.kind).sort()
    expect(kinds(await features(null, 'context', at(11)))).toEqual(['road_major', 'water'])
    const near = await features(null, 'context', at(14))
    expect(kinds(near)).toEqual(['road_major', 'road_minor', 'water'])
    expect(near.find((f) => f.properties.kind === 'water')!.type).toBe(3)
    expect(near.find((f) => f.properties.kind === 'road_major')!.properties).toMatchObject({
      name: '测试大道',
      name_en: 'Test Avenue',
      is_demo: false,
    })
    const res = await call(env.app, planner, 'GET', path('context', at(14)))
    expect(res.headers.get('cache-control')).toBe('public, max-age=60')
  })
})
