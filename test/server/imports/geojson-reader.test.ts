import { describe, expect, it } from 'vitest'
import { diagnoseCoordinates } from '../../../server/imports/crs-diagnose.js'
import {
  defaultLimits,
  readGeoJson,
  refuseBadFeatures,
  sampleCoordinates,
  sridOfCrsName,
} from '../../../server/imports/geojson-reader.js'
import { english } from '../../../server/imports/import-messages.js'

const square = (x: number, y: number, side: number) => [
  [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y + side],
    [x, y],
  ],
]
const collection = (features: unknown[], crs?: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
    features,
  })
const feature = (properties: Record<string, unknown>, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties,
  geometry: { type, coordinates },
})

describe('reading a GeoJSON land file', () => {
  it('reads rows as text, polygons, and the CRS the file names', () => {
    const file = readGeoJson(
      collection(
        [
          feature({ 地块编号: 'NB-01', 面积: 6666.7, 净地: true }, square(645_000, 3_308_000, 100)),
          feature({ 地块编号: 'NB-02', 备注: null }, [square(645_200, 3_308_000, 100)], 'MultiPolygon'),
        ],
        'urn:ogc:def:crs:EPSG::4549',
      ),
    )
    expect(file.srid).toBe(4549)
    expect(file.headers).toEqual(['地块编号', '面积', '净地', '备注'])
    expect(file.features.map((f) => [f.row, f.properties])).toEqual([
      [1, { 地块编号: 'NB-01', 面积: '6666.7', 净地: 'true' }],
      [2, { 地块编号: 'NB-02', 备注: '' }],
    ])
    expect(diagnoseCoordinates(sampleCoordinates(file), file.srid).problems).toEqual([])
  })

  it('knows the usual ways of naming a CRS', () => {
    expect([
      sridOfCrsName('EPSG:4490'),
      sridOfCrsName('urn:ogc:def:crs:OGC:1.3:CRS84'),
      sridOfCrsName('urn:ogc:def:crs:EPSG::4528'),
      sridOfCrsName('Beijing 1954'),
    ]).toEqual([4490, 4326, 4528, null])
    expect(readGeoJson(collection([])).srid).toBeNull()
    expect(() => readGeoJson(collection([], 'Xian 1980'))).toThrow('unknown coordinate system “Xian 1980”')
  })

  it('refuses a file that is not GeoJSON; keeps each feature that is not land with its reason, in one pass', () => {
    expect(() => readGeoJson('{"type":"FeatureCollection","features":[')).toThrow('not valid JSON')
    expect(() => readGeoJson('{"type":"Feature"}')).toThrow('not a GeoJSON FeatureCollection')
    const ring = (...points: unknown[][]) => [points]
    const file = readGeoJson(
      collection([
        feature({ n: 1 }, [121, 29], 'Point'),
        feature({ n: 2 }, ring([1, 1], [2, 'x'], [1, 1])),
        feature({ n: 3 }, [[[[[[1, 2]]]]]]),
        feature({ n: 4 }, ring([0, 0], [1, 0], [1, 1], [0, 1])),
        feature({ n: 5 }, ring([0, 0], [1, 0], [0, 0])),
        feature({ n: 6 }, ring([0, 0], [1, 0], [1, 1])),
        feature({ n: 7 }, square(1, 1, 1)),
      ]),
    )
    expect(file.features.map((f) => [f.properties.n, f.problem ? english(f.problem) : null])).toEqual([
      ['1', 'feature 1: geometry is Point, a parcel needs a Polygon or MultiPolygon'],
      ['2', 'feature 2: a coordinate is not a finite number (x)'],
      ['3', 'feature 3: coordinates nest deeper than 5 levels'],
      ['4', 'feature 4: a ring is not closed (its first and last points differ)'],
      ['5', 'feature 5: a ring has fewer than four points'],
      ['6', 'feature 6: a ring is not closed (its first and last points differ)'], // open, not "too few points"
      ['7', null],
    ])
    expect(file.features.filter((f) => f.problem).every((f) => f.geometry === null)).toBe(true)
    expect(() => refuseBadFeatures(file)).toThrow(
      'feature 1: geometry is Point, a parcel needs a Polygon or MultiPolygon; and 5 more features cannot be read',
    )
  })

  it('holds the limits on size and feature count', () => {
    const many = collection(Array.from({ length: 11 }, (_, i) => feature({ id: i }, square(i, 0, 1))))
    expect(() => readGeoJson(many, { ...defaultLimits, maxFeatures: 10 })).toThrow('11 features; at most 10 per import')
    expect(() => readGeoJson(many, { ...defaultLimits, maxBytes: 100 })).toThrow('larger than')
  })
})
