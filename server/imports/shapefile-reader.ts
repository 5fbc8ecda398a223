/**
 * A zipped Shapefile (.shp, .shx, .dbf, .prj, .cpg when present) to the rows and polygons every import reads: opened
 * safely, the CRS from the .prj, the attribute encoding declared and then verified, parsed by `shapefile`.
 */
import { read } from 'shapefile'
import {
  defaultLimits,
  ImportFileError,
  type ImportLimits,
  type ReadFile,
  readFeatures,
  tooLarge,
} from './geojson-reader.js'
import { type Said, said } from './import-messages.js'
import { defaultZipLimits, unzipSafely } from './safe-unzip.js'
import { chooseEncoding, declaredEncoding, decodeText, sridOfPrj } from './shapefile-meta.js'

export interface ShapefileRead extends ReadFile {
  encoding: 'utf8' | 'gbk'
  notes: Said[]
}

const arrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer

/** The one .shp in the archive and its side files (same name, any case). */
function members(entries: Map<string, Uint8Array>) {
  const shps = [...entries.keys()].filter((name) => /\.shp$/i.test(name))
  if (shps.length === 0) throw new ImportFileError(said('no_shp'))
  if (shps.length > 1) throw new ImportFileError(said('many_shp', { n: shps.length, names: shps.join(', ') }))
  const stem = shps[0]!.slice(0, -4).toLowerCase()
  const side = (ext: string) =>
    [...entries.entries()].find(([name]) => name.toLowerCase() === `${stem}.${ext}`)?.[1] ?? null
  const dbf = side('dbf')
  if (!dbf) throw new ImportFileError(said('no_dbf', { shp: shps[0]! }))
  return { shp: entries.get(shps[0]!)!, dbf, prj: side('prj'), cpg: side('cpg') }
}

/** The DBF's text: field names and records, without the binary header and descriptors around them. */
function dbfText(dbf: Uint8Array): Uint8Array {
  if (dbf.length < 32) throw new ImportFileError(said('short_dbf'))
  const headerLength = dbf[8]! | (dbf[9]! << 8)
  const names: number[] = []
  for (let at = 32; at + 32 <= headerLength && dbf[at] !== 0x0d; at += 32) {
    for (let i = 0; i < 11 && dbf[at + i] !== 0; i++) names.push(dbf[at + i]!)
    names.push(0x20)
  }
  const records = dbf.subarray(headerLength, dbf[dbf.length - 1] === 0x1a ? dbf.length - 1 : dbf.length)
  const text = new Uint8Array(names.length + records.length)
  text.set(names)
  text.set(records, names.length)
  return text
}

export async function readShapefileZip(
  archive: Uint8Array,
  limits: ImportLimits = defaultLimits,
): Promise<ShapefileRead> {
  if (archive.length > limits.maxBytes) throw tooLarge(limits)
  const { shp, dbf, prj, cpg } = members(unzipSafely(archive, defaultZipLimits))
  const declared = declaredEncoding(cpg ? decodeText(cpg, 'utf8') : null, dbf)
  let choice: ReturnType<typeof chooseEncoding>
  try {
    choice = chooseEncoding(declared, dbfText(dbf))
  } catch {
    throw new ImportFileError(said('dbf_encoding'))
  }
  let collection: { features: unknown[] }
  try {
    collection = (await read(arrayBuffer(shp), arrayBuffer(dbf), {
      encoding: choice.encoding === 'gbk' ? 'gb18030' : 'utf-8',
    })) as { features: unknown[] }
  } catch (e) {
    throw new ImportFileError(said('shp_unreadable', { reason: (e as Error).message }))
  }
  const srid = prj ? sridOfPrj(decodeText(prj, 'utf8')) : null
  const notes = [...(choice.note ? [choice.note] : []), ...(prj && srid === null ? [said('note_prj_unknown')] : [])]
  return { ...readFeatures(collection.features, srid, limits), encoding: choice.encoding, notes }
}
