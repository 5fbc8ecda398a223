/** Pure: where the pipeline contradicts itself or the land (two projects on one site, a need no block can meet). */
import type { ProjectStage } from '../projects/projects.table.js'
import type { MemberBlock } from './supply-demand.js'

export interface HoldingProject {
  id: number
  code: string
  name: string
  stage: ProjectStage
  parcelId: number | null
  wantsWholeBlock: boolean
  landNeedMu: number | null
  parkId: number | null
}

export type Conflict =
  | { kind: 'shared_parcel'; parcel_id: number; projects: { id: number; code: string; name: string }[] }
  | { kind: 'shared_block'; parcel_ids: number[]; projects: { id: number; code: string; name: string }[] }
  | {
      kind: 'no_block_large_enough'
      projects: { id: number; code: string; name: string }[]
      need_mu: number
      largest_block_mu: number
    }

const ended: readonly ProjectStage[] = ['dropped', 'transferred']
const unsupplied: readonly ProjectStage[] = ['lead', 'assessed', 'negotiating', 'signed']
const brief = (p: HoldingProject) => ({ id: p.id, code: p.code, name: p.name })

/**
 * @param heldBlocks blocks of land that is on offer or held in intention: a project asking for a whole block holds all of it
 * @param largestBlockByPark the largest block of land on offer in each park (mu)
 */
export function findConflicts(
  projects: readonly HoldingProject[],
  heldBlocks: readonly MemberBlock[],
  largestBlockByPark: ReadonlyMap<number, number>,
): Conflict[] {
  const live = projects.filter((p) => !ended.includes(p.stage))
  return [...sharedParcels(live), ...sharedBlocks(live, heldBlocks), ...tooBig(live, largestBlockByPark)]
}

function sharedParcels(live: readonly HoldingProject[]): Conflict[] {
  const byParcel = new Map<number, HoldingProject[]>()
  for (const p of live) if (p.parcelId !== null) byParcel.set(p.parcelId, [...(byParcel.get(p.parcelId) ?? []), p])
  return [...byParcel.entries()]
    .filter(([, holders]) => holders.length > 1)
    .map(([parcel_id, holders]) => ({ kind: 'shared_parcel' as const, parcel_id, projects: holders.map(brief) }))
}

function sharedBlocks(live: readonly HoldingProject[], heldBlocks: readonly MemberBlock[]): Conflict[] {
  const blockOf = new Map<number, MemberBlock>()
  for (const block of heldBlocks) for (const id of block.parcelIds) blockOf.set(id, block)
  const conflicts: Conflict[] = []
  for (const claimant of live) {
    const block = claimant.wantsWholeBlock && claimant.parcelId !== null ? blockOf.get(claimant.parcelId) : undefined
    if (!block) continue
    const others = live.filter(
      (p) =>
        p.id !== claimant.id &&
        p.parcelId !== null &&
        p.parcelId !== claimant.parcelId &&
        block.parcelIds.includes(p.parcelId),
    )
    if (others.length > 0) {
      conflicts.push({
        kind: 'shared_block',
        parcel_ids: [claimant.parcelId!, ...others.map((o) => o.parcelId!)],
        projects: [claimant, ...others].map(brief),
      })
    }
  }
  return conflicts
}

function tooBig(live: readonly HoldingProject[], largestBlockByPark: ReadonlyMap<number, number>): Conflict[] {
  return live
    .filter((p) => unsupplied.includes(p.stage) && p.parcelId === null && p.parkId !== null && (p.landNeedMu ?? 0) > 0)
    .filter((p) => p.landNeedMu! > (largestBlockByPark.get(p.parkId!) ?? 0))
    .map((p) => ({
      kind: 'no_block_large_enough' as const,
      projects: [brief(p)],
      need_mu: p.landNeedMu!,
      largest_block_mu: Math.round((largestBlockByPark.get(p.parkId!) ?? 0) * 100) / 100,
    }))
}
