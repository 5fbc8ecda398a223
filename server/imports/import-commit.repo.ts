import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { type Actor, recordAudit } from '../audit/audit.repo.js'
import type { MappedRow } from './field-mapping.js'

/** 用地用海分类 names bureaus write, to the codes parcels carry. */
const landUseCodes: Readonly<Record<string, string>> = {
  工业用地: '1001', 一类工业用地: '100101', 二类工业用地: '100102', 三类工业用地: '100103', 物流仓储用地: '11', 物流用地: '1101', 仓储用地: '1101',
  商业服务业用地: '09', 商业用地: '0901', 商务金融用地: '0902',
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
  const columns: Record<string, unknown> = {
    location_desc: fields.location_desc, land_use_code: code, land_use_name: name ?? (code ? Object.keys(landUseCodes).find((k) => landUseCodes[k] === code) : undefined),
    declared_area_mu: fields.area_mu, start_price: fields.start_price, status: fields.status, far_max: fields.far_max, far_min: fields.far_min,
    tenure_years: fields.tenure_years, is_net_land: fields.is_net_land, is_standard_land: fields.is_standard_land, town: fields.town, contact: fields.contact,
  }
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined))
}

const snapshotColumns = ['code', 'location_desc', 'land_use_code', 'land_use_name', 'declared_area_mu', 'start_price', 'status', 'far_max', 'far_min',
  'tenure_years', 'is_net_land', 'is_standard_land', 'town', 'contact', 'region_id'] as const

/** The parcel as the import sees it (its outline as GeoJSON at 7 decimals), locked for this transaction. */
async function lockSnapshot(trx: DbOrTrx, id: number): Promise<Record<string, unknown>> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT ${sql.join(snapshotColumns.map((c) => sql.ref(`p.${c}`)))}, ST_AsGeoJSON(p.geom, 7) AS geometry FROM parcels p WHERE p.id = ${id} FOR UPDATE`.execute(trx)
  return rows[0]!
}

const same = (a: unknown, b: unknown) => (a === null || a === undefined ? b === null || b === undefined : typeof b === 'number' || typeof a === 'number' ? Number(a) === Number(b) : a === b)

/** Inserts or updates one parcel by code, audited; 'unchanged' when the file says what the parcel already is. */
export async function writeParcel(trx: DbOrTrx, row: CommitRow, actor: Actor): Promise<{ id: number; action: 'insert' | 'update' | 'unchanged'; before: Record<string, unknown> | null }> {
  const columns = columnsOf(row.fields)
  const geomSql = sql<string>`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${row.geometry}), 4326))`
  if (row.existingId === null) {
    const inserted = await trx
      .insertInto('parcels')
      .values({ land_use_code: '', land_use_name: '', status: 'available', published: false, utilities: [], ...columns, code: row.fields.code as string, region_id: row.regionId, geom: geomSql } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, { actor, action: 'create', entity: 'parcels', entityId: inserted.id, before: null, after: await lockSnapshot(trx, inserted.id) })
    return { id: inserted.id, action: 'insert', before: null }
  }
  const before = await lockSnapshot(trx, row.existingId)
  const { rows } = await sql<{ geometry: string }>`SELECT ST_AsGeoJSON(${geomSql}, 7) AS geometry`.execute(trx)
  const changed = Object.entries(columns).some(([k, v]) => !same(before[k], v)) || before.geometry !== rows[0]!.geometry
  if (!changed) return { id: row.existingId, action: 'unchanged', before }
  await trx.updateTable('parcels').set({ ...columns, geom: geomSql, version: sql`version + 1`, updated_at: sql`now()` } as never).where('id', '=', row.existingId).execute()
  await recordAudit(trx, { actor, action: 'update', entity: 'parcels', entityId: row.existingId, before, after: await lockSnapshot(trx, row.existingId) })
  return { id: row.existingId, action: 'update', before }
}

/** Puts an updated parcel back as the batch found it (outline included), audited. */
export async function restoreParcel(trx: DbOrTrx, id: number, before: Record<string, unknown>, actor: Actor) {
  const current = await lockSnapshot(trx, id)
  const { geometry, code: _code, ...columns } = before
  await trx
    .updateTable('parcels')
    .set({ ...columns, geom: sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${geometry as string}), 4326))`, version: sql`version + 1`, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute()
  await recordAudit(trx, { actor, action: 'update', entity: 'parcels', entityId: id, before: current, after: await lockSnapshot(trx, id) })
}

/** Removes parcels an undone batch had added, audited. */
export async function removeParcels(trx: DbOrTrx, ids: readonly number[], actor: Actor) {
  for (const id of ids) await recordAudit(trx, { actor, action: 'delete', entity: 'parcels', entityId: id, before: await lockSnapshot(trx, id), after: null })
  if (ids.length > 0) await trx.deleteFrom('parcels').where('id', 'in', [...ids]).execute()
}

/** Import batches, newest first. */
export async function listBatches(db: DbOrTrx) {
  const rows = await db.selectFrom('import_batches').selectAll().orderBy('id', 'desc').limit(200).execute()
  const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString())
  return rows.map((b) => ({ ...b, created_at: iso(b.created_at)!, undone_at: iso(b.undone_at) }))
}
