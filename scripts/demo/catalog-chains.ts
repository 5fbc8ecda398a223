import type { ChainTier } from '../../server/chains/chains.table.js'

export interface ChainSeed {
  key: string
  name: string
  nameEn: string
  chief: string
  chiefDepartment: string
  description: string
  segments: { key: string; name: string; nameEn: string; tier: ChainTier }[]
  /** Anchor firms (链主) named in the documents or invented for the demo. */
  masters: string[]
}

export const chainSeeds: readonly ChainSeed[] = [
  {
    key: 'wind_port', name: '风电及临港装备产业链', nameEn: 'Wind-power and port equipment', chief: '副县长（链长）', chiefDepartment: '县经信局',
    description: '以中船海装为链主，强链补链延链，做大临港装备核心产业总量。', masters: ['中船海装风电（象山）有限公司'],
    segments: [
      { key: 'steel_castings', name: '钢材与铸锻件', nameEn: 'Steel, castings and forgings', tier: 'upstream' },
      { key: 'bearings_gears', name: '轴承与齿轮箱', nameEn: 'Bearings and gearboxes', tier: 'upstream' },
      { key: 'blades', name: '叶片与复合材料', nameEn: 'Blades and composites', tier: 'upstream' },
      { key: 'turbines', name: '整机制造', nameEn: 'Turbine assembly', tier: 'midstream' },
      { key: 'towers', name: '塔筒与基础', nameEn: 'Towers and foundations', tier: 'midstream' },
      { key: 'port_cranes', name: '港口机械', nameEn: 'Port cranes and machinery', tier: 'midstream' },
      { key: 'om_services', name: '运维与安装服务', nameEn: 'Installation and O&M services', tier: 'downstream' },
    ],
  },
  {
    key: 'nev_parts', name: '新能源汽车及零部件产业链', nameEn: 'New-energy vehicles and parts', chief: '副区长（链长）', chiefDepartment: '区经信局',
    description: '整车带动电池、电机、电控及汽车电子配套集聚。', masters: ['吉利汽车杭州湾基地（示例）'],
    segments: [
      { key: 'battery_materials', name: '电池材料', nameEn: 'Battery materials', tier: 'upstream' },
      { key: 'castings_parts', name: '压铸件与结构件', nameEn: 'Die castings and structural parts', tier: 'upstream' },
      { key: 'battery_cells', name: '动力电池', nameEn: 'Power batteries', tier: 'midstream' },
      { key: 'motors_controls', name: '电机电控', nameEn: 'Motors and controllers', tier: 'midstream' },
      { key: 'auto_electronics', name: '汽车电子', nameEn: 'Automotive electronics', tier: 'midstream' },
      { key: 'vehicle_assembly', name: '整车制造', nameEn: 'Vehicle assembly', tier: 'downstream' },
      { key: 'charging', name: '充换电服务', nameEn: 'Charging and battery swapping', tier: 'downstream' },
    ],
  },
  {
    key: 'new_materials', name: '新材料产业链', nameEn: 'New materials', chief: '副县长（链长）', chiefDepartment: '县科技局',
    description: '功能材料、石墨烯与储能材料，招引红狮海工材料、盛远石墨烯等项目。', masters: ['日新铸业（示例）'],
    segments: [
      { key: 'raw_chemicals', name: '基础化工原料', nameEn: 'Basic chemicals', tier: 'upstream' },
      { key: 'graphene', name: '石墨烯', nameEn: 'Graphene', tier: 'midstream' },
      { key: 'functional_materials', name: '功能材料', nameEn: 'Functional materials', tier: 'midstream' },
      { key: 'marine_materials', name: '海工材料', nameEn: 'Marine engineering materials', tier: 'midstream' },
      { key: 'storage_materials', name: '储能材料', nameEn: 'Energy-storage materials', tier: 'downstream' },
      { key: 'applications', name: '下游应用', nameEn: 'Downstream applications', tier: 'downstream' },
    ],
  },
]
