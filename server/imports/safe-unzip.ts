/**
 * Opening an uploaded archive (zipped Shapefile, KMZ) without trusting it: entry names that climb out or are
 * absolute are refused (zip slip), and so are too many entries, an entry or a total that inflates beyond the limits
 * (zip bomb: counted on the bytes actually inflated, not on what the archive declares), and archives inside it.
 * Inflating is fflate's, streamed so that a bomb stops at the limit.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from 'fflate'
import { ImportFileError } from './geojson-reader.js'
import { said } from './import-messages.js'

export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

/** Five times the largest file an import takes (50 MB): room for any real Shapefile's .shp and .dbf together. */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 200,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
}

/**
 * The archive is fed to the inflater this many bytes at a time: deflate expands at most about 1 032 times, so no
 * chunk it hands back passes about 4 MB, and a bomb is stopped within 4 MB of the limit instead of after inflating
 * a whole entry at once (pushed whole, a 1 GiB entry came back as one 1 GiB chunk before any check).
 */
const PUSH_BYTES = 4096

const NESTED = /\.(zip|kmz|7z|rar|gz|tar)$/i

/** A safe relative name: no drive, no leading slash, no `..` segment, no NUL. */
export function safeEntryName(name: string): boolean {
  if (name.includes('\0') || /^[a-z]:/i.test(name) || name.startsWith('/') || name.startsWith('\\')) return false
  return !name.split(/[/\\]/).includes('..')
}

/** An honest archive says each entry's size in its central directory: past the limits, it is refused before inflating. */
function refuseDeclaredBombs(sizes: ReadonlyMap<string, number>, limits: ZipLimits) {
  const tooLarge = [...sizes].find(([, size]) => size > limits.maxEntryBytes)
  if (tooLarge)
    throw new ImportFileError(said('zip_entry_bomb', { name: tooLarge[0], mb: limits.maxEntryBytes / 1024 / 1024 }))
  if ([...sizes.values()].reduce((a, b) => a + b, 0) > limits.maxTotalBytes)
    throw new ImportFileError(said('zip_total_bomb', { mb: limits.maxTotalBytes / 1024 / 1024 }))
}

/**
 * The bytes actually inflated against the limits (an archive may lie about its sizes). A refusal thrown inside
 * fflate's callback comes back to it as the entry's error: the first one is kept here, to be thrown as itself.
 */
function inflationBudget(limits: ZipLimits) {
  let total = 0
  const state = { refusal: null as ImportFileError | null }
  const refuse = (error: ImportFileError): never => {
    state.refusal = error
    throw error
  }
  const spend = (name: string, entrySize: number, bytes: number) => {
    total += bytes
    if (entrySize > limits.maxEntryBytes)
      refuse(new ImportFileError(said('zip_entry_bomb', { name, mb: limits.maxEntryBytes / 1024 / 1024 })))
    if (total > limits.maxTotalBytes)
      refuse(new ImportFileError(said('zip_total_bomb', { mb: limits.maxTotalBytes / 1024 / 1024 })))
  }
  return { state, refuse, spend }
}

export function unzipSafely(archive: Uint8Array, limits: ZipLimits = defaultZipLimits): Map<string, Uint8Array> {
  // Every zip starts with a local file header (PK 3 4) or, empty, with the end record (PK 5 6).
  if (archive.length < 4 || archive[0] !== 0x50 || archive[1] !== 0x4b || ![3, 5].includes(archive[2]!))
    throw new ImportFileError(said('not_zip'))
  const sizes = declaredSizes(archive)
  refuseDeclaredBombs(sizes, limits)
  const entries = new Map<string, Uint8Array>()
  const budget = inflationBudget(limits)
  let count = 0
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)
  unzip.onfile = (file) => {
    if (!safeEntryName(file.name)) budget.refuse(new ImportFileError(said('zip_slip', { name: file.name })))
    if (file.name.endsWith('/')) return
    if (++count > limits.maxEntries) budget.refuse(new ImportFileError(said('zip_entries', { max: limits.maxEntries })))
    if (NESTED.test(file.name)) budget.refuse(new ImportFileError(said('zip_nested', { name: file.name })))
    const declared = file.originalSize ?? sizes.get(file.name)
    const sink = entrySink(declared)
    let size = 0
    file.ondata = (error, chunk, final) => {
      if (budget.state.refusal) throw budget.state.refusal
      if (error) throw new ImportFileError(said('zip_damaged', { name: file.name, reason: error.message }))
      size += chunk.length
      budget.spend(file.name, size, chunk.length)
      if (!sink.add(chunk)) {
        const reason = `more than the ${declared} bytes it declares`
        budget.refuse(new ImportFileError(said('zip_damaged', { name: file.name, reason })))
      }
      if (final) entries.set(file.name, sink.bytes())
    }
    file.start()
  }
  try {
    for (let at = 0; at < archive.length; at += PUSH_BYTES)
      unzip.push(archive.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= archive.length)
  } catch (e) {
    if (budget.state.refusal) throw budget.state.refusal
    if (e instanceof ImportFileError) throw e
    throw new ImportFileError(said('zip_unreadable', { reason: (e as Error).message }))
  }
  return entries
}

/**
 * The sizes the archive's central directory declares, read without inflating anything (fflate's filter sees each
 * entry and keeps none): an archive written as a stream says them there only, not before each entry's data.
 */
function declaredSizes(archive: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>()
  try {
    unzipSync(archive, {
      filter: (file) => {
        sizes.set(file.name, file.originalSize)
        return false
      },
    })
  } catch (e) {
    throw new ImportFileError(said('zip_unreadable', { reason: (e as Error).message }))
  }
  return sizes
}

/**
 * Where an entry's bytes go: straight into a buffer of the size the archive declares (no second copy at the end, so
 * memory stays at what is kept), or, for an archive written as a stream without sizes, chunks joined at the end.
 */
function entrySink(declared: number | undefined) {
  if (declared !== undefined) {
    const out = new Uint8Array(declared)
    let at = 0
    return {
      add(chunk: Uint8Array) {
        if (at + chunk.length > declared) return false
        out.set(chunk, at)
        at += chunk.length
        return true
      },
      bytes: () => (at === declared ? out : out.subarray(0, at)),
    }
  }
  const chunks: Uint8Array[] = []
  return {
    add: (chunk: Uint8Array) => chunks.push(chunk) > 0,
    bytes: () => concat(chunks),
  }
}

/** Chunks as one array. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
