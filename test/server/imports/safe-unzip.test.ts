import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { defaultZipLimits, safeEntryName, unzipSafely } from '../../../server/imports/safe-unzip.js'
import { understated } from '../../support/zip-lies.js'

const limits = { ...defaultZipLimits, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxEntries: 5 }

const PEAK_RSS_SCRIPT = fileURLToPath(new URL('../../support/bomb-peak-rss.ts', import.meta.url))
const BOMB = fileURLToPath(new URL('../../fixtures/zip-bomb-1gib.zip', import.meta.url))

/** A 1 GiB bomb opened in a process of its own: its refusal and the process's peak RSS. */
function openInOwnProcess(...flags: string[]): { refusal: string; peakMb: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', PEAK_RSS_SCRIPT, BOMB, ...flags], { encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout.trim().split('\n').pop()!)
}

describe('opening an uploaded archive', () => {
  it('gives the files of an ordinary zipped Shapefile', () => {
    const archive = zipSync({
      'land/parcels.shp': new Uint8Array([1, 2, 3]),
      'land/parcels.dbf': strToU8('dbf'),
      'land/parcels.prj': strToU8('PROJCS["CGCS2000_3_Degree_GK_CM_120E"]'),
    })
    const entries = unzipSafely(archive, limits)
    expect([...entries.keys()].sort()).toEqual(['land/parcels.dbf', 'land/parcels.prj', 'land/parcels.shp'])
    expect([...entries.get('land/parcels.shp')!]).toEqual([1, 2, 3])
  })

  it('refuses a zip bomb on the sizes it declares, before inflating a byte', () => {
    // 5 MB of zeros compresses to a few kB.
    const bomb = zipSync({ 'zeros.dbf': new Uint8Array(5 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(20_000)
    expect(() => unzipSafely(bomb, limits)).toThrow('“zeros.dbf” inflates beyond 1 MB')
    const spread = zipSync(Object.fromEntries(['a', 'b', 'c'].map((n) => [`${n}.dbf`, new Uint8Array(900 * 1024)])), {
      level: 9,
    })
    expect(() => unzipSafely(spread, limits)).toThrow('the archive inflates beyond 2 MB')
  })

  it('refuses zip slip, archives inside archives, too many files and what is not a zip', () => {
    expect(() => unzipSafely(zipSync({ '../../etc/cron.d/x': strToU8('boom') }), limits)).toThrow(
      '“../../etc/cron.d/x” points outside the archive',
    )
    expect(() => unzipSafely(zipSync({ 'inner.zip': zipSync({ 'a.shp': strToU8('x') }) }), limits)).toThrow(
      'holds another archive',
    )
    expect(() =>
      unzipSafely(
        zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, strToU8('x')]))),
        limits,
      ),
    ).toThrow('more than 5 files')
    expect(() => unzipSafely(strToU8('not a zip at all'), limits)).toThrow('not a zip archive')
    expect([
      safeEntryName('a/b.shp'),
      safeEntryName('/etc/passwd'),
      safeEntryName('C:\\x.shp'),
      safeEntryName('a\\..\\b'),
      safeEntryName('a\0b'),
    ]).toEqual([true, false, false, false, false])
  })

  it('refuses a bomb that understates its sizes on the bytes actually inflated, within a few MB of the limit', () => {
    const liar = understated(zipSync({ 'zeros.dbf': new Uint8Array(5 * 1024 * 1024) }, { level: 9 }))
    expect(() => unzipSafely(liar, limits)).toThrow('“zeros.dbf” inflates beyond 1 MB')
    // Under the limits, but more than it said: not what it claims to be.
    const small = understated(zipSync({ 'zeros.dbf': new Uint8Array(200 * 1024) }, { level: 9 }))
    expect(() => unzipSafely(small, limits)).toThrow('“zeros.dbf” is damaged: more than the 1000 bytes it declares')
  })

  it('refuses a 1 GiB bomb (1 MB zipped) with the memory of a small file, and one that lies about its sizes', () => {
    const honest = openInOwnProcess()
    expect(honest.refusal).toContain('the archive inflates beyond 256 MB')
    expect(honest.peakMb).toBeLessThan(200)
    const liar = openInOwnProcess('--understate')
    expect(liar.refusal).toContain('is damaged: more than the 1000 bytes it declares')
    expect(liar.peakMb).toBeLessThan(200)
  })
})
