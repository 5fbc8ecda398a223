/** Pure: the land lists in the shape bureaus publish them (可供招商土地清单, 百亩/两百亩连片清单). */

export type Cell = string | number | null

export interface Sheet {
  title: string
  /** What the rows were selected by, shown beside the title (the land lists' filters). */
  caption?: string
  headers: string[]
  rows: Cell[][]
}

export interface ListedParcel {
  code: string
  location_desc: string
  park_name: string | null
  region_name: string | null
  area_mu: number
  land_use: string
  land_use_name: string
  far_min: number | null
  far_max: number | null
  tenure_years: number | null
  start_price: number | null
  is_net_land: boolean
  is_standard_land: boolean
  available_from: string | null
  published?: boolean
}

export interface ListedBlock {
  id: string
  parcelCodes: string[]
  regions: string[]
  parks: string[]
  totalMu: number
  widthM: number | null
  lengthM: number | null
  netLandThroughout: boolean
  sellWhole: boolean
}

const PARCEL_HEADERS = [
  '序号',
  '地块编号',
  '位置',
  '面积(亩)',
  '用地性质',
  '容积率',
  '出让年限',
  '起始价(万元/亩)',
  '是否净地',
  '备注',
]
const BLOCK_HEADERS = ['序号', '连片编号', '包含地块', '位置', '面积(亩)', '宽×长(米)', '是否净地', '备注']

const round2 = (value: number) => Math.round(value * 100) / 100
const yesNo = (value: boolean) => (value ? '是' : '否')

function plotRatio(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return min === max ? `${max}` : `${min}-${max}`
  return max !== null ? `≤${max}` : min !== null ? `≥${min}` : null
}

function parcelRemarks(p: ListedParcel): string {
  const remarks = [
    p.is_standard_land ? '标准地' : '',
    p.available_from ? `${p.available_from}起可供` : '',
    p.published === false ? '未公开（内部）' : '',
  ]
  return remarks.filter(Boolean).join('；')
}

export function parcelSheet(title: string, parcels: readonly ListedParcel[]): Sheet {
  const rows = parcels.map((p, i): Cell[] => [
    i + 1,
    p.code,
    [p.region_name, p.park_name, p.location_desc].filter(Boolean).join(' '),
    round2(p.area_mu),
    `${p.land_use_name}（${p.land_use}）`,
    plotRatio(p.far_min, p.far_max),
    p.tenure_years,
    p.start_price,
    yesNo(p.is_net_land),
    parcelRemarks(p),
  ])
  return { title, headers: PARCEL_HEADERS, rows }
}

export function blockSheet(title: string, blocks: readonly ListedBlock[]): Sheet {
  const rows = blocks.map((b, i): Cell[] => [
    i + 1,
    b.id,
    b.parcelCodes.join('、'),
    [...b.regions, ...b.parks].join(' '),
    round2(b.totalMu),
    b.widthM !== null && b.lengthM !== null ? `${Math.round(b.widthM)}×${Math.round(b.lengthM)}` : null,
    yesNo(b.netLandThroughout),
    b.sellWhole ? '整体出让，不得分割' : '',
  ])
  return { title, headers: BLOCK_HEADERS, rows }
}

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such text is prefixed with an apostrophe, which they show as plain text. Numbers stay numbers.
 */
export function neutralizeFormula(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}
