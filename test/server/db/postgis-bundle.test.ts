import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { parseTar } from 'nanotar'
import { describe, expect, it } from 'vitest'
import { originalBundle as bundle, keepsBundleEntry } from '../../../server/db/postgis-bundle.js'

const names = parseTar(gunzipSync(readFileSync(bundle)), { metaOnly: true }).map((entry) => entry.name)
const kept = names.filter(keepsBundleEntry)

describe('the trimmed PostGIS bundle', () => {
  it('keeps PostGIS, its install script and PROJ', () => {
    for (const needed of [
      /lib\/postgresql\/postgis-3\.so$/,
      /extension\/postgis\.control$/,
      /extension\/postgis--\d+\.\d+\.\d+\.sql$/,
      /proj\/proj\.db$/,
    ]) {
      expect(
        kept.filter((name) => needed.test(name)),
        String(needed),
      ).toHaveLength(1)
    }
  })

  it('leaves out the libraries and scripts no migration loads', () => {
    expect(names.filter((name) => name.endsWith('.so'))).toHaveLength(3)
    expect(kept.filter((name) => name.endsWith('.so'))).toHaveLength(1)
    expect(kept.some((name) => /raster|topology|tiger|unpackaged|--ANY--/.test(name))).toBe(false)
    expect(kept.length).toBeLessThan(names.length / 2)
  })
})
