import { enterpriseCollection } from '../chains/enterprises.repo.js'
import { blockFeatureCollection } from '../land/blocks.js'
import type { PresentedScene, Scene } from './stories.schema.js'
import { storyBlocks } from './story-blocks.js'
import { infrastructureFeatures, parcelFeatures, parkFeatures, projectFeatures } from './story-features.repo.js'
import { type FiguresContext, figuresCard } from './story-figures.js'

type Collection = { type: 'FeatureCollection'; features: unknown[] }
const EMPTY: Collection = { type: 'FeatureCollection', features: [] }

/**
 * A scene as the player shows it (skeleton → hydrate): its figures computed and its highlights drawn from the data
 * as this audience may see it. A public story is presented for the public, so nothing confidential can enter it.
 */
export async function presentScene(ctx: FiguresContext, scene: Scene): Promise<PresentedScene> {
  const [figures, features] = await Promise.all([figuresCard(ctx, scene), highlightedFeatures(ctx, scene)])
  const { notes, ...shown } = scene
  const { figures: spec, ...rest } = shown
  const computed = spec && figures ? { ...spec, ...figures } : null
  return { ...rest, ...(ctx.audience === 'staff' ? { notes } : {}), figures: computed, features }
}

async function highlightedFeatures(ctx: FiguresContext, scene: Scene): Promise<Collection> {
  const h = scene.highlights
  const { db, audience } = ctx
  const parts = await Promise.all([
    h.parks?.length ? parkFeatures(db, audience, h.parks) : EMPTY,
    h.parcels?.length ? parcelFeatures(db, audience, h.parcels) : EMPTY,
    h.blocks?.length ? blockFeatures(ctx, h.blocks) : EMPTY,
    h.infrastructure?.length ? infrastructureFeatures(db, h.infrastructure) : EMPTY,
    h.chain ? chainFirmFeatures(ctx, h.chain) : EMPTY,
    h.projects?.length && audience === 'staff' ? projectFeatures(db, h.projects) : EMPTY,
  ])
  return { type: 'FeatureCollection', features: parts.flatMap((p) => p.features) }
}

async function blockFeatures(ctx: FiguresContext, ids: readonly string[]): Promise<Collection> {
  const blocks = await storyBlocks(ctx.db, ctx.audience)
  const wanted = blocks.filter((b) => ids.includes(b.id))
  const collection = blockFeatureCollection(wanted)
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        highlight: 'block',
        name: f.properties.block_id,
        name_en: f.properties.block_id,
        total_mu: f.properties.total_mu,
      },
    })),
  }
}

async function chainFirmFeatures(ctx: FiguresContext, chain: { chain_id: number; segment_id?: number }) {
  const text = await enterpriseCollection(ctx.db, ctx.audience, {
    chainId: chain.chain_id,
    ...(chain.segment_id ? { segmentIds: [chain.segment_id] } : {}),
  })
  const collection = JSON.parse(text) as { features: { geometry: unknown; properties: Record<string, unknown> }[] }
  return {
    type: 'FeatureCollection' as const,
    features: collection.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { highlight: 'firm', name: f.properties.name, name_en: f.properties.name_en ?? f.properties.name },
    })),
  }
}

/** Scenes presented one after another: each scene's queries are concurrent already, and PGlite serves one at a time. */
export async function presentScenes(ctx: FiguresContext, scenes: readonly Scene[]): Promise<PresentedScene[]> {
  const presented: PresentedScene[] = []
  for (const scene of scenes) presented.push(await presentScene(ctx, scene))
  return presented
}
