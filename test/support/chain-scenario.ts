import { insertChains, insertEnterprises } from '../../server/chains/chains.repo.js'
import type { Db } from '../../server/db/database.js'
import { smallParkScenario } from './scenarios.js'

/**
 * The small park (its industries include wind_port) with a five-segment chain: steel and gears (with main bearings
 * under gears) upstream, turbines midstream, service downstream; links steel → turbines, gears → turbines,
 * turbines → service. Two steel firms, one turbine maker (链主), one target firm to attract for service.
 */
export async function chainScenario(db: Db) {
  const base = await smallParkScenario(db)
  return db.transaction().execute(async (trx) => {
    const { chainIds, segmentIds } = await insertChains(trx, [
      {
        key: 'wind_port',
        name: '风电装备',
        name_en: 'Wind power',
        description: '',
        key_figures: JSON.stringify([{ label: '产值', label_en: 'Output', value: '10亿元' }]),
        segments: [
          { key: 'steel', name: '钢材', name_en: 'Steel', tier: 'upstream', sort: 0 },
          { key: 'gears', name: '齿轮箱', name_en: 'Gears', tier: 'upstream', sort: 1 },
          { key: 'turbines', name: '整机', name_en: 'Turbines', tier: 'midstream', sort: 2 },
          { key: 'service', name: '运维', name_en: 'Service', tier: 'downstream', sort: 3 },
          {
            key: 'main_bearings',
            name: '主轴承',
            name_en: 'Main bearings',
            tier: 'upstream',
            sort: 4,
            parentKey: 'gears',
          },
        ],
        links: [
          { supplier: 'steel', customer: 'turbines' },
          { supplier: 'gears', customer: 'turbines' },
          { supplier: 'turbines', customer: 'service' },
        ],
      },
    ])
    const chainId = chainIds.get('wind_port')!
    const segment = (key: string) => segmentIds.get(`wind_port/${key}`)!
    const firm = {
      name_en: '',
      chain_id: chainId,
      region_id: base.regionId,
      park_id: base.parkId,
      flags: [],
      is_chain_master: false,
      status: 'existing' as const,
    }
    await insertEnterprises(trx, [
      { ...firm, name: '钢厂甲', segment_id: segment('steel'), lonLat: [121.012, 30.014] },
      { ...firm, name: '钢厂乙', segment_id: segment('steel'), lonLat: [121.014, 30.016] },
      {
        ...firm,
        name: '整机厂',
        segment_id: segment('turbines'),
        is_chain_master: true,
        flags: ['chain_master'],
        lonLat: [121.02, 30.012],
      },
      {
        ...firm,
        name: '运维目标企业',
        segment_id: segment('service'),
        status: 'target',
        origin: '上海',
        contact_stage: '已拜访',
        contact: '张经理 138',
        park_id: null,
        lonLat: null,
      },
    ])
    const firms = new Map(
      (await trx.selectFrom('enterprises').select(['id', 'name']).execute()).map((r) => [r.name, r.id]),
    )
    return { ...base, chainId, segment, firms }
  })
}
