import type { LocalFrame } from './local-frame.js'
import { type ParcelCell, roadName } from './subdivide.js'

/** A demo park's internal road: its centre line in longitude/latitude, named as the parcels' 四至 name it. */
export interface DemoRoad {
  name: string
  nameEn: string
  line: [number, number][]
}

type Span = [number, number]

/** Each column's (or row's) extent across the park, in local metres, in order. */
function spans(cells: readonly ParcelCell[], axis: 'col' | 'row'): Span[] {
  const byIndex = new Map<number, Span>()
  for (const cell of cells) {
    const [from, to] = axis === 'col' ? [cell.x0, cell.x1] : [cell.y0, cell.y1]
    const span = byIndex.get(cell[axis]) ?? [from, to]
    byIndex.set(cell[axis], [Math.min(span[0], from), Math.max(span[1], to)])
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, span]) => span)
}

/** Centre lines of the roads around and between the spans: before the first, between each two, after the last. */
function roadPositions(list: readonly Span[], edgeOffset: number): number[] {
  if (list.length === 0) return []
  const between = list.slice(1).map(([start], index) => (list[index]![1] + start) / 2)
  return [list[0]![0] - edgeOffset, ...between, list[list.length - 1]![1] + edgeOffset]
}

/**
 * The road grid the demo parcels were laid out along (经 roads north–south, 纬 roads east–west, numbered from the
 * west and the south as the parcels' 四至 name them), as centre lines: the context a park map shows around its land.
 */
export function parkRoads(frame: LocalFrame, cells: readonly ParcelCell[]): DemoRoad[] {
  const cols = spans(cells, 'col')
  const rows = spans(cells, 'row')
  const xs = roadPositions(cols, 7.5)
  const ys = roadPositions(rows, 7.5)
  if (xs.length === 0 || ys.length === 0) return []
  const [south, north] = [ys[0]!, ys[ys.length - 1]!]
  const [west, east] = [xs[0]!, xs[xs.length - 1]!]
  const road = (prefix: '经' | '纬', pinyin: string, index: number, line: [number, number][]): DemoRoad => ({
    name: roadName(prefix, index),
    nameEn: `${pinyin} ${index + 1} Road`,
    line: line.map(([x, y]) => frame.toLonLat(x, y)),
  })
  return [
    ...xs.map((x, i) =>
      road('经', 'Jing', i, [
        [x, south],
        [x, north],
      ]),
    ),
    ...ys.map((y, i) =>
      road('纬', 'Wei', i, [
        [west, y],
        [east, y],
      ]),
    ),
  ]
}
