/** English names for the districts in data/boundaries (the file carries Chinese names only). */
export const districtNamesEn: Record<string, string> = {
  海曙区: 'Haishu District',
  北仑区: 'Beilun District',
  镇海区: 'Zhenhai District',
  鄞州区: 'Yinzhou District',
  江北区: 'Jiangbei District',
  象山县: 'Xiangshan County',
  慈溪市: 'Cixi City',
  宁海县: 'Ninghai County',
  奉化区: 'Fenghua District',
  余姚市: 'Yuyao City',
}

export const districtCodes: Record<string, string> = {
  海曙区: 'nb-haishu',
  北仑区: 'nb-beilun',
  镇海区: 'nb-zhenhai',
  鄞州区: 'nb-yinzhou',
  江北区: 'nb-jiangbei',
  象山县: 'nb-xiangshan',
  慈溪市: 'nb-cixi',
  宁海县: 'nb-ninghai',
  奉化区: 'nb-fenghua',
  余姚市: 'nb-yuyao',
}

export interface InfraSeed {
  kind: 'port' | 'rail_station' | 'interchange' | 'airport'
  name: string
  nameEn: string
  lonLat: [number, number]
}

/** Approximate real positions (±1 km): enough for distances in km, not for navigation. */
export const infrastructureSeeds: readonly InfraSeed[] = [
  {
    kind: 'airport',
    name: '宁波栎社国际机场',
    nameEn: 'Ningbo Lishe International Airport',
    lonLat: [121.462, 29.827],
  },
  { kind: 'port', name: '宁波舟山港北仑港区', nameEn: 'Ningbo-Zhoushan Port, Beilun', lonLat: [121.858, 29.935] },
  { kind: 'port', name: '宁波舟山港镇海港区', nameEn: 'Ningbo-Zhoushan Port, Zhenhai', lonLat: [121.712, 29.968] },
  { kind: 'port', name: '宁波舟山港穿山港区', nameEn: 'Ningbo-Zhoushan Port, Chuanshan', lonLat: [121.985, 29.895] },
  { kind: 'port', name: '宁波舟山港梅山港区', nameEn: 'Ningbo-Zhoushan Port, Meishan', lonLat: [121.975, 29.775] },
  { kind: 'port', name: '石浦港', nameEn: 'Shipu Port', lonLat: [121.955, 29.205] },
  { kind: 'port', name: '象山港区西沪港', nameEn: 'Xiangshan Port, Xihu', lonLat: [121.735, 29.58] },
  { kind: 'rail_station', name: '宁波站', nameEn: 'Ningbo Railway Station', lonLat: [121.537, 29.862] },
  { kind: 'rail_station', name: '宁波东站', nameEn: 'Ningbo East Station', lonLat: [121.603, 29.878] },
  { kind: 'rail_station', name: '庄桥站', nameEn: 'Zhuangqiao Station', lonLat: [121.553, 29.935] },
  { kind: 'rail_station', name: '余姚北站', nameEn: 'Yuyao North Station', lonLat: [121.151, 30.071] },
  { kind: 'rail_station', name: '奉化站', nameEn: 'Fenghua Station', lonLat: [121.418, 29.654] },
  { kind: 'rail_station', name: '宁海站', nameEn: 'Ninghai Station', lonLat: [121.421, 29.303] },
  { kind: 'rail_station', name: '慈溪站', nameEn: 'Cixi Station', lonLat: [121.278, 30.182] },
  { kind: 'interchange', name: '宁波东互通', nameEn: 'Ningbo East Interchange', lonLat: [121.637, 29.858] },
  { kind: 'interchange', name: '北仑互通', nameEn: 'Beilun Interchange', lonLat: [121.792, 29.894] },
  { kind: 'interchange', name: '奉化互通', nameEn: 'Fenghua Interchange', lonLat: [121.432, 29.642] },
  { kind: 'interchange', name: '莼湖互通', nameEn: 'Chunhu Interchange', lonLat: [121.527, 29.612] },
  { kind: 'interchange', name: '西周互通', nameEn: 'Xizhou Interchange', lonLat: [121.771, 29.602] },
  { kind: 'interchange', name: '象山互通', nameEn: 'Xiangshan Interchange', lonLat: [121.832, 29.488] },
  { kind: 'interchange', name: '石浦互通', nameEn: 'Shipu Interchange', lonLat: [121.918, 29.255] },
  { kind: 'interchange', name: '宁海互通', nameEn: 'Ninghai Interchange', lonLat: [121.438, 29.296] },
  { kind: 'interchange', name: '慈溪互通', nameEn: 'Cixi Interchange', lonLat: [121.255, 30.148] },
  {
    kind: 'interchange',
    name: '杭州湾新区互通',
    nameEn: 'Hangzhou Bay New Area Interchange',
    lonLat: [121.265, 30.285],
  },
  { kind: 'interchange', name: '余姚互通', nameEn: 'Yuyao Interchange', lonLat: [121.172, 30.018] },
]

/**
 * Where the sea may be around 宁波, drawn coarsely by hand (demonstration data): Hangzhou Bay, the open sea east of
 * 北仑 and 象山, 象山港 and 三门湾. Where it crosses the city the district outlines are cut out of it, so the
 * coastline is theirs; it keeps out the land beyond the city (绍兴 to the west, 台州 to the south) and leaves a hole
 * where the 舟山 islands are, which no outline here describes.
 */
export const NINGBO_SEAWARD: { outer: [number, number][]; holes: [number, number][][] } = {
  outer: [
    [121.05, 30.22],
    [120.85, 30.3],
    [120.85, 30.42],
    [121.05, 30.5],
    [121.3, 30.62],
    [121.6, 30.78],
    [123.2, 30.78],
    [123.2, 28.7],
    [121.8, 28.7],
    [121.8, 28.95],
    [121.62, 29.2],
    [121.35, 29.6],
    [121.2, 29.95],
    [121.05, 30.22],
  ],
  holes: [
    [
      [121.86, 30.05],
      [121.95, 30.13],
      [122.12, 30.22],
      [122.3, 30.35],
      [122.42, 30.3],
      [122.42, 30.0],
      [122.3, 29.85],
      [122.2, 29.68],
      [122.08, 29.7],
      [121.98, 29.88],
      [121.88, 29.95],
      [121.86, 30.05],
    ],
  ],
}
