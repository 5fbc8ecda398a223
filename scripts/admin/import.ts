import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../../server/config.js'
import { migrateToLatest } from '../../server/db/migrate.js'
import { openDatabase } from '../../server/db/open-database.js'
import { ApiError } from '../../server/http/api-error.js'
import { shiftedSystems } from '../../server/imports/china-offsets.js'
import { formatOfFileName, importFormats } from '../../server/imports/import-formats.js'
import { langs } from '../../server/imports/import-messages.js'
import { type ImportBody, importRequestOf } from '../../server/imports/import-request.js'
import { type ImportResult, runImport } from '../../server/imports/imports.js'
import { importRequestSchema } from '../../server/imports/imports.schema.js'
import { areaUnits } from '../../server/imports/mappable-fields.js'
import { runCli } from './run-cli.js'

const USAGE =
  'usage: npm run import -- FILE [--crs EPSG:4549] [--dry-run] [--repair] [--shifted gcj02|bd09] [--area-unit mu|m2|ha] [--layer NAME] [--lang zh]'

const oneOf = (list: readonly string[], value: string | undefined) => value === undefined || list.includes(value)

/** The flags as the API's request body: checked here in the flags' own words, then by the API's own schema. */
function bodyOfArgs(): ImportBody {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      crs: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      repair: { type: 'boolean', default: false },
      shifted: { type: 'string' },
      'area-unit': { type: 'string' },
      layer: { type: 'string' },
      lang: { type: 'string', default: 'en' },
    },
  })
  const path = positionals[0]
  if (!path) throw new Error(USAGE)
  if (!formatOfFileName(path))
    throw new Error(`${basename(path)}: not a file an import reads (${importFormats.join(', ')})`)
  if (!oneOf(areaUnits, values['area-unit'])) throw new Error(`--area-unit: one of ${areaUnits.join(', ')}`)
  if (!oneOf(langs, values.lang)) throw new Error(`--lang: one of ${langs.join(', ')}`)
  if (values.crs && !/^(EPSG:)?\d{4,5}$/i.test(values.crs))
    throw new Error(`--crs: “${values.crs}” is not an EPSG code such as EPSG:4549`)
  if (!oneOf(shiftedSystems, values.shifted)) throw new Error(`--shifted: one of ${shiftedSystems.join(', ')}`)
  return importRequestSchema.parse({
    file_name: basename(path),
    content: readFileSync(resolve(path)).toString('base64'),
    content_encoding: 'base64',
    crs: values.crs,
    shifted: values.shifted,
    area_unit: values['area-unit'],
    layer: values.layer,
    lang: values.lang,
    repair: values.repair,
    dry_run: values['dry-run'],
  })
}

function printResult({ notes, srid, mapping, report, batch }: ImportResult) {
  for (const note of notes) console.log(`note: ${note}`)
  const columns = Object.entries(mapping.fields).map(([c, f]) => `${c} → ${f}`)
  const unmatched = mapping.unmatched.length ? `; not imported: ${mapping.unmatched.join(', ')}` : ''
  console.log(`EPSG:${srid}; columns: ${columns.join(', ')}${unmatched}`)
  for (const row of report.rows) {
    for (const e of row.errors) console.log(`  row ${row.row} ${row.code ?? ''}: error: ${e}`)
    for (const w of row.warnings) console.log(`  row ${row.row} ${row.code ?? ''}: warning: ${w}`)
  }
  const { counts } = report
  console.log(
    `${counts.rows} rows: ${counts.insert} new, ${counts.update} existing; ${counts.errors} with errors, ${counts.warnings} with warnings`,
  )
  if (batch)
    console.log(
      `Committed batch ${batch.id}: ${batch.inserted} inserted, ${batch.updated} updated, ${batch.unchanged} unchanged`,
    )
  else if (!report.ok) throw new Error('nothing imported: fix the errors above (or add --repair for invalid outlines)')
  else console.log('Dry run: nothing written')
}

/**
 * `npm run import -- FILE [--crs EPSG:4549] [--dry-run] [--repair] [--shifted gcj02|bd09] [--area-unit mu|m2|ha] [--layer NAME] [--lang zh]`:
 * the same engine and the same request as POST /api/imports, the format told by the extension (.geojson, .zip
 * Shapefile, .xlsx, .csv, .kml, .kmz, .dxf). Prints the report; commits only without --dry-run and when no row has an error.
 */
await runCli(async () => {
  const body = bodyOfArgs()
  const database = await openDatabase(loadConfig().database)
  try {
    await migrateToLatest(database.db)
    const result = await runImport(database.db, importRequestOf(body, { id: null, name: 'cli' })).catch(
      (e: unknown) => {
        throw e instanceof ApiError ? new Error(e.message) : e
      },
    )
    printResult(result)
  } finally {
    await database.close()
  }
})
