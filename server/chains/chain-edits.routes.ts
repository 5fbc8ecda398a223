import { createRoute, z } from '@hono/zod-openapi'
import { auditedCreate, auditedUpdate } from '../audit/audited-write.js'
import { access } from '../auth/access.js'
import { actorOf } from '../auth/authenticate.js'
import { ApiError } from '../http/api-error.js'
import { idParamSchema, pathId } from '../http/params.js'
import { createRouter } from '../http/router.js'
import { requiredIfMatch, setEtag } from '../http/versioning.js'
import { exchangeProblem } from './chain-exchange.js'
import { assertAcyclic, ChainCycleError } from './chain-graph.js'
import {
  addLink,
  chainLinks,
  chainSegments,
  findChain,
  insertChains,
  lockChainSnapshot,
  lockSegmentSnapshot,
  removeLink,
  updateChain,
  updateSegment,
} from './chains.repo.js'
import { chainExchangeSchema, chainPatchSchema, linkBodySchema, segmentPatchSchema } from './chains.schema.js'

const versioned = (description: string) => ({
  200: {
    description,
    content: { 'application/json': { schema: z.object({ id: z.number().int(), version: z.number().int() }) } },
  },
  409: { description: 'The change would make the chain inconsistent (a loop); the message names it' },
  412: { description: 'Stale version; the ETag header carries the current one' },
  428: { description: 'If-Match missing' },
})

const patchChain = createRoute({
  method: 'patch',
  path: '/chains/{id}',
  summary: 'Change a chain’s name, chief, key figures or gap threshold',
  ...access('chains', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: chainPatchSchema } }, required: true },
  },
  responses: versioned('The chain’s new version'),
})
const patchSegment = createRoute({
  method: 'patch',
  path: '/chain-segments/{id}',
  summary: 'Change a segment (name, tier, parent, order)',
  ...access('chains', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: segmentPatchSchema } }, required: true },
  },
  responses: versioned('The segment’s new version'),
})
const postLink = createRoute({
  method: 'post',
  path: '/chains/{id}/links',
  summary: 'Add a supplier → customer link; a link closing a loop is refused (409)',
  ...access('chains', 'update'),
  request: {
    params: idParamSchema,
    body: { content: { 'application/json': { schema: linkBodySchema } }, required: true },
  },
  responses: versioned('The chain’s new version'),
})
const deleteLink = createRoute({
  method: 'delete',
  path: '/chains/{id}/links/{linkId}',
  summary: 'Remove a link',
  ...access('chains', 'update'),
  request: { params: idParamSchema.extend({ linkId: pathId('linkId') }) },
  responses: versioned('The chain’s new version'),
})
const importChain = createRoute({
  method: 'post',
  path: '/chains/import',
  summary: 'Create a chain from the exchange format, all or nothing',
  ...access('chains', 'create'),
  request: { body: { content: { 'application/json': { schema: chainExchangeSchema } }, required: true } },
  responses: {
    201: {
      description: 'The new chain',
      content: { 'application/json': { schema: z.object({ id: z.number().int(), key: z.string() }) } },
    },
    400: { description: 'The file names a segment that does not exist, or links form a loop' },
    409: { description: 'A chain with that key exists' },
  },
})

/** Loads the chain's links with one more (or one less) and refuses a loop, naming it. */
async function assertNoLoop(
  trx: Parameters<typeof chainLinks>[0],
  chainId: number,
  extra: { supplierId: number; customerId: number },
) {
  const [segments, links] = await Promise.all([chainSegments(trx, chainId), chainLinks(trx, chainId)])
  const ids = new Set(segments.map((s) => s.id))
  for (const [field, id] of [
    ['supplier_id', extra.supplierId],
    ['customer_id', extra.customerId],
  ] as const) {
    if (!ids.has(id)) throw new ApiError('invalid_request', `${field}: ${id} is not a segment of chain ${chainId}`)
  }
  try {
    assertAcyclic(
      segments.map((s) => ({ id: s.id, key: s.key, tier: s.tier, parentId: s.parent_id, sort: s.sort })),
      [...links.map((l) => ({ supplierId: l.supplier_id, customerId: l.customer_id })), extra],
    )
  } catch (error) {
    if (error instanceof ChainCycleError) throw new ApiError('cycle', error.message)
    throw error
  }
}

export const chainEditsRoutes = createRouter()
  .openapi(patchChain, async (c) => {
    const { id } = c.req.valid('param')
    const { key_figures, ...patch } = c.req.valid('json')
    const after = await auditedUpdate(c.var.deps.db, {
      actor: actorOf(c),
      entity: 'chains',
      id,
      expectedVersion: requiredIfMatch(c),
      lock: lockChainSnapshot,
      apply: (trx) =>
        updateChain(trx, id, { ...patch, ...(key_figures ? { key_figures: JSON.stringify(key_figures) } : {}) }),
    })
    setEtag(c, after.version)
    return c.json({ id, version: after.version }, 200)
  })
  .openapi(patchSegment, async (c) => {
    const { id } = c.req.valid('param')
    const patch = c.req.valid('json')
    const after = await auditedUpdate(c.var.deps.db, {
      actor: actorOf(c),
      entity: 'chains',
      id,
      expectedVersion: requiredIfMatch(c),
      lock: lockSegmentSnapshot,
      apply: async (trx, _id, before) => {
        if (patch.parent_id != null) await assertParentFits(trx, before.chain_id as number, id, patch.parent_id)
        await updateSegment(trx, id, patch)
      },
    })
    setEtag(c, after.version)
    return c.json({ id, version: after.version }, 200)
  })
  .openapi(postLink, async (c) => {
    const { id } = c.req.valid('param')
    const { supplier_id, customer_id } = c.req.valid('json')
    const after = await auditedUpdate(c.var.deps.db, {
      actor: actorOf(c),
      entity: 'chains',
      id,
      expectedVersion: requiredIfMatch(c),
      lock: lockChainSnapshot,
      apply: async (trx) => {
        await assertNoLoop(trx, id, { supplierId: supplier_id, customerId: customer_id })
        await addLink(trx, id, supplier_id, customer_id)
      },
    })
    setEtag(c, after.version)
    return c.json({ id, version: after.version }, 200)
  })
  .openapi(deleteLink, async (c) => {
    const { id, linkId } = c.req.valid('param')
    const after = await auditedUpdate(c.var.deps.db, {
      actor: actorOf(c),
      entity: 'chains',
      id,
      expectedVersion: requiredIfMatch(c),
      lock: lockChainSnapshot,
      apply: async (trx) => {
        if (!(await removeLink(trx, id, linkId))) throw new ApiError('not_found', `Chain ${id} has no link ${linkId}`)
      },
    })
    setEtag(c, after.version)
    return c.json({ id, version: after.version }, 200)
  })
  .openapi(importChain, async (c) => {
    const file = c.req.valid('json')
    const problem = exchangeProblem(file)
    if (problem) throw new ApiError('invalid_request', problem)
    const { db } = c.var.deps
    const created = await auditedCreate(db, {
      actor: actorOf(c),
      entity: 'chains',
      insert: async (trx) => {
        const { chainIds } = await insertChains(trx, [
          {
            ...file.chain,
            key_figures: JSON.stringify(file.chain.key_figures),
            segments: file.segments.map((s, sort) => ({
              key: s.key,
              name: s.name,
              name_en: s.name_en,
              tier: s.tier,
              sort,
              parentKey: s.parent,
            })),
            links: file.links,
          },
        ])
        return chainIds.get(file.chain.key)!
      },
      read: (trx, id) => findChain(trx, id),
    })
    return c.json({ id: created.id, key: created.key }, 201)
  })

/** A parent must be in the same chain and must not sit below the segment itself. */
async function assertParentFits(
  trx: Parameters<typeof chainSegments>[0],
  chainId: number,
  segmentId: number,
  parentId: number,
) {
  const segments = await chainSegments(trx, chainId)
  const parentOf = new Map(segments.map((s) => [s.id, s.parent_id]))
  if (!parentOf.has(parentId))
    throw new ApiError('invalid_request', `parent_id: ${parentId} is not a segment of chain ${chainId}`)
  for (let at: number | null | undefined = parentId; at != null; at = parentOf.get(at)) {
    if (at === segmentId)
      throw new ApiError(
        'cycle',
        `parent_id: segment ${parentId} lies under segment ${segmentId}; a parent cannot be its own descendant`,
      )
  }
}
