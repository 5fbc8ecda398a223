import type { Kysely, Transaction } from 'kysely'
import type { AuditLogTable } from '../audit/audit.table.js'
import type { SessionsTable, UsersTable } from '../auth/auth.table.js'
import type { ChainLinksTable, ChainSegmentsTable, ChainsTable, EnterprisesTable } from '../chains/chains.table.js'
import type { ContextFeaturesTable } from '../context/context.table.js'
import type { ImportBatchesTable, ImportBatchRowsTable, ImportProfilesTable } from '../imports/imports.table.js'
import type { IncentiveRulesTable } from '../incentives/incentives.table.js'
import type { InfrastructureTable, SensitiveZonesTable } from '../infra/infra.table.js'
import type {
  JurisdictionsTable,
  MonthEndRankingsTable,
  UnitTargetsTable,
} from '../jurisdictions/jurisdictions.table.js'
import type { ParcelsTable } from '../land/parcels.table.js'
import type { LeadsTable } from '../leads/leads.table.js'
import type { ParksTable } from '../parks/parks.table.js'
import type {
  CapitalArrivalsTable,
  ProjectEventsTable,
  ProjectSitesTable,
  ProjectsTable,
  TargetsTable,
} from '../projects/projects.table.js'
import type { RegionsTable } from '../regions/regions.table.js'
import type { BuildingsTable, BuildingUnitsTable } from '../space/space.table.js'
import type { StoriesTable } from '../stories/stories.table.js'

export interface Database {
  regions: RegionsTable
  jurisdictions: JurisdictionsTable
  unit_targets: UnitTargetsTable
  month_end_rankings: MonthEndRankingsTable
  parks: ParksTable
  parcels: ParcelsTable
  buildings: BuildingsTable
  building_units: BuildingUnitsTable
  infrastructure: InfrastructureTable
  sensitive_zones: SensitiveZonesTable
  chains: ChainsTable
  chain_segments: ChainSegmentsTable
  chain_links: ChainLinksTable
  enterprises: EnterprisesTable
  projects: ProjectsTable
  project_events: ProjectEventsTable
  project_sites: ProjectSitesTable
  capital_arrivals: CapitalArrivalsTable
  targets: TargetsTable
  users: UsersTable
  sessions: SessionsTable
  audit_log: AuditLogTable
  incentive_rules: IncentiveRulesTable
  import_batches: ImportBatchesTable
  import_batch_rows: ImportBatchRowsTable
  import_profiles: ImportProfilesTable
  context_features: ContextFeaturesTable
  leads: LeadsTable
  stories: StoriesTable
}

export type Db = Kysely<Database>
/** Repository functions take either, so callers decide the transaction. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>
export type DatabaseKind = 'pglite' | 'postgres'
