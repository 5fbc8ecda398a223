import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../../server/config.js'
import { migrateToLatest } from '../../server/db/migrate.js'
import { openDatabase } from '../../server/db/open-database.js'
import { ApiError } from '../../server/http/api-error.js'
import { type ShiftedSystem, shiftedSystems } from '../../server/imports/china-offsets.js'
import { formatOfFileName, importFormats } from '../../server/imports/import-formats.js'
import { type Lang, langs } from '../../server/imports/import-messages.js'
import { runImport } from '../../server/imports/imports.js'
import type { AreaUnit } from '../../server/imports/mappable-fields.js'
import { runCli } from './run-cli.js'

/**
 * `npm run import -- FILE [--crs EPSG:4549] [--dry-run] [--repair] [--shifted gcj02|bd09] [--area-unit mu|m2|ha] [--layer NAME] [--lang zh]`:
 * the same engine as POST /api/imports, the format told by the extension (.geojson, .zip Shapefile, .xlsx, .csv, .kml,
 * .kmz, .dxf). Prints the report; commits only without --dry-run and when no row has an error.
 */
await runCli(async () => {
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
  if (!path)
    throw new Error(
      'usage: npm run import -- FILE [--crs EPSG:4549] [--dry-run] [--repair] [--shifted gcj02|bd09] [--area-unit mu|m2|ha] [--layer NAME] [--lang zh]',
    )
  const format = formatOfFileName(path)
  if (!format) throw new Error(`${basename(path)}: not a file an import reads (${importFormats.join(', ')})`)
  const areaUnit = values['area-unit']
  if (areaUnit !== undefined && !['mu', 'm2', 'ha'].includes(areaUnit))
    throw new Error(`--area-unit: one of mu, m2, ha`)
  if (!langs.includes(values.lang as Lang)) throw new Error(`--lang: one of ${langs.join(', ')}`)
  if (values.crs && !/^(EPSG:)?\d{4,5}$/i.test(values.crs))
    throw new Error(`--crs: “${values.crs}” is not an EPSG code such as EPSG:4549`)
  if (values.shifted && !shiftedSystems.includes(values.shifted as ShiftedSystem))
    throw new Error(`--shifted: one of ${shiftedSystems.join(', ')}`)
  const database = await openDatabase(loadConfig().database)
  try {
    await migrateToLatest(database.db)
    const result = await runImport(database.db, {
      fileName: basename(path),
      format,
      areaUnit: areaUnit as AreaUnit | undefined,
      layer: values.layer,
      lang: values.lang as Lang,
      content: new Uint8Array(readFileSync(resolve(path))),
      srid: values.crs ? Number(values.crs.replace(/^EPSG:/i, '')) : undefined,
      shifted: values.shifted as ShiftedSystem | undefined,
      repair: values.repair,
      dryRun: values['dry-run'],
      actor: { id: null, name: 'cli' },
    }).catch((e: unknown) => {
      throw e instanceof ApiError ? new Error(e.message) : e
    })
    const { report, batch } = result
    for (const note of result.notes) console.log(`note: ${note}`)
    console.log(
      `EPSG:${result.srid}; columns: ${Object.entries(result.mapping.fields)
        .map(([c, f]) => `${c} → ${f}`)
        .join(', ')}${result.mapping.unmatched.length ? `; not imported: ${result.mapping.unmatched.join(', ')}` : ''}`,
    )
    for (const row of report.rows) {
      for (const e of row.errors) console.log(`  row ${row.row} ${row.code ?? ''}: error: ${e}`)
      for (const w of row.warnings) console.log(`  row ${row.row} ${row.code ?? ''}: warning: ${w}`)
    }
    console.log(
      `${report.counts.rows} rows: ${report.counts.insert} new, ${report.counts.update} existing; ${report.counts.errors} with errors, ${report.counts.warnings} with warnings`,
    )
    if (batch)
      console.log(
        `Committed batch ${batch.id}: ${batch.inserted} inserted, ${batch.updated} updated, ${batch.unchanged} unchanged`,
      )
    else if (!report.ok)
      throw new Error('nothing imported: fix the errors above (or add --repair for invalid outlines)')
    else console.log('Dry run: nothing written')
  } finally {
    await database.close()
  }
})
