import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Actor } from '../../server/audit/audit.repo.js'
import { type ContextImportBody, contextImportSchema } from '../../server/context/context.schema.js'
import { contextKinds } from '../../server/context/context.table.js'
import { importContext } from '../../server/context/context-import.service.js'
import type { Db } from '../../server/db/database.js'
import { migrateToLatest } from '../../server/db/migrate.js'
import { shiftedSystems } from '../../server/imports/china-offsets.js'
import { formatOfFileName, importFormats } from '../../server/imports/import-formats.js'
import { langs } from '../../server/imports/import-messages.js'
import { storeProfile } from '../../server/imports/import-profiles.service.js'
import { type ImportBody, importRequestOf } from '../../server/imports/import-request.js'
import { type ImportResult, runImport } from '../../server/imports/imports.js'
import { importRequestSchema, profileNameSchema } from '../../server/imports/imports.schema.js'
import { areaUnits, mappableFields } from '../../server/imports/mappable-fields.js'
import { type CliCommand, isMainScript, runCli } from './run-cli.js'

const USAGE = [
  'usage: npm run import -- FILE [--crs EPSG:4549] [--dry-run] [--repair] [--shifted gcj02|bd09] [--area-unit mu|m2|ha] [--layer NAME] [--lang zh]',
  '       [--skip-bad-rows] [--point-tolerance METRES] [--all-or-nothing] [--code-prefix FH-2026- | --code-from-handle]',
  '       [--profile NAME] [--save-profile NAME] [--map 列名=字段 …] [--map 列名= (not imported)] [--mapping MAPPING.json (column → field, replacing the proposal)]',
  `       npm run import -- FILE --context ${contextKinds.join('|')} [--name-column COLUMN] [--replace] [--crs …] [--shifted …]`,
].join('\n')

const oneOf = (list: readonly string[], value: string | undefined) => value === undefined || list.includes(value)

function parseFlags(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      crs: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      repair: { type: 'boolean', default: false },
      'skip-bad-rows': { type: 'boolean', default: false },
      'point-tolerance': { type: 'string' },
      'all-or-nothing': { type: 'boolean', default: false },
      'code-prefix': { type: 'string' },
      'code-from-handle': { type: 'boolean', default: false },
      shifted: { type: 'string' },
      'area-unit': { type: 'string' },
      layer: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      context: { type: 'string' },
      'name-column': { type: 'string' },
      replace: { type: 'boolean', default: false },
      map: { type: 'string', multiple: true, default: [] },
      profile: { type: 'string' },
      'save-profile': { type: 'string' },
      mapping: { type: 'string' },
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
  if (!oneOf(contextKinds, values.context)) throw new Error(`--context: one of ${contextKinds.join(', ')}`)
  return { path, values }
}

type Flags = ReturnType<typeof parseFlags>

/** The file and what is said about its coordinates, as both request bodies carry them. */
const fileFields = ({ path, values }: Flags) => ({
  file_name: basename(path),
  content: readFileSync(resolve(path)).toString('base64'),
  content_encoding: 'base64',
  crs: values.crs,
  shifted: values.shifted,
  lang: values.lang,
})

/** `--code-prefix FH-2026-` (a running number) or `--code-from-handle` (CAD layer and handle) for unnamed outlines. */
function codeRule({ values }: Flags) {
  if (values['code-prefix'] !== undefined && values['code-from-handle'])
    throw new Error('--code-prefix and --code-from-handle: one rule or the other')
  if (values['code-prefix'] !== undefined) return { by: 'number', prefix: values['code-prefix'] }
  return values['code-from-handle'] ? { by: 'layer_handle' } : undefined
}

function metres(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0) throw new Error(`--point-tolerance: “${text}” is not a distance in metres`)
  return value
}

/** `--map 列名=字段` (repeatable; nothing after = leaves the column out): changes to the proposed mapping. */
function mappingChanges(entries: readonly string[]): Record<string, string | null> | undefined {
  if (entries.length === 0) return undefined
  const changes: Record<string, string | null> = {}
  for (const entry of entries) {
    const at = entry.lastIndexOf('=')
    if (at <= 0) throw new Error(`--map: “${entry}” is not COLUMN=FIELD (FIELD one of ${mappableFields.join(', ')})`)
    const field = entry.slice(at + 1).trim()
    if (field !== '' && !(mappableFields as readonly string[]).includes(field))
      throw new Error(`--map ${entry}: “${field}” is not a field; one of ${mappableFields.join(', ')}`)
    changes[entry.slice(0, at).trim()] = field === '' ? null : field
  }
  return changes
}

/** `--mapping file.json`: a whole mapping, { "column": "field" }, as the API's `mapping`. */
function mappingFile(path: string | undefined): unknown {
  if (path === undefined) return undefined
  try {
    return JSON.parse(readFileSync(resolve(path), 'utf8'))
  } catch (e) {
    throw new Error(`--mapping ${path}: ${(e as Error).message}`)
  }
}

/** The flags as the API's request body: checked above in the flags' own words, then by the API's own schema. */
const landBody = (flags: Flags): ImportBody =>
  importRequestSchema.parse({
    ...fileFields(flags),
    mapping: mappingFile(flags.values.mapping),
    mapping_changes: mappingChanges(flags.values.map),
    profile: flags.values.profile,
    area_unit: flags.values['area-unit'],
    layer: flags.values.layer,
    repair: flags.values.repair,
    dry_run: flags.values['dry-run'],
    skip_bad_rows: flags.values['skip-bad-rows'],
    point_tolerance_m: metres(flags.values['point-tolerance']),
    all_or_nothing: flags.values['all-or-nothing'],
    code_rule: codeRule(flags),
  })

const contextBody = (flags: Flags): ContextImportBody =>
  contextImportSchema.parse({
    ...fileFields(flags),
    kind: flags.values.context,
    layer: flags.values.layer,
    name_column: flags.values['name-column'],
    replace: flags.values.replace,
  })

function printResult(print: (line: string) => void, result: ImportResult) {
  const { notes, srid, mapping, report, batch, skippedRows } = result
  for (const note of notes) print(`note: ${note}`)
  const columns = Object.entries(mapping.fields).map(([c, f]) => `${c} → ${f}`)
  const sample = (column: string) => (mapping.samples[column] ? ` (“${mapping.samples[column]}”)` : '')
  const unmatched = mapping.unmatched.length
    ? `; not imported: ${mapping.unmatched.map((c) => `${c}${sample(c)}`).join(', ')}`
    : ''
  print(`EPSG:${srid}; columns: ${columns.join(', ')}${unmatched}`)
  for (const row of report.rows) {
    if (row.codeFrom === 'number' || row.codeFrom === 'layer_handle')
      print(
        `  row ${row.row}: named ${row.code} (${row.codeFrom === 'number' ? '--code-prefix' : '--code-from-handle'})`,
      )
    for (const e of row.errors) print(`  row ${row.row} ${row.code ?? ''}: error: ${e}`)
    for (const w of row.warnings) print(`  row ${row.row} ${row.code ?? ''}: warning: ${w}`)
  }
  const { counts } = report
  print(
    `${counts.rows} rows: ${counts.insert} new, ${counts.update} existing; ${counts.errors} with errors, ${counts.warnings} with warnings`,
  )
  if (skippedRows.length > 0) print(`Left out ${skippedRows.length} rows: ${skippedRows.join(', ')}`)
  if (batch)
    print(
      `Committed batch ${batch.id}: ${batch.inserted} inserted, ${batch.updated} updated, ${batch.unchanged} unchanged`,
    )
  else if (!report.ok)
    throw new Error(
      'nothing imported: fix the errors above (or add --repair for invalid outlines, --skip-bad-rows to import the rest)',
    )
  else print('Dry run: nothing written')
}

/**
 * `npm run import -- FILE [--crs EPSG:4549] [--dry-run] [--repair] [--shifted gcj02|bd09] [--area-unit mu|m2|ha] [--layer NAME] [--lang zh]`
 * (or `--context KIND` for the basemap's roads, railways, rivers and water):
 * the same engine and the same request as POST /api/imports, the format told by the extension (.geojson, .zip
 * Shapefile, .xlsx, .csv, .kml, .kmz, .dxf). Prints the report; commits only without --dry-run and when no row has an error.
 */
export const importCommand: CliCommand = async ({ args, print, withDatabase }) => {
  const flags = parseFlags(args)
  const actor = { id: null, name: 'cli' }
  await withDatabase(async ({ db }) => {
    await migrateToLatest(db)
    if (flags.values.context === undefined) {
      const result = await runImport(db, importRequestOf(landBody(flags), actor))
      printResult(print, result)
      await saveMapping(db, flags.values['save-profile'], result, actor, print)
    } else printContextResult(print, await importContext(db, contextBody(flags), actor))
  })
}

/** `--save-profile NAME`: the mapping this file was read with, saved for the next file from the same source. */
async function saveMapping(
  db: Db,
  name: string | undefined,
  result: ImportResult,
  actor: Actor,
  print: (line: string) => void,
) {
  if (name === undefined) return
  const { name: checked } = profileNameSchema.parse({ name })
  const fields = { ...Object.fromEntries(result.mapping.unmatched.map((c) => [c, null])), ...result.mapping.fields }
  await storeProfile(db, { name: checked, fields, area_unit: result.mapping.areaUnit }, actor)
  print(`Saved the mapping as “${checked}” (--profile ${checked} next time)`)
}

function printContextResult(print: (line: string) => void, result: Awaited<ReturnType<typeof importContext>>) {
  const names = result.name_column ? `names from “${result.name_column}”` : 'no name column'
  print(`EPSG:${result.srid}; ${names}`)
  if (result.replaced > 0) print(`Removed ${result.replaced} earlier ${result.kind} features`)
  for (const row of result.refused_rows) print(`  row ${row}: empty once repaired; not kept`)
  print(`Kept ${result.inserted} ${result.kind} features in the context layer`)
}

if (isMainScript(import.meta.url)) await runCli(importCommand)
