/**
 * Import benchmark (issue 8): a zipped Shapefile of 10 000 parcels in EPSG:4549 with GBK attributes, through the
 * engine as the CLI and API run it — dry run, then commit (one transaction, audited, a batch) — against the same
 * outlines inserted by one bare INSERT … ST_Transform in the same run. Target: < 30 s on PostGIS.
 * Run: npm run bench:import [-- PARCELS]
 */
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { sql } from 'kysely'
import { runImport } from '../../server/imports/imports.js'
import { type Ring, writeDbf, writePolygons } from '../fixtures/shapefile-writer.js'
import { openBenchDatabase } from './bench-database.js'
import { timed } from './timed.js'

const PARCELS = Number(process.argv[2] ?? 10_000)
const PRJ =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"],PROJECTION["Gauss_Kruger"]]'

function makeArchive(): { archive: Uint8Array; rings: Ring[] } {
  const side = Math.ceil(Math.sqrt(PARCELS))
  const rings: Ring[] = Array.from({ length: PARCELS }, (_, i) => {
    const [x, y] = [640_000 + (i % side) * 110, 3_300_000 + Math.floor(i / side) * 130]
    return [
      [x, y],
      [x + 100, y],
      [x + 100, y + 120],
      [x, y + 120],
      [x, y],
    ]
  })
  const { shp, shx } = writePolygons(rings.map((r) => [r]))
  const dbf = writeDbf(
    [
      { name: '宗地号', type: 'C', length: 16 },
      { name: '坐落', type: 'C', length: 40 },
      { name: '用地性质', type: 'C', length: 16 },
      { name: '面积', type: 'N', length: 12, decimals: 1 },
    ],
    rings.map((_, i) => [
      `BM-${i + 1}`,
      `鄞州区基准路${i + 1}号`,
      i % 3 === 0 ? '二类工业用地' : '一类工业用地',
      12_000,
    ]),
    'gbk',
  )
  return {
    archive: zipSync({ 'bench.shp': shp, 'bench.shx': shx, 'bench.dbf': dbf, 'bench.prj': strToU8(PRJ) }),
    rings,
  }
}

/** The same outlines as a 界址点 workbook: five rows a parcel (the first point repeated), northing in X as surveyors write it. */
async function makeWorkbook(rings: readonly Ring[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('界址点')
  sheet.addRow(['地块编号', '点号', 'X', 'Y', '用地性质'])
  rings.forEach((ring, i) => {
    ring.forEach(([east, north], j) => {
      sheet.addRow([j === 0 ? `XL-${i + 1}` : '', `J${j + 1}`, north, east, j === 0 ? '一类工业用地' : ''])
    })
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

async function main() {
  const { archive, rings } = makeArchive()
  const database = await openBenchDatabase({ statementTimeoutMs: 600_000 })
  try {
    const request = {
      fileName: 'bench.zip',
      format: 'shapefile' as const,
      content: archive,
      repair: false,
      actor: { id: null, name: 'bench' },
    }
    const [dryMs, dry] = await timed(() => runImport(database.db, { ...request, dryRun: true }))
    const [commitMs, committed] = await timed(() => runImport(database.db, { ...request, dryRun: false }))
    const [againMs, again] = await timed(() => runImport(database.db, { ...request, dryRun: false }))
    const geometries = rings.map((r) => JSON.stringify({ type: 'Polygon', coordinates: [r] }))
    const [referenceMs] = await timed(() =>
      sql`INSERT INTO parcels (code, land_use_code, land_use_name, status, geom)
      SELECT 'REF-' || i, '100101', '一类工业用地', 'available', ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(g), 4549), 4326))
      FROM unnest(${geometries}::text[]) WITH ORDINALITY AS t(g, i)`.execute(database.db),
    )
    console.log(
      `database: ${database.kind}; ${PARCELS} parcels in a ${(archive.length / 1024).toFixed(0)} kB zipped Shapefile (EPSG:4549, GBK)`,
    )
    console.log(
      `reference: the same outlines by one bare INSERT … ST_Transform (no checks, no audit): ${(referenceMs / 1000).toFixed(2)} s`,
    )
    console.log(
      `dry run (read, diagnose, map, validate and measure in PostGIS, report): ${(dryMs / 1000).toFixed(2)} s — ${(dryMs / referenceMs).toFixed(1)}× the reference; ok ${dry.report.ok}`,
    )
    console.log(
      `commit (dry run again + one transaction: insert, audit, batch): ${(commitMs / 1000).toFixed(2)} s — ${(commitMs / referenceMs).toFixed(1)}× the reference; ${JSON.stringify(committed.batch)}`,
    )
    console.log(
      `the same file again (nothing changes): ${(againMs / 1000).toFixed(2)} s; ${JSON.stringify(again.batch)}`,
    )
    const workbook = await makeWorkbook(rings)
    const xlsxRequest = { ...request, fileName: 'bench.xlsx', format: 'xlsx' as const, content: workbook, srid: 4549 }
    const [xlsxMs, xlsx] = await timed(() => runImport(database.db, { ...xlsxRequest, dryRun: true }))
    console.log(
      `the same outlines as a ${(workbook.length / 1024).toFixed(0)} kB 界址点 workbook (${rings.length * 5} rows), dry run: ${(xlsxMs / 1000).toFixed(2)} s — ${(xlsxMs / dryMs).toFixed(1)}× the Shapefile's dry run; ok ${xlsx.report.ok}`,
    )
  } finally {
    await database.close()
  }
}

await main()
