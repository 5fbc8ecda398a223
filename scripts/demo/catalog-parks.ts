/** Parks named after those in the policy documents (002: 象山; 000: 奉化) and the city's car cluster.
 * Positions are approximate and sizes invented: this is demonstration data. */
export interface ParkSeed {
  code: string
  name: string
  nameEn: string
  district: string
  town: string
  level: 'national' | 'provincial' | 'municipal' | 'county'
  centre: [number, number]
  sizeM: [number, number]
  rotationDeg: number
  industries: string[]
  positioning: string
  positioningEn: string
  contact: string
}

export const parkSeeds: readonly ParkSeed[] = [
  {
    code: 'XSLG',
    name: '象山经济开发区临港装备产业园',
    nameEn: 'Xiangshan EDZ Port Equipment Park',
    district: '象山县',
    town: '贤庠镇',
    level: 'provincial',
    centre: [121.78, 29.56],
    sizeM: [2200, 1600],
    rotationDeg: 12,
    industries: ['wind_port'],
    positioning: '风电装备、临港装备、海工装备',
    positioningEn: 'Wind-power, port and marine-engineering equipment',
    contact: '0574-6571 0001',
  },
  {
    code: 'XSDH',
    name: '东海湾专精特新产业园',
    nameEn: 'East China Sea Bay Specialised SME Park',
    district: '象山县',
    town: '丹东街道',
    level: 'county',
    centre: [121.9, 29.44],
    sizeM: [1400, 1100],
    rotationDeg: -8,
    industries: ['new_materials', 'nev_parts'],
    positioning: '专精特新企业、功能材料、精密零部件',
    positioningEn: 'Specialised SMEs, functional materials, precision parts',
    contact: '0574-6571 0002',
  },
  {
    code: 'XSSP',
    name: '石浦科技园高端智造产业园',
    nameEn: 'Shipu Science Park High-end Manufacturing Zone',
    district: '象山县',
    town: '石浦镇',
    level: 'county',
    centre: [121.93, 29.24],
    sizeM: [1500, 1000],
    rotationDeg: 20,
    industries: ['wind_port'],
    positioning: '高端智能制造、海洋装备配套',
    positioningEn: 'High-end smart manufacturing, marine equipment supply',
    contact: '0574-6571 0003',
  },
  {
    code: 'XSXB',
    name: '宁波象保合作区智能制造园',
    nameEn: 'Ningbo Xiangbao Cooperation Zone Smart Manufacturing Park',
    district: '象山县',
    town: '西周镇',
    level: 'provincial',
    centre: [121.84, 29.5],
    sizeM: [1800, 1300],
    rotationDeg: 0,
    industries: ['nev_parts', 'new_materials'],
    positioning: '智能制造、汽车零部件、新材料',
    positioningEn: 'Smart manufacturing, auto parts, new materials',
    contact: '0574-6571 0004',
  },
  {
    code: 'FHKF',
    name: '宁波奉化经济开发区',
    nameEn: 'Ningbo Fenghua Economic Development Zone',
    district: '奉化区',
    town: '江口街道',
    level: 'provincial',
    centre: [121.43, 29.7],
    sizeM: [2400, 1700],
    rotationDeg: -15,
    industries: ['nev_parts', 'new_materials'],
    positioning: '新能源汽车及零部件、新材料',
    positioningEn: 'New-energy vehicles and parts, new materials',
    contact: '0574-8858 0001',
  },
  {
    code: 'FHBH',
    name: '奉化滨海新区产业园',
    nameEn: 'Fenghua Binhai New Area Industrial Park',
    district: '奉化区',
    town: '莼湖街道',
    level: 'municipal',
    centre: [121.56, 29.6],
    sizeM: [2000, 1400],
    rotationDeg: 25,
    industries: ['new_materials', 'wind_port'],
    positioning: '新材料与储能、临港制造',
    positioningEn: 'New materials and energy storage, port-side manufacturing',
    contact: '0574-8858 0002',
  },
  {
    code: 'HZWQ',
    name: '宁波杭州湾新区汽车产业园',
    nameEn: 'Ningbo Hangzhou Bay New Area Automotive Park',
    district: '慈溪市',
    town: '庵东镇',
    level: 'national',
    centre: [121.22, 30.3],
    sizeM: [2400, 1800],
    rotationDeg: 5,
    industries: ['nev_parts'],
    positioning: '新能源整车、动力电池、汽车电子',
    positioningEn: 'NEV assembly, power batteries, automotive electronics',
    contact: '0574-6378 0001',
  },
]
