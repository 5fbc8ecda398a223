import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { defaultZipLimits, safeEntryName, unzipSafely } from '../../../server/imports/safe-unzip.js'

const limits = { ...defaultZipLimits, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxEntries: 5 }

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

  it('refuses a zip bomb on the bytes actually inflated', () => {
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
})
