import type { Insertable } from 'kysely'
import type { DbOrTrx } from '../db/database.js'
import { chunks, pointFromLonLat } from '../db/geometry.js'
import type { ProjectsTable } from './projects.table.js'

export type NewProject = Omit<Insertable<ProjectsTable>, 'geom'> & { lonLat: [number, number] | null }

export async function insertProjects(db: DbOrTrx, projects: readonly NewProject[]): Promise<void> {
  for (const chunk of chunks(projects, 500)) {
    await db
      .insertInto('projects')
      .values(chunk.map(({ lonLat, ...p }) => ({ ...p, geom: pointFromLonLat(lonLat) })))
      .execute()
  }
}
