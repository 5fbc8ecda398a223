import { auditRoutes } from './audit/audit.routes.js'
import { authRoutes } from './auth/auth.routes.js'
import { throttlesRoutes } from './auth/throttles.routes.js'
import { chainEditsRoutes } from './chains/chain-edits.routes.js'
import { chainsRoutes } from './chains/chains.routes.js'
import { enterprisesRoutes } from './chains/enterprises.routes.js'
import { contextRoutes } from './context/context.routes.js'
import { healthRoutes } from './health/health.routes.js'
import { importsRoutes } from './imports/imports.routes.js'
import { incentivesRoutes } from './incentives/incentives.routes.js'
import { infraRoutes } from './infra/infra.routes.js'
import { jurisdictionsRoutes } from './jurisdictions/jurisdictions.routes.js'
import { blocksRoutes } from './land/blocks.routes.js'
import { exportRoutes } from './land/export.routes.js'
import { parcelsRoutes } from './land/parcels.routes.js'
import { placesRoutes } from './land/places.routes.js'
import { summaryRoutes } from './land/summary.routes.js'
import { leadsRoutes } from './leads/leads.routes.js'
import { parksRoutes } from './parks/parks.routes.js'
import { bulletinRoutes } from './planning/bulletin.routes.js'
import { planningRoutes } from './planning/planning.routes.js'
import { targetsRoutes } from './planning/targets.routes.js'
import { unitTargetsRoutes } from './planning/unit-targets.routes.js'
import { capitalRoutes } from './projects/capital.routes.js'
import { pipelineViewsRoutes } from './projects/pipeline-views.routes.js'
import { projectSitesRoutes } from './projects/project-sites.routes.js'
import { projectsRoutes } from './projects/projects.routes.js'
import { matchRoutes } from './recommend/match.routes.js'
import { recommendRoutes } from './recommend/recommend.routes.js'
import { regionsRoutes } from './regions/regions.routes.js'
import { spaceRoutes } from './space/space.routes.js'
import { spaceEditRoutes, spaceImportRoutes } from './space/space-edit.routes.js'
import { spaceExportRoutes } from './space/space-export.routes.js'
import { unitHoldsRoutes } from './space/unit-holds.routes.js'
import { storiesRoutes } from './stories/stories.routes.js'
import { tilesRoutes } from './tiles/tiles.routes.js'
import { usersRoutes } from './users/users.routes.js'

/** Every API router, in the order they are mounted: where two could answer a path, the earlier one does. */
export const apiRouters = [
  healthRoutes,
  authRoutes,
  throttlesRoutes,
  regionsRoutes,
  jurisdictionsRoutes,
  parksRoutes,
  parcelsRoutes,
  blocksRoutes,
  spaceExportRoutes,
  spaceImportRoutes,
  spaceEditRoutes,
  spaceRoutes,
  placesRoutes,
  tilesRoutes,
  contextRoutes,
  summaryRoutes,
  exportRoutes,
  infraRoutes,
  incentivesRoutes,
  matchRoutes,
  recommendRoutes,
  projectSitesRoutes,
  capitalRoutes,
  unitHoldsRoutes,
  importsRoutes,
  chainEditsRoutes,
  chainsRoutes,
  enterprisesRoutes,
  leadsRoutes,
  storiesRoutes,
  pipelineViewsRoutes,
  projectsRoutes,
  planningRoutes,
  bulletinRoutes,
  targetsRoutes,
  unitTargetsRoutes,
  usersRoutes,
  auditRoutes,
] as const

/** The routers' types, one by one: the web builds its typed client from them (web/src/api/client.ts). */
export type ApiRouters = typeof apiRouters
