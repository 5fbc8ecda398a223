import { type Kysely, sql } from 'kysely'

// Frozen in time: later changes go into new migrations, never edits here.
// A parcel's audit snapshot had two shapes: edits stored the whole row with its outline as a GeoJSON object under
// `geom`, imports a subset with the outline as GeoJSON text under `geometry`. Imports now store the edits' shape;
// the snapshots written before are moved to it, so a history and an undo read one shape. Their other fields stay
// as they were recorded (the subset an import wrote).
const toGeom = (column: 'before' | 'after') =>
  sql`${sql.ref(column)} - 'geometry' || jsonb_build_object('geom', (${sql.ref(column)} ->> 'geometry')::jsonb)`
const fromGeom = (column: 'before' | 'after') =>
  sql`${sql.ref(column)} - 'geom' || jsonb_build_object('geometry', ${sql.ref(column)} ->> 'geom')`

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['before', 'after'] as const) {
    await sql`UPDATE audit_log SET ${sql.ref(column)} = ${toGeom(column)}
      WHERE entity = 'parcels' AND ${sql.ref(column)} ? 'geometry'`.execute(db)
  }
  await sql`UPDATE import_batch_rows SET before = ${toGeom('before')} WHERE before ? 'geometry'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // An import's undo read its text again; an edit's snapshot (the whole row, with `version`) keeps its object.
  for (const column of ['before', 'after'] as const) {
    await sql`UPDATE audit_log SET ${sql.ref(column)} = ${fromGeom(column)}
      WHERE entity = 'parcels' AND ${sql.ref(column)} ? 'geom' AND NOT ${sql.ref(column)} ? 'version'`.execute(db)
  }
  await sql`UPDATE import_batch_rows SET before = ${fromGeom('before')} WHERE before ? 'geom'`.execute(db)
}
