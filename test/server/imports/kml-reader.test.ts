import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { english } from '../../../server/imports/import-messages.js'
import { readKml, readKmz } from '../../../server/imports/kml-reader.js'
import { importFixture } from '../../support/import-fixtures.js'

const kml = (placemarks: string) =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`,
  )

describe('reading KML and KMZ', () => {
  it('reads 奥维’s placemarks: attributes from ExtendedData without styling, outlines in two dimensions, pins skipped', () => {
    const file = readKml(importFixture('parcels-gcj02.kml'))
    expect(file.srid).toBe(4326)
    expect(file.notes!.map(english)).toEqual(['1 placemark is a pin or an open line, not land; skipped'])
    expect(file.features.map((f) => f.properties)).toEqual([
      { name: 'GD-K1', 用地性质: '二类工业用地', 土地坐落: '鄞州区 滨海新区 奥维标绘' },
      { name: 'GD-K2', 用地性质: '物流仓储用地', 土地坐落: '鄞州区 港区配套' },
    ])
    expect((file.features[0]!.geometry!.coordinates as number[][][])[0]![0]).toHaveLength(2)
  })

  it('takes an area drawn as a closed line as its outline, and a MultiGeometry of polygons as one parcel', () => {
    const square = '121.5,29.8 121.501,29.8 121.501,29.801 121.5,29.801 121.5,29.8'
    const file = readKml(
      kml(`<Placemark><name>L</name><LineString><coordinates>${square}</coordinates></LineString></Placemark>
      <Placemark><name>M</name><MultiGeometry><Polygon><outerBoundaryIs><LinearRing><coordinates>${square}</coordinates></LinearRing></outerBoundaryIs></Polygon>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>${square.replaceAll('121.5', '121.6')}</coordinates></LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>`),
    )
    expect(file.features.map((f) => f.geometry!.type)).toEqual(['Polygon', 'MultiPolygon'])
  })

  it('opens a KMZ’s doc.kml safely, and refuses what is not KML', () => {
    const file = readKmz(
      zipSync({ 'files/icon.png': new Uint8Array(10), 'doc.kml': importFixture('parcels-gcj02.kml') }),
    )
    expect(file.features).toHaveLength(2)
    expect(() => readKmz(zipSync({ 'readme.txt': strToU8('x') }))).toThrow('no .kml inside the KMZ')
    expect(() => readKml(strToU8('<gpx></gpx>'))).toThrow('not a KML document')
    expect(() => readKml(strToU8('<kml><Document>'))).toThrow(/not a KML document/)
  })
})
