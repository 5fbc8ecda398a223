import type { Migration, MigrationProvider } from 'kysely'
import * as createPostgis from './20261122T1000-create-postgis.js'
import * as createCoreTables from './20261122T1010-create-core-tables.js'
import * as createAuthAudit from './20261122T1100-create-auth-audit.js'
import * as addParcelDistances from './20261122T1200-add-parcel-distances.js'
import * as addPipelineRecords from './20261122T1300-add-pipeline-records.js'
import * as addChainLinks from './20261122T1400-add-chain-links.js'
import * as createIncentiveRules from './20261122T1500-create-incentive-rules.js'
import * as createSensitiveZones from './20261122T1600-create-sensitive-zones.js'
import * as replaceLocalMetric from './20261122T1610-replace-local-metric.js'
import * as createImportBatches from './20261123T0010-create-import-batches.js'
import * as addTextLimits from './20261128T0100-add-text-limits.js'
import * as oneOutlineShape from './20261128T1200-one-outline-shape.js'
import * as oneParcelSnapshot from './20261128T1210-one-parcel-snapshot.js'
import * as plpgsqlRowFunctions from './20261128T1800-plpgsql-row-functions.js'
import * as tileLayers from './20261129T0100-tile-layers.js'
import * as createLeads from './20261129T1000-create-leads.js'
import * as createStories from './20261130T1000-create-stories.js'
import * as createImportProfiles from './20261201T1000-create-import-profiles.js'
import * as createJurisdictions from './20261202T1000-create-jurisdictions.js'
import * as createCapitalArrivals from './20261202T1100-create-capital-arrivals.js'
import * as unitTargetsAndMonthEnds from './20261202T1200-unit-targets-and-month-ends.js'
import * as incentivePlaces from './20261202T1300-incentive-places.js'
import * as createBuildings from './20261203T1000-create-buildings.js'

// Listed statically so bundlers and tests see exactly the migrations that ship.
const migrations: Record<string, Migration> = {
  '20261122T1000-create-postgis': createPostgis,
  '20261122T1010-create-core-tables': createCoreTables,
  '20261122T1100-create-auth-audit': createAuthAudit,
  '20261122T1200-add-parcel-distances': addParcelDistances,
  '20261122T1300-add-pipeline-records': addPipelineRecords,
  '20261122T1400-add-chain-links': addChainLinks,
  '20261122T1500-create-incentive-rules': createIncentiveRules,
  '20261122T1600-create-sensitive-zones': createSensitiveZones,
  '20261122T1610-replace-local-metric': replaceLocalMetric,
  '20261123T0010-create-import-batches': createImportBatches,
  '20261128T0100-add-text-limits': addTextLimits,
  '20261128T1200-one-outline-shape': oneOutlineShape,
  '20261128T1210-one-parcel-snapshot': oneParcelSnapshot,
  '20261128T1800-plpgsql-row-functions': plpgsqlRowFunctions,
  '20261129T0100-tile-layers': tileLayers,
  '20261129T1000-create-leads': createLeads,
  '20261130T1000-create-stories': createStories,
  '20261201T1000-create-import-profiles': createImportProfiles,
  '20261202T1000-create-jurisdictions': createJurisdictions,
  '20261202T1100-create-capital-arrivals': createCapitalArrivals,
  '20261202T1200-unit-targets-and-month-ends': unitTargetsAndMonthEnds,
  '20261202T1300-incentive-places': incentivePlaces,
  '20261203T1000-create-buildings': createBuildings,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}

export const migrationNames: readonly string[] = Object.keys(migrations).sort()
