/**
 * Pure plane geometry in metres for land adjacency: how much of one parcel's boundary lies within `reach`
 * of another's. Shared edges give their length; corner contact gives at most about 2 × reach.
 */
export type Point = readonly [number, number]
export type Ring = readonly Point[]

interface Segment {
  ax: number
  ay: number
  bx: number
  by: number
}

function segments(rings: readonly Ring[]): Segment[] {
  const result: Segment[] = []
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++)
      result.push({ ax: ring[i]![0], ay: ring[i]![1], bx: ring[i + 1]![0], by: ring[i + 1]![1] })
  }
  return result
}

type Interval = [number, number]

/** t where lo ≤ v0 + t·v1 ≤ hi, as an interval (possibly empty: start > end). */
function slab(v0: number, v1: number, lo: number, hi: number): Interval {
  if (v1 === 0) return v0 >= lo && v0 <= hi ? [-Infinity, Infinity] : [1, 0]
  const [a, b] = [(lo - v0) / v1, (hi - v0) / v1]
  return a < b ? [a, b] : [b, a]
}

/** t where |s(t) − c| ≤ reach: the roots of a quadratic. */
function disc(s: Segment, cx: number, cy: number, reach: number): Interval {
  const [dx, dy, fx, fy] = [s.bx - s.ax, s.by - s.ay, s.ax - cx, s.ay - cy]
  const a = dx * dx + dy * dy
  const b = 2 * (dx * fx + dy * fy)
  const c = fx * fx + fy * fy - reach * reach
  if (a === 0) return c <= 0 ? [-Infinity, Infinity] : [1, 0]
  const d = b * b - 4 * a * c
  if (d < 0) return [1, 0]
  const root = Math.sqrt(d)
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)]
}

/**
 * The interval of t ∈ [0, 1] where s(t) lies within `reach` of `other`: the line through s meets the capsule
 * around `other` (a rectangle and two end discs, together convex) in one interval, found in closed form.
 */
function nearInterval(s: Segment, other: Segment, reach: number): Interval | null {
  const [ex, ey] = [other.bx - other.ax, other.by - other.ay]
  const length = Math.hypot(ex, ey)
  const pieces: Interval[] = [disc(s, other.ax, other.ay, reach), disc(s, other.bx, other.by, reach)]
  if (length > 0) {
    const [ux, uy] = [ex / length, ey / length]
    const [dx, dy, fx, fy] = [s.bx - s.ax, s.by - s.ay, s.ax - other.ax, s.ay - other.ay]
    const along = slab(fx * ux + fy * uy, dx * ux + dy * uy, 0, length)
    const across = slab(fx * uy - fy * ux, dx * uy - dy * ux, -reach, reach)
    pieces.push([Math.max(along[0], across[0]), Math.min(along[1], across[1])])
  }
  const nonEmpty = pieces.filter(([a, b]) => a <= b)
  if (nonEmpty.length === 0) return null
  const start = Math.max(0, Math.min(...nonEmpty.map((p) => p[0])))
  const end = Math.min(1, Math.max(...nonEmpty.map((p) => p[1])))
  return start <= end ? [start, end] : null
}

const boxesMeet = (s: Segment, o: Segment, reach: number) =>
  Math.min(s.ax, s.bx) <= Math.max(o.ax, o.bx) + reach &&
  Math.min(o.ax, o.bx) <= Math.max(s.ax, s.bx) + reach &&
  Math.min(s.ay, s.by) <= Math.max(o.ay, o.by) + reach &&
  Math.min(o.ay, o.by) <= Math.max(s.ay, s.by) + reach

function mergedLength(intervals: [number, number][]): number {
  intervals.sort((x, y) => x[0] - y[0])
  let total = 0
  let [start, end] = [-1, -1]
  for (const [a, b] of intervals) {
    if (a > end) {
      total += Math.max(0, end - start)
      ;[start, end] = [a, b]
    } else end = Math.max(end, b)
  }
  return total + Math.max(0, end - start)
}

/** Length of `b`'s boundary lying within `reach` of `a`'s boundary, in the rings' units. */
export function facingLength(a: readonly Ring[], b: readonly Ring[], reach: number): number {
  const aSegments = segments(a)
  let total = 0
  for (const s of segments(b)) {
    const intervals: [number, number][] = []
    for (const o of aSegments) {
      if (!boxesMeet(s, o, reach)) continue
      const near = nearInterval(s, o, reach)
      if (near) intervals.push(near)
    }
    if (intervals.length > 0) total += mergedLength(intervals) * Math.hypot(s.bx - s.ax, s.by - s.ay)
  }
  return total
}

export interface Outline {
  id: number
  rings: readonly Ring[]
}

/**
 * Pairs of outlines with at least `minFacing` of boundary within `reach` of each other. Neighbours are found
 * through a grid (cells twice the median outline wide): each outline is compared only with those sharing a cell.
 */
export function adjacentOutlines(outlines: readonly Outline[], reach: number, minFacing: number): [number, number][] {
  const boxes = outlines.map((o) => grow(boundsOf(o.rings), reach / 2))
  const grid = new Map<string, number[]>()
  const cell = cellSize(boxes)
  boxes.forEach((b, index) => {
    for (let x = Math.floor(b[0] / cell); x <= Math.floor(b[2] / cell); x++) {
      for (let y = Math.floor(b[1] / cell); y <= Math.floor(b[3] / cell); y++) {
        const key = `${x}:${y}`
        const members = grid.get(key)
        if (members) members.push(index)
        else grid.set(key, [index])
      }
    }
  })
  const pairs: [number, number][] = []
  const seen = new Set<number>()
  for (const members of grid.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [p, q] = members[i]! < members[j]! ? [members[i]!, members[j]!] : [members[j]!, members[i]!]
        const key = p * outlines.length + q
        if (seen.has(key) || !overlaps(boxes[p]!, boxes[q]!)) continue
        seen.add(key)
        if (facingLength(outlines[p]!.rings, outlines[q]!.rings, reach) >= minFacing)
          pairs.push([outlines[p]!.id, outlines[q]!.id])
      }
    }
  }
  return pairs
}

function cellSize(boxes: readonly Bounds[]): number {
  const extents = boxes.map((b) => Math.max(b[2] - b[0], b[3] - b[1])).sort((x, y) => x - y)
  return Math.max(10, 2 * (extents[Math.floor(extents.length / 2)] ?? 0))
}

type Bounds = [number, number, number, number]

function boundsOf(rings: readonly Ring[]): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity]
  for (const ring of rings)
    for (const [x, y] of ring)
      [b[0], b[1], b[2], b[3]] = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)]
  return b
}

const grow = (b: Bounds, by: number): Bounds => [b[0] - by, b[1] - by, b[2] + by, b[3] + by]
const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
