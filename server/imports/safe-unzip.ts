/**
 * Opening an uploaded archive (zipped Shapefile, KMZ) without trusting it: entry names that climb out or are
 * absolute are refused (zip slip), and so are too many entries, an entry or a total that inflates beyond the limits
 * (zip bomb: counted on the bytes actually inflated, not on what the archive declares), and archives inside it.
 * Inflating is fflate's, streamed so that a bomb stops at the limit.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate'
import { ImportFileError } from './geojson-reader.js'
import { said } from './import-messages.js'

export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

export const defaultZipLimits: ZipLimits = {
  maxEntries: 200,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
}

const NESTED = /\.(zip|kmz|7z|rar|gz|tar)$/i

/** A safe relative name: no drive, no leading slash, no `..` segment, no NUL. */
export function safeEntryName(name: string): boolean {
  if (name.includes('\0') || /^[a-z]:/i.test(name) || name.startsWith('/') || name.startsWith('\\')) return false
  return !name.split(/[/\\]/).includes('..')
}

export function unzipSafely(archive: Uint8Array, limits: ZipLimits = defaultZipLimits): Map<string, Uint8Array> {
  // Every zip starts with a local file header (PK 3 4) or, empty, with the end record (PK 5 6).
  if (archive.length < 4 || archive[0] !== 0x50 || archive[1] !== 0x4b || ![3, 5].includes(archive[2]!))
    throw new ImportFileError(said('not_zip'))
  const entries = new Map<string, Uint8Array>()
  let total = 0
  let count = 0
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)
  unzip.onfile = (file) => {
    if (!safeEntryName(file.name)) throw new ImportFileError(said('zip_slip', { name: file.name }))
    if (file.name.endsWith('/')) return
    if (++count > limits.maxEntries) throw new ImportFileError(said('zip_entries', { max: limits.maxEntries }))
    if (NESTED.test(file.name)) throw new ImportFileError(said('zip_nested', { name: file.name }))
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (error, chunk, final) => {
      if (error) throw new ImportFileError(said('zip_damaged', { name: file.name, reason: error.message }))
      size += chunk.length
      total += chunk.length
      if (size > limits.maxEntryBytes)
        throw new ImportFileError(said('zip_entry_bomb', { name: file.name, mb: limits.maxEntryBytes / 1024 / 1024 }))
      if (total > limits.maxTotalBytes)
        throw new ImportFileError(said('zip_total_bomb', { mb: limits.maxTotalBytes / 1024 / 1024 }))
      chunks.push(chunk)
      if (final) entries.set(file.name, concat(chunks, size))
    }
    file.start()
  }
  try {
    unzip.push(archive, true)
  } catch (e) {
    if (e instanceof ImportFileError) throw e
    throw new ImportFileError(said('zip_unreadable', { reason: (e as Error).message }))
  }
  return entries
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
