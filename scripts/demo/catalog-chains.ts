import type { ChainTier } from '../../server/chains/chains.table.js'

export interface ChainSeed {
  key: string
  name: string
  nameEn: string
  chief: string
  chiefDepartment: string
  description: string
  segments: { key: string; name: string; nameEn: string; tier: ChainTier }[]
  /** Finer segments under a segment, still without local firms: the gaps the chief wants filled (补链). */
  subSegments: { key: string; name: string; nameEn: string; parent: string }[]
  /** Supplier → customer between segments. */
  links: [supplier: string, customer: string][]
  keyFigures: { label: string; label_en: string; value: string }[]
  /** Anchor firms (链主) named in the documents or invented for the demo. */
  masters: string[]
}

export const chainSeeds: readonly ChainSeed[] = [
  {
    key: 'wind_port',
    name: '风电及临港装备产业链',
    nameEn: 'Wind-power and port equipment',
    chief: '副县长（链长）',
    chiefDepartment: '县经信局',
    description: '以中船海装为链主，强链补链延链，做大临港装备核心产业总量。',
    masters: ['中船海装风电（象山）有限公司'],
    segments: [
      { key: 'steel_castings', name: '钢材与铸锻件', nameEn: 'Steel, castings and forgings', tier: 'upstream' },
      { key: 'bearings_gears', name: '轴承与齿轮箱', nameEn: 'Bearings and gearboxes', tier: 'upstream' },
      { key: 'blades', name: '叶片与复合材料', nameEn: 'Blades and composites', tier: 'upstream' },
      { key: 'turbines', name: '整机制造', nameEn: 'Turbine assembly', tier: 'midstream' },
      { key: 'towers', name: '塔筒与基础', nameEn: 'Towers and foundations', tier: 'midstream' },
      { key: 'port_cranes', name: '港口机械', nameEn: 'Port cranes and machinery', tier: 'midstream' },
      { key: 'om_services', name: '运维与安装服务', nameEn: 'Installation and O&M services', tier: 'downstream' },
    ],
    subSegments: [
      { key: 'main_bearings', name: '主轴承', nameEn: 'Main bearings', parent: 'bearings_gears' },
      { key: 'subsea_cables', name: '海缆', nameEn: 'Subsea cables', parent: 'om_services' },
    ],
    links: [
      ['steel_castings', 'bearings_gears'],
      ['steel_castings', 'towers'],
      ['steel_castings', 'port_cranes'],
      ['bearings_gears', 'turbines'],
      ['blades', 'turbines'],
      ['turbines', 'om_services'],
      ['towers', 'om_services'],
      ['main_bearings', 'turbines'],
    ],
    keyFigures: [
      { label: '规上产值', label_en: 'Output of large firms', value: '186亿元' },
      { label: '链上企业', label_en: 'Firms on the chain', value: '54家' },
      { label: '年度招引目标', label_en: 'Target this year', value: '12个' },
    ],
  },
  {
    key: 'nev_parts',
    name: '新能源汽车及零部件产业链',
    nameEn: 'New-energy vehicles and parts',
    chief: '副区长（链长）',
    chiefDepartment: '区经信局',
    description: '整车带动电池、电机、电控及汽车电子配套集聚。',
    masters: ['吉利汽车杭州湾基地（示例）'],
    segments: [
      { key: 'battery_materials', name: '电池材料', nameEn: 'Battery materials', tier: 'upstream' },
      { key: 'castings_parts', name: '压铸件与结构件', nameEn: 'Die castings and structural parts', tier: 'upstream' },
      { key: 'battery_cells', name: '动力电池', nameEn: 'Power batteries', tier: 'midstream' },
      { key: 'motors_controls', name: '电机电控', nameEn: 'Motors and controllers', tier: 'midstream' },
      { key: 'auto_electronics', name: '汽车电子', nameEn: 'Automotive electronics', tier: 'midstream' },
      { key: 'vehicle_assembly', name: '整车制造', nameEn: 'Vehicle assembly', tier: 'downstream' },
      { key: 'charging', name: '充换电服务', nameEn: 'Charging and battery swapping', tier: 'downstream' },
    ],
    subSegments: [
      { key: 'solid_state', name: '固态电池', nameEn: 'Solid-state batteries', parent: 'battery_cells' },
      { key: 'lidar', name: '激光雷达', nameEn: 'Lidar', parent: 'auto_electronics' },
    ],
    links: [
      ['battery_materials', 'battery_cells'],
      ['castings_parts', 'vehicle_assembly'],
      ['battery_cells', 'vehicle_assembly'],
      ['motors_controls', 'vehicle_assembly'],
      ['auto_electronics', 'vehicle_assembly'],
      ['battery_cells', 'charging'],
      ['solid_state', 'vehicle_assembly'],
      ['lidar', 'vehicle_assembly'],
    ],
    keyFigures: [
      { label: '整车产能', label_en: 'Vehicle capacity', value: '60万辆/年' },
      { label: '配套率', label_en: 'Local sourcing', value: '38%' },
      { label: '年度招引目标', label_en: 'Target this year', value: '15个' },
    ],
  },
  {
    key: 'new_materials',
    name: '新材料产业链',
    nameEn: 'New materials',
    chief: '副县长（链长）',
    chiefDepartment: '县科技局',
    description: '功能材料、石墨烯与储能材料，招引红狮海工材料、盛远石墨烯等项目。',
    masters: ['日新铸业（示例）'],
    segments: [
      { key: 'raw_chemicals', name: '基础化工原料', nameEn: 'Basic chemicals', tier: 'upstream' },
      { key: 'graphene', name: '石墨烯', nameEn: 'Graphene', tier: 'midstream' },
      { key: 'functional_materials', name: '功能材料', nameEn: 'Functional materials', tier: 'midstream' },
      { key: 'marine_materials', name: '海工材料', nameEn: 'Marine engineering materials', tier: 'midstream' },
      { key: 'storage_materials', name: '储能材料', nameEn: 'Energy-storage materials', tier: 'downstream' },
      { key: 'applications', name: '下游应用', nameEn: 'Downstream applications', tier: 'downstream' },
    ],
    subSegments: [{ key: 'graphene_film', name: '石墨烯导热膜', nameEn: 'Graphene thermal film', parent: 'graphene' }],
    links: [
      ['raw_chemicals', 'graphene'],
      ['raw_chemicals', 'functional_materials'],
      ['raw_chemicals', 'marine_materials'],
      ['graphene', 'storage_materials'],
      ['functional_materials', 'applications'],
      ['marine_materials', 'applications'],
      ['storage_materials', 'applications'],
      ['graphene_film', 'applications'],
    ],
    keyFigures: [
      { label: '规上产值', label_en: 'Output of large firms', value: '92亿元' },
      { label: '研发投入强度', label_en: 'R&D intensity', value: '3.1%' },
      { label: '年度招引目标', label_en: 'Target this year', value: '8个' },
    ],
  },
]
