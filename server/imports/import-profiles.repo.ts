/** Named column mappings (one per source of files): the only SQL about them. */
import { sql } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import type { AreaUnit, MappableField } from './mappable-fields.js'

export interface ImportProfile {
  name: string
  /** Each column the source's files have: its field, or null (left out). */
  fields: Record<string, MappableField | null>
  area_unit: AreaUnit | null
  updated_by: string
  updated_at: string
  last_used_at: string | null
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString())

function present(row: {
  name: string
  fields: Record<string, string>
  area_unit: AreaUnit | null
  updated_by: string
  updated_at: Date
  last_used_at: Date | null
}): ImportProfile {
  return {
    ...row,
    fields: row.fields as ImportProfile['fields'],
    updated_at: iso(row.updated_at)!,
    last_used_at: iso(row.last_used_at),
  }
}

const columns = ['name', 'fields', 'area_unit', 'updated_by', 'updated_at', 'last_used_at'] as const

/** The profiles, the one used (or saved) last first: what the dialog offers first. */
export async function listProfiles(db: DbOrTrx): Promise<ImportProfile[]> {
  const rows = await db
    .selectFrom('import_profiles')
    .select(columns)
    .orderBy(sql`coalesce(last_used_at, updated_at)`, 'desc')
    .orderBy('name')
    .execute()
  return rows.map(present)
}

export async function profileNamed(db: DbOrTrx, name: string, forUpdate = false): Promise<ImportProfile | null> {
  const query = db.selectFrom('import_profiles').select(columns).where('name', '=', name)
  const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirst()
  return row ? present(row) : null
}

export async function saveProfile(
  db: DbOrTrx,
  profile: Pick<ImportProfile, 'name' | 'fields' | 'area_unit'>,
  by: string,
): Promise<ImportProfile> {
  const values = {
    name: profile.name,
    fields: JSON.stringify(profile.fields),
    area_unit: profile.area_unit,
    updated_by: by,
  }
  const row = await db
    .insertInto('import_profiles')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ fields: values.fields, area_unit: values.area_unit, updated_by: by, updated_at: sql`now()` }),
    )
    .returning(columns)
    .executeTakeFirstOrThrow()
  return present(row)
}

/** An import read with the profile: it becomes the one offered first. */
export async function markProfileUsed(db: DbOrTrx, name: string) {
  await db.updateTable('import_profiles').set({ last_used_at: sql`now()` }).where('name', '=', name).execute()
}
