/**
 * What a Shapefile's side files say, read without trusting them: the coordinate system named in the .prj (ESRI WKT as
 * ArcGIS and 南方CASS write it), and the attribute encoding from the .cpg or the DBF's language-driver byte —
 * verified by decoding, since a .cpg saying UTF-8 over GBK text is common. iconv-lite does the decoding.
 */
import iconv from 'iconv-lite'
import { ImportFileError } from './geojson-reader.js'
import { type Said, said } from './import-messages.js'

const GEOGRAPHIC: readonly (readonly [RegExp, number])[] = [
  [/CGCS[_ ]?2000|China[_ ]Geodetic[_ ]Coordinate[_ ]System[_ ]2000/i, 4490],
  [/WGS[_ ]?(19)?84/i, 4326],
]

/** The EPSG code of an ESRI or OGC WKT, for the systems land data in China comes in; null when unknown. */
export function sridOfPrj(wkt: string): number | null {
  const authority = /AUTHORITY\["EPSG",\s*"?(\d{4,5})"?\]\s*\]\s*$/i.exec(wkt.trim())
  if (authority) return Number(authority[1])
  const projected = /^PROJCS\["([^"]+)"/i.exec(wkt.trim())
  if (projected) {
    const name = projected[1]!
    if (!/CGCS[_ ]?2000/i.test(name)) return null
    const zone = /GK[_ ]Zone[_ ](\d{2})/i.exec(name)
    if (zone && /3[_ ]Degree/i.test(name)) return 4513 + Number(zone[1]) - 25
    const meridian = /GK[_ ]CM[_ ](\d{2,3})E/i.exec(name)
    if (meridian && /3[_ ]Degree/i.test(name)) return 4534 + (Number(meridian[1]) - 75) / 3
    return null
  }
  const geographic = /^GEOGCS\["([^"]+)"/i.exec(wkt.trim())
  return geographic ? (GEOGRAPHIC.find(([pattern]) => pattern.test(geographic[1]!))?.[1] ?? null) : null
}

export type DbfEncoding = 'utf8' | 'gbk'

/** DBF language-driver ids (byte 29) that mean Simplified Chinese (code page 936). */
const GBK_DRIVERS = new Set([0x4d, 0x7a])

/** What the files claim: the .cpg wins, then the DBF's language driver; null when neither says. */
export function declaredEncoding(cpg: string | null, dbfHeader: Uint8Array): DbfEncoding | null {
  if (cpg !== null) {
    const name = cpg
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
    if (['utf8', '65001'].includes(name)) return 'utf8'
    if (['gbk', 'gb2312', 'gb18030', '936', 'cp936', 'ansi936'].includes(name)) return 'gbk'
  }
  if (dbfHeader.length > 29 && GBK_DRIVERS.has(dbfHeader[29]!)) return 'gbk'
  return null
}

const clean = (bytes: Uint8Array, encoding: DbfEncoding) =>
  !iconv.decode(Buffer.from(bytes), encoding === 'gbk' ? 'gb18030' : 'utf8').includes('\uFFFD')

/**
 * The encoding to decode the attribute text with: the declared one if the text decodes cleanly in it, else the
 * other if that does; text that decodes cleanly in neither is an error, never stored garbled.
 */
export function chooseEncoding(
  declared: DbfEncoding | null,
  text: Uint8Array,
): { encoding: DbfEncoding; note: Said | null } {
  const order: DbfEncoding[] = declared === 'gbk' ? ['gbk', 'utf8'] : ['utf8', 'gbk']
  const fits = order.find((e) => clean(text, e))
  if (!fits) throw new Error('the attribute text decodes neither as UTF-8 nor as GBK/GB18030')
  const name = (e: DbfEncoding) => (e === 'utf8' ? 'UTF-8' : 'GBK')
  const note =
    declared !== null && fits !== declared
      ? said('note_encoding_mismatch', { declared: name(declared), actual: name(fits) })
      : null
  return { encoding: fits, note }
}

export const decodeText = (bytes: Uint8Array, encoding: DbfEncoding) =>
  iconv.decode(Buffer.from(bytes), encoding === 'gbk' ? 'gb18030' : 'utf8')

/** A whole text file (KML, DXF, CSV) decoded in the encoding it verifiably is, or refused, naming the kind of file. */
export function decodeVerified(
  bytes: Uint8Array,
  declared: DbfEncoding | null,
  what: string,
): { text: string; encoding: DbfEncoding } {
  let encoding: DbfEncoding
  try {
    encoding = chooseEncoding(declared, bytes).encoding
  } catch {
    throw new ImportFileError(said('text_encoding', { what }))
  }
  return { text: decodeText(bytes, encoding), encoding }
}
