import { sql } from 'kysely'
import { type Actor, recordAudit } from '../audit/audit.repo.js'
import { rowSnapshot, type Snapshot } from '../audit/snapshot.repo.js'
import type { Db, DbOrTrx } from '../db/database.js'
import { ApiError } from '../http/api-error.js'
import { lockParcelSnapshot } from '../land/parcels.repo.js'
import type { MappedRow } from './field-mapping.js'

/** 用地用海分类 names bureaus write, to the codes parcels carry. */
const landUseCodes: Readonly<Record<string, string>> = {
  工业用地: '1001',
  一类工业用地: '100101',
  二类工业用地: '100102',
  三类工业用地: '100103',
  物流仓储用地: '11',
  物流用地: '1101',
  仓储用地: '1101',
  商业服务业用地: '09',
  商业用地: '0901',
  商务金融用地: '0902',
}

export interface CommitRow {
  row: number
  fields: MappedRow
  /** GeoJSON in WGS84, as the dry run produced it (repaired where asked). */
  geometry: string
  regionId: number | null
  existingId: number | null
}

/** The columns an import writes, from the mapped fields; what the file does not say is left alone on update. */
function columnsOf(fields: MappedRow): Record<string, unknown> {
  const name = typeof fields.land_use_name === 'string' ? fields.land_use_name : undefined
  const code = typeof fields.land_use_code === 'string' ? fields.land_use_code : name ? landUseCodes[name] : undefined
  const columns: Record<ImportedColumn, unknown> = {
    location_desc: fields.location_desc,
    land_use_code: code,
    land_use_name: name ?? (code ? Object.keys(landUseCodes).find((k) => landUseCodes[k] === code) : undefined),
    declared_area_mu: fields.area_mu,
    start_price: fields.start_price,
    status: fields.status,
    far_max: fields.far_max,
    far_min: fields.far_min,
    building_density_max: fields.building_density_max,
    green_ratio_max: fields.green_ratio_max,
    height_limit_m: fields.height_limit_m,
    tenure_years: fields.tenure_years,
    available_from: fields.available_from,
    is_net_land: fields.is_net_land,
    is_standard_land: fields.is_standard_land,
    town: fields.town,
    contact: fields.contact,
  }
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined))
}

/** The columns an import may change on a stored parcel, which an undo puts back from the snapshot taken before. */
export const importedColumns = [
  'location_desc',
  'land_use_code',
  'land_use_name',
  'declared_area_mu',
  'start_price',
  'status',
  'far_max',
  'far_min',
  'building_density_max',
  'green_ratio_max',
  'height_limit_m',
  'tenure_years',
  'available_from',
  'is_net_land',
  'is_standard_land',
  'town',
  'contact',
] as const
type ImportedColumn = (typeof importedColumns)[number]

/** The parcel's audit snapshot, as every edit takes it (one shape: `rowSnapshot`). */
const snapshotOf = rowSnapshot('parcels', 'p')

const same = (a: unknown, b: unknown) =>
  a === null || a === undefined
    ? b === null || b === undefined
    : typeof b === 'number' || typeof a === 'number'
      ? Number(a) === Number(b)
      : a === b

const newParcel = (row: CommitRow) => ({
  land_use_code: '',
  land_use_name: '',
  status: 'available',
  published: false,
  utilities: [],
  ...columnsOf(row.fields),
  code: row.fields.code as string,
  region_id: row.regionId,
  geom: sql<string>`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${row.geometry}), 4326))`,
})

/** Parameters a statement may carry are 65 535: a chunk of new parcels stays well under. */
const INSERT_CHUNK = 500

/**
 * New parcels, many to a statement, each audited with the snapshot the database stored, in one statement a chunk.
 * Returns their ids in the rows' order. A row the database refuses is found by writing its chunk row by row.
 */
async function insertParcels(
  trx: DbOrTrx,
  rows: readonly CommitRow[],
  actor: Actor,
  refused: (row: CommitRow, e: Error) => Error,
): Promise<number[]> {
  const ids: number[] = []
  for (let at = 0; at < rows.length; at += INSERT_CHUNK) {
    const chunk = rows.slice(at, at + INSERT_CHUNK)
    await sql`SAVEPOINT import_chunk`.execute(trx)
    const inserted = await trx
      .insertInto('parcels')
      .values(chunk.map(newParcel) as never)
      .returning(['id', 'code'])
      .execute()
      .catch(async (e: Error) => {
        await sql`ROLLBACK TO SAVEPOINT import_chunk`.execute(trx)
        for (const row of chunk)
          await trx
            .insertInto('parcels')
            .values(newParcel(row) as never)
            .execute()
            .catch((one: Error) => Promise.reject(refused(row, one)))
        throw e
      })
    await sql`RELEASE SAVEPOINT import_chunk`.execute(trx)
    const idOf = new Map(inserted.map((r) => [r.code, r.id]))
    const chunkIds = chunk.map((row) => idOf.get(row.fields.code as string)!)
    await sql`
      INSERT INTO audit_log (user_id, user_name, action, entity, entity_id, before, after)
      SELECT ${actor.id}::int, ${actor.name}, 'create', 'parcels', p.id::text, NULL, ${snapshotOf} FROM parcels p WHERE p.id = ANY(${chunkIds}::int[]) ORDER BY p.id`.execute(
      trx,
    )
    ids.push(...chunkIds)
  }
  return ids
}

type Existing = CommitRow & { existingId: number }

/** A stored parcel a row names: its snapshot, and whether the row's outline is the one it has. */
interface StoredParcel {
  before: Snapshot
  sameOutline: boolean
}

/**
 * The stored parcels a batch's rows name, locked, each with its snapshot and the row's outline as it would be stored:
 * one statement for the lot, so that a file imported again is compared, not rewritten.
 */
async function lockExisting(trx: DbOrTrx, rows: readonly Existing[]): Promise<Map<number, StoredParcel>> {
  if (rows.length === 0) return new Map()
  const { rows: found } = await sql<{ id: number; snapshot: Snapshot; sameOutline: boolean }>`
    SELECT p.id, ${snapshotOf} AS snapshot,
      ST_AsGeoJSON(ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(i.g), 4326)), 7)::jsonb
        = ST_AsGeoJSON(p.geom, 7)::jsonb AS "sameOutline"
    FROM unnest(${rows.map((r) => r.existingId)}::int[], ${rows.map((r) => r.geometry)}::text[]) AS i(id, g) JOIN parcels p ON p.id = i.id
    ORDER BY p.id FOR UPDATE OF p`.execute(trx)
  return new Map(found.map((f) => [f.id, { before: f.snapshot, sameOutline: f.sameOutline }]))
}

/** Updates a stored parcel from its row, audited; 'unchanged' when the file says what the parcel already is. */
async function updateParcel(
  trx: DbOrTrx,
  row: Existing,
  stored: StoredParcel,
  actor: Actor,
): Promise<'update' | 'unchanged'> {
  const columns = columnsOf(row.fields)
  const geomSql = sql<string>`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${row.geometry}), 4326))`
  const { before } = stored
  const changed = Object.entries(columns).some(([k, v]) => !same(before[k], v)) || !stored.sameOutline
  if (!changed) return 'unchanged'
  await trx
    .updateTable('parcels')
    .set({ ...columns, geom: geomSql, version: sql`version + 1`, updated_at: sql`now()` } as never)
    .where('id', '=', row.existingId)
    .execute()
  await recordAudit(trx, {
    actor,
    action: 'update',
    entity: 'parcels',
    entityId: row.existingId,
    before,
    after: await lockParcelSnapshot(trx, row.existingId),
  })
  return 'update'
}

export interface BatchInfo {
  fileName: string
  sha256: string
  format: string
  srid: number
  actor: Actor
}

/** All or nothing: the batch, its new parcels in bulk, its changed ones one by one, each recorded so it can be undone. */
export async function commitBatch(
  db: Db,
  info: BatchInfo,
  rows: readonly CommitRow[],
  refused: (row: CommitRow, e: Error) => Error,
) {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('import_batches')
      .values({
        file_name: info.fileName,
        file_sha256: info.sha256,
        format: info.format,
        srid: info.srid,
        created_by: info.actor.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const fresh = rows.filter((r) => r.existingId === null)
    const inserted = await insertParcels(trx, fresh, info.actor, refused)
    const written: { parcel_id: number; action: 'insert' | 'update'; before: string | null }[] = inserted.map(
      (parcelId) => ({ parcel_id: parcelId, action: 'insert', before: null }),
    )
    const existing = rows.filter((r): r is Existing => r.existingId !== null)
    const stored = await lockExisting(trx, existing)
    let unchanged = 0
    for (const row of existing) {
      const found = stored.get(row.existingId)
      if (!found)
        throw new ApiError(
          'conflict',
          `row ${row.row}: parcel ${String(row.fields.code)} was removed since the dry run; run the import again`,
        )
      const action = await updateParcel(trx, row, found, info.actor).catch((e: Error) =>
        Promise.reject(refused(row, e)),
      )
      if (action === 'unchanged') unchanged++
      else written.push({ parcel_id: row.existingId, action: 'update', before: JSON.stringify(found.before) })
    }
    for (let at = 0; at < written.length; at += INSERT_CHUNK) {
      await trx
        .insertInto('import_batch_rows')
        .values(written.slice(at, at + INSERT_CHUNK).map((w) => ({ batch_id: id, ...w })))
        .execute()
    }
    const counts = { inserted: inserted.length, updated: written.length - inserted.length, unchanged }
    await trx.updateTable('import_batches').set(counts).where('id', '=', id).execute()
    return { id, ...counts }
  })
}
