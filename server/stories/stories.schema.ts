import { z } from '@hono/zod-openapi'
import { idNumber } from '../http/params.js'
import { textLimits } from '../http/text-limits.js'
import { profileSchema } from '../incentives/incentives.routes.js'
import { storyVisibilities } from './stories.table.js'

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`)
const ids = z.array(idNumber).max(200, 'at most 200 ids')
/** A block as blocks are named: `B-` and its first parcel's code. */
const blockId = z.string().regex(/^B-[^\s/?#&]{1,64}$/u, 'expected a block id such as B-XS-0001')

/** The layers a scene may switch on; `projects` is confidential and keeps a story internal. */
export const storyLayers = ['parcels', 'blocks', 'parks', 'infrastructure', 'chain_firms', 'projects'] as const
export type StoryLayer = (typeof storyLayers)[number]

export const sceneViewSchema = z
  .object({
    center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-360).max(360).default(0),
    pitch: z.number().min(0).max(85).default(0),
  })
  .strict()

export const highlightsSchema = z
  .object({
    parks: ids,
    parcels: ids,
    blocks: z.array(blockId).max(50),
    infrastructure: ids,
    chain: z.object({ chain_id: idNumber, segment_id: idNumber.optional() }).strict(),
    projects: ids,
  })
  .partial()
  .strict()

/** Figures cards are computed from the data, never typed: a scene names what to compute. */
export const figuresSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('land'), park_id: idNumber.optional() }).strict(),
  z.object({ kind: z.literal('chain'), chain_id: idNumber, segment_id: idNumber.optional() }).strict(),
  z.object({ kind: z.literal('incentives'), profile: profileSchema }).strict(),
  z.object({ kind: z.literal('port'), park_id: idNumber }).strict(),
  z.object({ kind: z.literal('contact'), park_id: idNumber }).strict(),
  z.object({ kind: z.literal('pipeline') }).strict(),
  z.object({ kind: z.literal('ranking') }).strict(),
])
export type FiguresSpec = z.infer<typeof figuresSpecSchema>
export const figureKinds = figuresSpecSchema.options.map((o) => o.shape.kind.value)

export const sceneSchema = z
  .object({
    title_zh: text(textLimits.name).min(1, 'give the scene a title'),
    title_en: text(textLimits.name).min(1, 'give the scene an English title'),
    caption_zh: text(textLimits.text).default(''),
    caption_en: text(textLimits.text).default(''),
    view: sceneViewSchema,
    layers: z.array(z.enum(storyLayers)).max(storyLayers.length).default(['parcels', 'parks']),
    highlights: highlightsSchema.default({}),
    figures: figuresSpecSchema.nullable().default(null),
    notes: text(textLimits.text).default('').openapi({ description: 'Presenter notes: staff only, never public' }),
    duration_s: z.number().int().min(3).max(600).default(12),
  })
  .strict()
  .openapi('StoryScene')
export type Scene = z.infer<typeof sceneSchema>

const storyFields = {
  title_zh: text(textLimits.name).min(1, 'give the story a title'),
  title_en: text(textLimits.name).min(1, 'give the story an English title'),
  visibility: z.enum(storyVisibilities),
  scenes: z.array(sceneSchema).max(60, 'at most 60 scenes'),
}

export const storyCreateSchema = z
  .object({
    ...storyFields,
    visibility: storyFields.visibility.default('internal'),
    scenes: storyFields.scenes.default([]),
  })
  .strict()
  .openapi('StoryCreate')
export const storyPatchSchema = z.object(storyFields).partial().strict().openapi('StoryPatch')
export type StoryPatch = z.infer<typeof storyPatchSchema>

export const storyQuerySchema = z.object({
  edition: z
    .enum(['published', 'draft'])
    .optional()
    .openapi({
      param: { name: 'edition', in: 'query' },
      description: 'draft: the working copy with live figures (staff); default: the frozen snapshot once published',
    }),
})

const figureItem = z.object({
  key: z.string(),
  label_zh: z.string(),
  label_en: z.string(),
  value: z.union([z.number(), z.string()]),
  value_en: z.string().optional(),
  unit_zh: z.string().optional(),
  unit_en: z.string().optional(),
  light: z.enum(['green', 'yellow', 'red']).optional(),
})
export type FigureItem = z.infer<typeof figureItem>
/** What a scene asked to compute (its kind and parameters) with the figures computed: `items`. */
export const figuresCardSchema = z
  .object({ kind: z.enum(figureKinds as [string, ...string[]]), items: z.array(figureItem) })
  .loose()
export type FiguresCard = z.infer<typeof figuresCardSchema>

const featureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) })

/** A scene as the player shows it: the scene, its figures computed and its highlighted features drawn. */
export const presentedSceneSchema = sceneSchema
  .omit({ notes: true, figures: true })
  .extend({
    notes: z.string().optional().openapi({ description: 'Staff only' }),
    figures: figuresCardSchema.nullable(),
    features: featureCollection,
    region_lights: z
      .array(z.object({ region_id: z.number(), light: z.enum(['green', 'yellow', 'red']) }))
      .optional()
      .openapi({ description: 'Staff only (the big screen): each district coloured by its 赛马 light' }),
  })
  .openapi('PresentedScene')
export type PresentedScene = z.infer<typeof presentedSceneSchema>

export const storySummarySchema = z
  .object({
    id: z.number(),
    title_zh: z.string(),
    title_en: z.string(),
    visibility: z.enum(storyVisibilities),
    published: z.boolean(),
    published_at: z.string().nullable(),
    scene_count: z.number(),
    version: z.number(),
  })
  .openapi('StorySummary')

export const storyListSchema = z.object({ stories: z.array(storySummarySchema) }).openapi('StoryList')

export const storySchema = storySummarySchema
  .extend({
    edition: z.enum(['published', 'draft']),
    as_of: z.string().openapi({ description: 'The day the figures and features were taken (YYYY-MM-DD)' }),
    unpublished_changes: z.boolean(),
    scenes: z.array(presentedSceneSchema),
  })
  .openapi('Story')
