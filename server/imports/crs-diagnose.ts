/**
 * Pure diagnosis of coordinates read from a file against the CRS it declares (or the user chose): the mistakes
 * bureaus' data really has, each with what it probably is. CGCS2000 3-degree Gauss-Krüger zones: EPSG:4513–4533
 * carry the zone number in the false easting (x = zone × 1 000 000 + 500 000 ± …, zones 25–45, central meridian
 * 3 × zone), EPSG:4534–4554 only the central meridian (75°E … 135°E, x ≈ 500 000).
 */
import { ofAll, type Said, said } from './import-messages.js'

export type XY = readonly [number, number]

export type CrsProblemCode =
  | 'degrees_declared_projected'
  | 'metres_declared_degrees'
  | 'zone_prefix_mismatch'
  | 'zone_prefix_undeclared'
  | 'swapped_axes'
  | 'outside_china'
  | 'outside_zone'
  | 'not_finite'
  | 'unknown_crs'

export interface CrsProblem {
  code: CrsProblemCode
  said: Said
  /** The EPSG code the data probably is in, when one can be told. */
  suggestedSrid?: number
}

export interface CrsDiagnosis {
  /** What the coordinates look like, whatever was declared. */
  kind: 'degrees' | 'gk_prefixed' | 'gk_meridian' | 'unknown'
  problems: CrsProblem[]
}

/** China's extent in degrees, generously: the mainland, Hainan and the islands of the South China Sea's north. */
const CHINA = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 }
const GEOGRAPHIC = new Set([4326, 4490])
const FIRST_PREFIXED = 4513 // zone 25, central meridian 75°E
const FIRST_MERIDIAN = 4534 // central meridian 75°E
/** Half a 3-degree zone's width in metres at the equator, with room for data spilling over the zone's edge. */
const HALF_ZONE_M = 250_000

export const isPrefixedZoneSrid = (srid: number) => srid >= FIRST_PREFIXED && srid <= FIRST_PREFIXED + 20
export const isMeridianZoneSrid = (srid: number) => srid >= FIRST_MERIDIAN && srid <= FIRST_MERIDIAN + 20
export const meridianOfSrid = (srid: number) =>
  75 + 3 * (srid - (isPrefixedZoneSrid(srid) ? FIRST_PREFIXED : FIRST_MERIDIAN))
/** The EPSG code (without zone prefix) of the 3-degree zone whose central meridian is nearest a longitude. */
export const meridianSridFor = (lon: number) => FIRST_MERIDIAN + Math.min(20, Math.max(0, Math.round((lon - 75) / 3)))

const inChina = ([lon, lat]: XY) =>
  lon >= CHINA.minLon && lon <= CHINA.maxLon && lat >= CHINA.minLat && lat <= CHINA.maxLat
const looksPrefixedEasting = (x: number) => x >= 25_000_000 && x < 46_000_000
const looksEasting = (x: number) => x > 0 && x < 1_000_000
const looksNorthing = (y: number) => y > 300_000 && y < 6_100_000
const zoneOf = (x: number) => Math.floor(x / 1_000_000)

function kindOf([x, y]: XY): CrsDiagnosis['kind'] {
  if (inChina([x, y])) return 'degrees'
  if (looksPrefixedEasting(x) && looksNorthing(y)) return 'gk_prefixed'
  if (looksEasting(x) && looksNorthing(y)) return 'gk_meridian'
  return 'unknown'
}

/** A point whose axes read right only the other way round: (northing, easting) or (lat, lon). */
export function readsSwapped([x, y]: XY): boolean {
  return kindOf([x, y]) === 'unknown' && kindOf([y, x]) !== 'unknown'
}

/**
 * Reads a sample of a file's coordinates (x, y as stored) against the declared SRID (null: none declared) and says
 * what is wrong. Judged on the majority, so one stray point is reported as outside, not as a wrong CRS.
 */
export function diagnoseCoordinates(points: readonly XY[], declaredSrid: number | null, hintLon = 121.5): CrsDiagnosis {
  const finite = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y))
  const problems: CrsProblem[] = []
  if (finite.length < points.length)
    problems.push({ code: 'not_finite', said: said('crs_not_finite', { count: points.length - finite.length }) })
  if (finite.length === 0) return { kind: 'unknown', problems }
  const kinds = finite.map(kindOf)
  const kind = (['degrees', 'gk_prefixed', 'gk_meridian', 'unknown'] as const).reduce(
    (best, k) => (kinds.filter((v) => v === k).length > kinds.filter((v) => v === best).length ? k : best),
    'unknown' as CrsDiagnosis['kind'],
  )
  const swaps = finite.filter(readsSwapped).length
  if (swaps > finite.length / 2) {
    problems.push({ code: 'swapped_axes', said: said('crs_swapped', { which: ofAll(swaps, finite.length) }) })
    return { kind: kindOf([finite[0]![1], finite[0]![0]]), problems }
  }
  problems.push(...declaredAgainstData(kind, finite, declaredSrid, hintLon))
  return { kind, problems }
}

function declaredAgainstData(
  kind: CrsDiagnosis['kind'],
  points: readonly XY[],
  declared: number | null,
  hintLon: number,
): CrsProblem[] {
  const first = points.find((p) => kindOf(p) === kind) ?? points[0]!
  if (kind === 'unknown') return [{ code: 'unknown_crs', said: said('crs_unknown', { x: first[0], y: first[1] }) }]
  if (kind === 'degrees') {
    const outside = points.filter((p) => !inChina(p)).length
    const problems: CrsProblem[] =
      outside > 0
        ? [{ code: 'outside_china', said: said('crs_outside_china', { which: ofAll(outside, points.length) }) }]
        : []
    if (declared !== null && !GEOGRAPHIC.has(declared)) {
      problems.push({
        code: 'degrees_declared_projected',
        said: said('crs_degrees_declared_projected', { x: first[0], y: first[1], declared }),
        suggestedSrid: 4490,
      })
    }
    return problems
  }
  if (kind === 'gk_prefixed') return prefixedAgainst(points, first, declared)
  return meridianAgainst(points, first, declared, hintLon)
}

function prefixedAgainst(points: readonly XY[], first: XY, declared: number | null): CrsProblem[] {
  const zone = zoneOf(first[0])
  const suggested = FIRST_PREFIXED + zone - 25
  const meridian = meridianOfSrid(suggested)
  if (declared === null || GEOGRAPHIC.has(declared)) {
    return [
      {
        code: declared === null ? 'zone_prefix_undeclared' : 'metres_declared_degrees',
        said:
          declared === null
            ? said('crs_prefixed_undeclared', { zone, meridian, suggested })
            : said('crs_prefixed_declared_degrees', { zone, meridian, declared, suggested }),
        suggestedSrid: suggested,
      },
    ]
  }
  if (isMeridianZoneSrid(declared))
    return [
      {
        code: 'zone_prefix_mismatch',
        said: said('crs_prefix_not_expected', { zone, declared, suggested }),
        suggestedSrid: suggested,
      },
    ]
  if (isPrefixedZoneSrid(declared) && declared !== suggested) {
    return [
      {
        code: 'zone_prefix_mismatch',
        said: said('crs_prefix_other_zone', {
          zone,
          meridian,
          declaredZone: declared - FIRST_PREFIXED + 25,
          declared,
          suggested,
        }),
        suggestedSrid: suggested,
      },
    ]
  }
  const outside = points.filter(([x]) => zoneOf(x) !== zone || Math.abs((x % 1_000_000) - 500_000) > HALF_ZONE_M).length
  return outside > 0
    ? [
        {
          code: 'outside_zone',
          said: said('crs_outside_prefixed_zone', { which: ofAll(outside, points.length), zone, meridian }),
        },
      ]
    : []
}

/**
 * Without a zone prefix, X only says how far east of some central meridian a point is: with a rough longitude for
 * the place (a district's centre will do, ±1°), the meridian that puts the point there is the zone.
 */
function meridianFrom([x, y]: XY, hintLon: number): number {
  const lat = y / 110_900
  return hintLon - (x - 500_000) / (111_320 * Math.cos((lat * Math.PI) / 180))
}

/** Metres with no zone prefix where degrees (or nothing) were declared. */
function metresWithoutZone([x, y]: XY, declared: number | null, suggested: number): Said {
  const meridian = meridianOfSrid(suggested)
  return declared === null
    ? said('crs_metres_undeclared', { x, y, suggested, meridian })
    : said('crs_metres_declared_degrees', { x, y, declared, suggested, meridian })
}

function meridianAgainst(points: readonly XY[], first: XY, declared: number | null, hintLon: number): CrsProblem[] {
  const suggested = meridianSridFor(meridianFrom(first, hintLon))
  if (declared === null || GEOGRAPHIC.has(declared)) {
    return [
      {
        code: 'metres_declared_degrees',
        said: metresWithoutZone(first, declared, suggested),
        suggestedSrid: suggested,
      },
    ]
  }
  if (isPrefixedZoneSrid(declared)) {
    const withoutPrefix = declared - FIRST_PREFIXED + FIRST_MERIDIAN
    return [
      {
        code: 'zone_prefix_mismatch',
        said: said('crs_prefix_missing', { declared, zone: declared - FIRST_PREFIXED + 25, suggested: withoutPrefix }),
        suggestedSrid: withoutPrefix,
      },
    ]
  }
  const outside = points.filter(([x]) => Math.abs(x - 500_000) > HALF_ZONE_M).length
  return outside > 0
    ? [
        {
          code: 'outside_zone',
          said: said('crs_far_from_meridian', {
            which: ofAll(outside, points.length),
            km: HALF_ZONE_M / 1000,
            declared,
          }),
        },
      ]
    : []
}
