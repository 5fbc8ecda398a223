/**
 * Office buildings, an incubator and a 特色小镇 for the demo: the places are real business districts of 鄞州区 and
 * 海曙区 and a real town's name, but every building, figure and outline is invented demonstration data.
 */
export interface OfficeSeed {
  code: string
  name: string
  nameEn: string
  district: string
  kind: 'office' | 'incubator'
  lonLat: [number, number]
  floors: number
  taxOver100m: boolean
  address: string
  addressEn: string
}

export const officeSeeds: readonly OfficeSeed[] = [
  office(
    'YZ-NB01',
    '南部商务区金融大厦',
    'Southern Business District Finance Tower',
    '鄞州区',
    [121.5556, 29.8199],
    32,
    true,
  ),
  office(
    'YZ-NB02',
    '南部商务区科创中心',
    'Southern Business District Innovation Centre',
    '鄞州区',
    [121.5589, 29.8168],
    24,
    false,
  ),
  office(
    'YZ-DX01',
    '东部新城国际航运中心',
    'Eastern New Town Shipping Centre',
    '鄞州区',
    [121.6082, 29.8683],
    38,
    true,
  ),
  office(
    'YZ-DX02',
    '东部新城总部大楼',
    'Eastern New Town Headquarters Building',
    '鄞州区',
    [121.6121, 29.8652],
    28,
    false,
  ),
  office('HS-TY01', '天一商务大厦', 'Tianyi Business Tower', '海曙区', [121.5498, 29.8735], 26, true),
  office('HS-GL01', '鼓楼数字经济楼宇', 'Gulou Digital Economy Building', '海曙区', [121.5443, 29.8772], 18, false),
  office('HS-WC01', '望春商务中心', 'Wangchun Business Centre', '海曙区', [121.4938, 29.8861], 16, false),
  {
    ...office('YZ-IN01', '鄞州创新创业孵化器', 'Yinzhou Start-up Incubator', '鄞州区', [121.5702, 29.8267], 6, false),
    kind: 'incubator',
  },
]

function office(
  code: string,
  name: string,
  nameEn: string,
  district: string,
  lonLat: [number, number],
  floors: number,
  taxOver100m: boolean,
): OfficeSeed {
  const area = district === '鄞州区' ? '宁波市鄞州区' : '宁波市海曙区'
  const areaEn = district === '鄞州区' ? 'Yinzhou District, Ningbo' : 'Haishu District, Ningbo'
  return {
    code,
    name,
    nameEn,
    district,
    kind: 'office',
    lonLat,
    floors,
    taxOver100m,
    address: `${area}${name}`,
    addressEn: `${nameEn}, ${areaEn}`,
  }
}

/** One 特色小镇 as an area (approximate, demonstration outline). */
export const townSeed = {
  code: 'XS-TOWN01',
  name: '象山影视小镇（演示）',
  nameEn: 'Xiangshan Film Town (demonstration)',
  district: '象山县',
  centre: [121.8155, 29.4712] as [number, number],
  sizeM: [1300, 900] as [number, number],
}

export const leaseTerms: readonly (readonly [string, string])[] = [
  ['首年免租3个月，押二付三', 'First year: 3 months rent-free; 2 months’ deposit, rent paid quarterly'],
  ['租期3年起，年递增3%', 'Leases from 3 years; rent rises 3% a year'],
  ['可租可售，售价另议', 'For lease or sale; sale price on request'],
  ['押一付三，拎包入驻', 'One month’s deposit, rent paid quarterly; ready to move in'],
]
