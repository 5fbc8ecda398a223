import { loadConfig } from '../server/config.js'
import { migrateToLatest } from '../server/db/migrate.js'
import { openDatabase } from '../server/db/open-database.js'
import { loadDemo } from '../server/demo/load-demo.js'
import { countRegions } from '../server/regions/regions.repo.js'

/** `npm run seed`: migrates the configured database and loads the demo region into it if it is empty. */
const config = loadConfig()
const database = await openDatabase(config.database)
try {
  await migrateToLatest(database.db)
  if ((await countRegions(database.db)) > 0) {
    console.log('The database already has regions; nothing loaded (demo data goes only into an empty database).')
  } else {
    const counts = await loadDemo(database.db)
    console.log(
      `Loaded demo data: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    )
  }
} finally {
  await database.close()
}
