/** Saving a named column mapping: one transaction with its audit row. */
import { type Actor, recordAudit } from '../audit/audit.repo.js'
import type { Db } from '../db/database.js'
import { type ImportProfile, profileNamed, saveProfile } from './import-profiles.repo.js'

export async function storeProfile(
  db: Db,
  profile: Pick<ImportProfile, 'name' | 'fields' | 'area_unit'>,
  actor: Actor,
): Promise<ImportProfile> {
  return db.transaction().execute(async (trx) => {
    const before = await profileNamed(trx, profile.name, true)
    const after = await saveProfile(trx, profile, actor.name)
    const action = before ? 'update' : 'create'
    await recordAudit(trx, { actor, action, entity: 'import_profiles', entityId: profile.name, before, after })
    return after
  })
}
