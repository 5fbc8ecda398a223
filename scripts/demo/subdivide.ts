import type { Random } from './random.js'

export const SQM_PER_MU = 10000 / 15
const BOUNDARY_SETBACK_M = 15
const MAIN_ROAD_M = 24
const PARCEL_MU_RANGE = { min: 5, max: 150 } as const

/** One parcel of the road grid, in park-local metres (x east, y north, origin at the park centre). */
export interface ParcelCell {
  col: number
  row: number
  piece: number
  x0: number
  y0: number
  x1: number
  y1: number
  approxMu: number
  /** Closed counter-clockwise ring in local metres. Where a neighbour's corner meets an edge mid-way
   * (a T-junction), the ring carries that vertex too, so neighbours share exact vertices, not slivers. */
  outline: [number, number][]
  sides: { east: string; west: string; south: string; north: string }
}

type Interval = [number, number]

/** Cuts a span into blocks of min..max metres separated by roads; the last block absorbs the rest. */
export function splitWithRoads(
  start: number,
  end: number,
  road: number,
  min: number,
  max: number,
  random: Random,
): Interval[] {
  const blocks: Interval[] = []
  let cursor = start
  while (end - cursor >= min) {
    let width = random.between(min, max)
    if (end - cursor - width < min + road) width = end - cursor
    blocks.push([cursor, cursor + width])
    cursor += width + road
  }
  return blocks
}

/** Widths of `count` adjacent pieces along `length`, jittered but each inside the mu range for `depth`. */
export function splitIntoParcels(length: number, depth: number, random: Random): number[] {
  const totalMu = (length * depth) / SQM_PER_MU
  const fewest = Math.max(1, Math.ceil(totalMu / (PARCEL_MU_RANGE.max - 10)))
  const most = Math.max(fewest, Math.floor(totalMu / (PARCEL_MU_RANGE.min + 3)))
  const count = random.int(fewest, Math.min(most, fewest + 4))
  const weights = Array.from({ length: count }, () => random.between(0.6, 1.4))
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => (length * w) / sum)
  const inRange = widths.every((w) => {
    const mu = (w * depth) / SQM_PER_MU
    return mu >= PARCEL_MU_RANGE.min && mu <= PARCEL_MU_RANGE.max
  })
  return inRange ? widths : Array.from({ length: count }, () => length / count)
}

const ordinal = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
/** The name the parcels' 四至 and the context layer's road centre lines both use. */
export const roadName = (prefix: '经' | '纬', index: number) => `${prefix}${ordinal[index] ?? index + 1}路`

/** Lays a park of width × height metres out along a road grid into parcels of 5–150 mu. */
export function layoutPark(width: number, height: number, random: Random): ParcelCell[] {
  const cols = splitWithRoads(
    -width / 2 + BOUNDARY_SETBACK_M,
    width / 2 - BOUNDARY_SETBACK_M,
    MAIN_ROAD_M,
    260,
    460,
    random,
  )
  const rows = splitWithRoads(
    -height / 2 + BOUNDARY_SETBACK_M,
    height / 2 - BOUNDARY_SETBACK_M,
    MAIN_ROAD_M,
    200,
    360,
    random,
  )
  const cells: ParcelCell[] = []
  cols.forEach(([x0, x1], col) => {
    rows.forEach(([y0, y1], row) => {
      const sides = {
        west: roadName('经', col),
        east: roadName('经', col + 1),
        south: roadName('纬', row),
        north: roadName('纬', row + 1),
      }
      cells.push(...layoutBlock({ x0, x1, y0, y1 }, col, row, sides, random))
    })
  })
  return cells
}

function layoutBlock(
  block: { x0: number; x1: number; y0: number; y1: number },
  col: number,
  row: number,
  sides: ParcelCell['sides'],
  random: Random,
): ParcelCell[] {
  const height = block.y1 - block.y0
  // Deep blocks are often split into a front and a back row, which makes small parcels too.
  const splitY = height > 240 && random.chance(0.5) ? block.y0 + height * random.between(0.4, 0.6) : null
  const strips: Interval[] =
    splitY === null
      ? [[block.y0, block.y1]]
      : [
          [block.y0, splitY],
          [splitY, block.y1],
        ]
  const cutsPerStrip = strips.map(([y0, y1]) => cutPositions(block.x0, block.x1, y1 - y0, random))
  const cells: ParcelCell[] = []
  strips.forEach(([y0, y1], stripIndex) => {
    const cuts = cutsPerStrip[stripIndex]!
    const below = stripIndex === 1 ? cutsPerStrip[0]! : []
    const above = stripIndex === 0 && strips.length === 2 ? cutsPerStrip[1]! : []
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [x0, x1] = [cuts[i]!, cuts[i + 1]!]
      const inside = (xs: number[]) => xs.filter((x) => x > x0 && x < x1)
      const outline: [number, number][] = [
        [x0, y0],
        ...inside(below).map((x): [number, number] => [x, y0]),
        [x1, y0],
        [x1, y1],
        ...inside(above)
          .reverse()
          .map((x): [number, number] => [x, y1]),
        [x0, y1],
        [x0, y0],
      ]
      cells.push({
        col,
        row,
        piece: cells.length,
        x0,
        y0,
        x1,
        y1,
        approxMu: ((x1 - x0) * (y1 - y0)) / SQM_PER_MU,
        outline,
        sides,
      })
    }
  })
  return cells
}

/** Where one strip of a block is cut into parcels: both ends included, ascending. */
function cutPositions(start: number, end: number, depth: number, random: Random): number[] {
  const cuts = [start]
  for (const w of splitIntoParcels(end - start, depth, random)) cuts.push(Math.min(end, cuts[cuts.length - 1]! + w))
  cuts[cuts.length - 1] = end
  return cuts
}
