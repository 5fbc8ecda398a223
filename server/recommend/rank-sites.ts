/**
 * Ranking with exact scores for the top sites without measuring every outline: an assembled set's shape is unknown
 * until its outline is dissolved, so it first scores as if perfectly compact (an upper bound). Sites are measured in
 * order of that bound, a batch at a time, until the last kept site beats the bound of every site not yet measured —
 * the same top as measuring all, at the cost of a few batches.
 */
import type { Site } from './site-candidates.js'
import { type CriterionScore, type ScoreContext, type SiteShape, scoreSite } from './site-score.js'

export interface RankedSite {
  site: Site
  score: number
  criteria: CriterionScore[]
  shape: SiteShape
}

export interface Measurement {
  shape: SiteShape
  fits: boolean
}

/** Measures sites' outlines (the database dissolves them); keyed by the site objects given. */
export type MeasureSites = (sites: readonly Site[]) => Promise<Map<Site, Measurement>>

const ownShape = (site: Site): SiteShape | null => {
  const only = site.members.length === 1 ? site.members[0]! : null
  return only ? { widthM: only.widthM, lengthM: only.lengthM, compactness: only.compactness } : null
}

const bySiteOrder = (a: { score: number; site: Site }, b: { score: number; site: Site }) =>
  b.score - a.score || a.site.totalMu - b.site.totalMu || a.site.parcelIds[0]! - b.site.parcelIds[0]!

export async function rankSites(
  sites: readonly Site[],
  ctx: ScoreContext,
  limit: number,
  measure: MeasureSites,
): Promise<{ ranked: RankedSite[]; unfit: Site[]; measured: number }> {
  const bounds = sites
    .map((site) => ({ site, shape: ownShape(site), ...scoreSite(site, ownShape(site), ctx) }))
    .sort(bySiteOrder)
  const needsMeasuring = (b: (typeof bounds)[number]) => b.shape === null || ctx.profile.footprint !== undefined
  const batch = Math.max(2 * limit, 20)
  const ranked: RankedSite[] = []
  const unfit: Site[] = []
  let next = 0
  let measured = 0
  while (next < bounds.length) {
    const slice = bounds.slice(next, next + batch)
    next += slice.length
    const toMeasure = slice.filter(needsMeasuring).map((b) => b.site)
    measured += toMeasure.length
    const measurements = toMeasure.length > 0 ? await measure(toMeasure) : new Map<Site, Measurement>()
    for (const bound of slice) {
      const measurement = measurements.get(bound.site)
      if (measurement && !measurement.fits) unfit.push(bound.site)
      else if (measurement && bound.shape === null)
        ranked.push({ site: bound.site, shape: measurement.shape, ...scoreSite(bound.site, measurement.shape, ctx) })
      else
        ranked.push({
          site: bound.site,
          shape: bound.shape ?? measurement!.shape,
          score: bound.score,
          criteria: bound.criteria,
        })
    }
    ranked.sort(bySiteOrder)
    const last = ranked[limit - 1]
    if (last && (next >= bounds.length || last.score > bounds[next]!.score)) break
  }
  return { ranked: ranked.slice(0, limit), unfit, measured }
}
