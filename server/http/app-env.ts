import type { Config } from '../config.js'
import type { DatabaseKind, Db } from '../db/database.js'

export interface AppDeps {
  db: Db
  dbKind: DatabaseKind
  config: Config
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string
}

export interface AppEnv {
  Variables: { deps: AppDeps }
}
