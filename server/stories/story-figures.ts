import { presentSegments } from '../chains/chain-view.js'
import { chainLinks, chainSegments, findChain, firmsPerSegment } from '../chains/chains.repo.js'
import type { Db } from '../db/database.js'
import { estimateIncentives } from '../incentives/incentive-rule.js'
import { publishedRules } from '../incentives/incentives.repo.js'
import { SELL_WHOLE_MU } from '../land/block-graph.js'
import type { ParcelAudience } from '../land/parcels.repo.js'
import { rankingReport } from '../planning/planning.service.js'
import type { PipelineConfig } from '../projects/pipeline-config.js'
import { landOnOffer, parcelIdsIn, parkFacts, projectsByStage } from './stories.repo.js'
import type { FigureItem, FiguresCard, FiguresSpec, Scene } from './stories.schema.js'
import { storyBlocks } from './story-blocks.js'
import { viewBounds } from './story-rules.js'

export interface FiguresContext {
  db: Db
  audience: ParcelAudience
  chainGapThreshold: number
  /** The pipeline's rules and today: what the ranking (赛马) is computed with. Staff figures only. */
  ranking?: { rules: PipelineConfig; today: string }
}

const item = (key: string, zh: string, en: string, value: number | string, unit?: [string, string]): FigureItem => ({
  key,
  label_zh: zh,
  label_en: en,
  value,
  ...(unit ? { unit_zh: unit[0], unit_en: unit[1] } : {}),
})
const MU: [string, string] = ['亩', 'mu']

/** A scene's figures card, computed from the data as this audience may see it; null when the scene has none. */
export async function figuresCard(ctx: FiguresContext, scene: Scene): Promise<FiguresCard | null> {
  const spec = scene.figures
  if (!spec) return null
  return { kind: spec.kind, items: await itemsOf(ctx, spec, scene) }
}

function itemsOf(ctx: FiguresContext, spec: FiguresSpec, scene: Scene): Promise<FigureItem[]> {
  switch (spec.kind) {
    case 'land':
      return landItems(ctx, spec.park_id, scene)
    case 'chain':
      return chainItems(ctx, spec.chain_id, spec.segment_id)
    case 'incentives':
      return incentiveItems(ctx, spec.profile)
    case 'port':
    case 'contact':
      return parkItems(ctx, spec.kind, spec.park_id)
    case 'pipeline':
      return pipelineItems(ctx)
    case 'ranking':
      return rankingItems(ctx)
  }
}

/** Land on offer and the contiguous blocks of ≥ 100 and ≥ 200 mu, in the park or else in the scene's view. */
async function landItems(ctx: FiguresContext, parkId: number | undefined, scene: Scene) {
  const bbox = parkId === undefined ? viewBounds(scene.view) : undefined
  const [offer, blocks, inView, park] = await Promise.all([
    landOnOffer(ctx.db, ctx.audience, { parkId, bbox }),
    storyBlocks(ctx.db, ctx.audience),
    bbox ? parcelIdsIn(ctx.db, ctx.audience, bbox) : null,
    parkId === undefined ? null : parkFacts(ctx.db, ctx.audience, parkId),
  ])
  const here = blocks.filter((b) =>
    inView ? b.parcelIds.some((id) => inView.has(id)) : park ? b.parks.includes(park.name) : false,
  )
  return [
    item('land_on_offer', '在售土地', 'Land on offer', offer.mu, MU),
    item('parcels_on_offer', '在售地块', 'Parcels on offer', offer.count, ['宗', 'parcels']),
    item('blocks_100', '≥100亩连片地块', 'Contiguous blocks ≥ 100 mu', here.length, ['片', 'blocks']),
    item(
      'blocks_200',
      '≥200亩连片地块',
      'Contiguous blocks ≥ 200 mu',
      here.filter((b) => b.totalMu >= SELL_WHOLE_MU).length,
      ['片', 'blocks'],
    ),
  ]
}

/** Firms in the chain (existing ones: targets are leads) and the segments where it is weak. */
async function chainItems(ctx: FiguresContext, chainId: number, segmentId: number | undefined) {
  const chain = await findChain(ctx.db, chainId)
  if (!chain) return []
  const [segments, links, firms] = await Promise.all([
    chainSegments(ctx.db, chainId),
    chainLinks(ctx.db, chainId),
    firmsPerSegment(ctx.db, chainId),
  ])
  const threshold = chain.gap_threshold ?? ctx.chainGapThreshold
  const shown = presentSegments(segments, links, { existing: firms.existing, target: new Map() }, threshold, false)
  const gaps = shown.filter((s) => s.is_gap && (segmentId === undefined || s.id === segmentId))
  const firmCount = [...firms.existing.values()].reduce((sum, n) => sum + n, 0)
  return [
    { ...item('chain', '产业链', 'Chain', chain.name), value_en: chain.name_en },
    item('firms', '链上企业', 'Firms in the chain', firmCount, ['家', 'firms']),
    item('segments', '环节', 'Segments', segments.length, ['个', 'segments']),
    {
      ...item('gaps', '待补链环节', 'Gaps to fill', gaps.map((g) => g.name).join('、') || '—'),
      value_en: gaps.map((g) => g.name_en ?? g.name).join(', ') || '—',
    },
  ]
}

async function incentiveItems(ctx: FiguresContext, profile: Parameters<typeof estimateIncentives>[1]) {
  const estimate = estimateIncentives(await publishedRules(ctx.db), profile)
  const sample = [
    profile.total_investment_wan !== undefined ? `总投资 ${profile.total_investment_wan} 万元` : '',
    profile.foreign_capital_usd_wan !== undefined ? `到资外资 ${profile.foreign_capital_usd_wan} 万美元` : '',
  ].filter(Boolean)
  const sampleEn = [
    profile.total_investment_wan !== undefined
      ? `total investment CNY ${(profile.total_investment_wan / 100).toLocaleString('en-US')} M`
      : '',
    profile.foreign_capital_usd_wan !== undefined
      ? `foreign capital USD ${(profile.foreign_capital_usd_wan / 100).toLocaleString('en-US')} M`
      : '',
  ].filter(Boolean)
  return [
    { ...item('sample', '示例项目', 'Sample project', sample.join('，')), value_en: sampleEn.join(', ') },
    item('incentives_total', '可享奖励合计', 'Incentives in total', estimate.total_wan, ['万元', '10k CNY']),
    ...estimate.applicable.slice(0, 4).map((r, i) => ({
      ...item(`rule_${i + 1}`, r.name, r.name_en, r.amount_wan, ['万元', '10k CNY'] as [string, string]),
    })),
  ]
}

/** The park's nearest port (on the ellipsoid), or whom to call. */
async function parkItems(ctx: FiguresContext, kind: 'port' | 'contact', parkId: number) {
  const park = await parkFacts(ctx.db, ctx.audience, parkId)
  if (!park) return []
  const name = { ...item('park', '园区', 'Park', park.name), value_en: park.name_en ?? park.name }
  if (kind === 'contact') return [name, item('contact', '招商联系', 'Contact', park.contact ?? '—')]
  const port = park.nearest_port as unknown as { name: string; name_en: string; km: number } | null
  if (!port) return [name]
  return [
    name,
    { ...item('port', '最近港口', 'Nearest port', port.name), value_en: port.name_en },
    item('port_km', '直线距离', 'Distance', port.km, ['公里', 'km']),
  ]
}

/** The pipeline by the stages the documents count (在谈、签约、开工、投产). Confidential: internal stories only. */
async function pipelineItems(ctx: FiguresContext) {
  if (ctx.audience !== 'staff') return []
  const rows = await projectsByStage(ctx.db)
  const count = (stages: string[]) => rows.filter((r) => stages.includes(r.stage)).reduce((s, r) => s + r.count, 0)
  const unit: [string, string] = ['个', 'projects']
  return [
    item('negotiating', '在谈', 'Negotiating', count(['lead', 'assessed', 'negotiating']), unit),
    item('signed', '签约', 'Signed', count(['signed', 'land_supplied']), unit),
    item('construction', '开工', 'Under construction', count(['construction']), unit),
    item('production', '投产', 'In production', count(['production', 'full_capacity']), unit),
  ]
}

/** This year's 赛马: the districts by their completion of the targets, best first. Confidential: staff only. */
export async function districtRanking(ctx: FiguresContext) {
  if (ctx.audience !== 'staff' || !ctx.ranking) return null
  return rankingReport(ctx.db, ctx.ranking.rules, ctx.ranking.today)
}

async function rankingItems(ctx: FiguresContext) {
  const report = await districtRanking(ctx)
  return (report?.rows ?? []).slice(0, 6).map((row) => ({
    ...item(
      `rank_${row.rank}`,
      `${row.rank}. ${row.name}`,
      `${row.rank}. ${row.name_en ?? row.name}`,
      `${Math.round(row.score * 100)}%`,
    ),
    light: row.light,
  }))
}
