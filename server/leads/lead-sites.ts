import type { DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { currentBlocks } from '../land/blocks-cache.js'
import { buildingOnShow, publicParcelsNamed } from './leads.repo.js'
import type { LeadSubmission } from './leads.schema.js'
import type { LeadSite } from './leads.table.js'

type SiteRequest = NonNullable<LeadSubmission['sites']>[number]

const refused = (index: number, why: string) => new ApiError('invalid_request', `sites[${index}].ref: ${why}`)

/** An assembled site (智寻址) as its parcels' ids: "12,13,14". */
function siteParcelIds(ref: string, index: number): number[] {
  const parts = ref.split(',').map((part) => part.trim())
  if (parts.length > 50 || !parts.every((part) => /^[1-9][0-9]{0,9}$/.test(part)))
    throw refused(index, 'expected parcel ids separated by commas, e.g. 12,13,14')
  return [...new Set(parts.map(Number))]
}

async function parcelIdsOf(db: DbOrTrx, site: SiteRequest, index: number): Promise<number[]> {
  if (site.kind === 'building') return publishedBuilding(db, site.ref, index)
  if (site.kind === 'block') {
    const blocks = await currentBlocks(
      db,
      { statuses: DEFAULT_BLOCK_STATUSES, audience: 'public' },
      { gapM: 0, minMu: 100 },
    )
    const block = blocks.find((b) => b.id === site.ref)
    if (!block) throw refused(index, `no contiguous block ${site.ref} is on offer`)
    return block.parcelIds
  }
  const wanted = site.kind === 'site' ? siteParcelIds(site.ref, index) : null
  const byRef = /^[1-9][0-9]{0,9}$/.test(site.ref)
    ? { ids: [Number(site.ref)], codes: [] }
    : { ids: [], codes: [site.ref] }
  const found = await publicParcelsNamed(db, wanted ? { ids: wanted, codes: [] } : byRef)
  if (found.length === 0 || (wanted && found.length !== wanted.length))
    throw refused(index, `no published parcel ${site.ref}`)
  return found.map((parcel) => parcel.id).sort((a, b) => a - b)
}

/** A building stands on no parcel on offer: it is named by its id, and must be one the public sees. */
async function publishedBuilding(db: DbOrTrx, ref: string, index: number): Promise<number[]> {
  const id = /^[1-9][0-9]{0,9}$/.test(ref) && Number(ref) <= 2_147_483_647 ? Number(ref) : null
  const found = id === null ? undefined : await buildingOnShow(db, id)
  if (!found) throw refused(index, `no published building ${ref}`)
  return []
}

/** The sites a submission names, each with the published parcels it stands for today; one not on offer is a 400. */
export async function resolveLeadSites(db: DbOrTrx, sites: readonly SiteRequest[]): Promise<LeadSite[]> {
  const resolved: LeadSite[] = []
  for (const [index, site] of sites.entries())
    resolved.push({ kind: site.kind, ref: site.ref, parcel_ids: await parcelIdsOf(db, site, index) })
  return resolved
}
