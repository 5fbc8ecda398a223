/**
 * Credit between units (000 §2, 001 §3), pure. A project introduced by one unit (首谈) and landed in another (落地) is
 * shared 5:5: its count in its year, its capital for 3 years from the first arrival, then wholly the landing unit's.
 * A unit's credit is its parents' too, so two towns of one district share a project 0.5 each and the district counts 1.
 */
import { addMonths, creditShares } from '../projects/project-rules.js'

/** Each unit's parent (null at the top): the tree credit rolls up. */
export type ParentLinks = ReadonlyMap<number, number | null>

/** Months from a project's first capital arrival during which its capital is shared like its count. */
export const CAPITAL_SHARING_MONTHS = 36

/** A share for each unit and every unit above it; where both sides meet (a common district), their shares add up. */
export function rolledUpShares(shares: readonly { region: number; share: number }[], parents: ParentLinks) {
  const credit = new Map<number, number>()
  for (const { region: unit, share } of shares) {
    const seen = new Set<number>()
    for (let at: number | null | undefined = unit; at != null && !seen.has(at); at = parents.get(at)) {
      seen.add(at)
      credit.set(at, (credit.get(at) ?? 0) + share)
    }
  }
  return credit
}

/** A project's count credit: 5:5 between its first-report and landing units when they differ, rolled up the tree. */
export const projectCredit = (firstReportUnit: number | null, landingUnit: number | null, parents: ParentLinks) =>
  rolledUpShares(creditShares(firstReportUnit, landingUnit), parents)

/**
 * One capital arrival's credit: shared like the count while within 3 years of the project's first arrival (the day
 * 3 years on is the first not shared), wholly the landing unit's after.
 */
export function capitalCredit(
  arrival: { on: string; amount: number },
  firstArrivalOn: string,
  units: { firstReport: number | null; landing: number | null },
  parents: ParentLinks,
) {
  const shared = arrival.on < addMonths(firstArrivalOn, CAPITAL_SHARING_MONTHS)
  const shares = shared ? creditShares(units.firstReport, units.landing) : creditShares(null, units.landing)
  return rolledUpShares(
    shares.map((s) => ({ region: s.region, share: s.share * arrival.amount })),
    parents,
  )
}
