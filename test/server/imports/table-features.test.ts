import { describe, expect, it } from 'vitest'
import { proposeMapping } from '../../../server/imports/field-synonyms.js'
import { english } from '../../../server/imports/import-messages.js'
import { featuresFromTable, inSurveyorsOrder } from '../../../server/imports/table-features.js'
import type { TableRead } from '../../../server/imports/table-reader.js'

const headers = ['编号', 'X', 'Y', '用途']
const table = (rows: string[][]): TableRead => ({
  headers,
  notes: [],
  rows: rows.map((cells, i) => ({
    row: i + 2,
    values: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])),
  })),
})
const mapping = proposeMapping(headers)

describe('a land list’s rows as features', () => {
  it('maps X and Y as the coordinate columns', () => {
    expect(mapping.fields).toEqual({ 编号: 'code', X: 'x', Y: 'y', 用途: 'land_use_name' })
  })

  it('tells surveyors’ order (northing first, or latitude first) from the values', () => {
    expect(
      inSurveyorsOrder([
        [3_308_000, 645_000],
        [3_308_200, 645_200],
      ]),
    ).toBe(true)
    expect(inSurveyorsOrder([[3_308_000, 40_645_000]])).toBe(true)
    expect(inSurveyorsOrder([[29.87, 121.55]])).toBe(true)
    expect(
      inSurveyorsOrder([
        [645_000, 3_308_000],
        [121.55, 29.87],
      ]),
    ).toBe(false)
  })

  it('makes one outline per run of a code, a blank code continuing the parcel above, attributes from any of its rows', () => {
    const file = featuresFromTable(
      table([
        ['A', '0', '0', '工业用地'],
        ['', '10', '0'],
        ['', '10', '10'],
        ['', '0', '10'],
        ['B', '20', '0'],
        ['B', '30', '0', '物流用地'],
        ['B', '30', '10'],
      ]),
      mapping,
    )
    expect(file.features.map((f) => [f.row, f.properties.编号, f.properties.用途])).toEqual([
      [2, 'A', '工业用地'],
      [6, 'B', '物流用地'],
    ])
    expect(file.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    })
    expect(file.notes).toEqual([])
  })

  it('reads northings in X the surveyors’ way round, and says so', () => {
    const file = featuresFromTable(
      table([
        ['A', '3308000', '645000'],
        ['', '3308000', '645100'],
        ['', '3308100', '645100'],
      ]),
      mapping,
    )
    expect((file.features[0]!.geometry!.coordinates as number[][][])[0]![1]).toEqual([645_100, 3_308_000])
    expect(english(file.notes![0]!)).toMatch(/^column X holds northings .* read that way$/)
  })

  it('starts a new ring after the first point returns: a hole when inside, another part when outside', () => {
    const ring = (x: number, y: number, s: number) =>
      [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ].map(([a, b]) => ['', String(a), String(b)])
    const withHole = featuresFromTable(
      table([['H', '0', '0'], ...ring(0, 0, 100).slice(1), ...ring(40, 40, 10)]),
      mapping,
    )
    expect(withHole.features[0]!.geometry).toMatchObject({
      type: 'Polygon',
      coordinates: [expect.any(Array), expect.any(Array)],
    })
    const twoParts = featuresFromTable(
      table([['P', '0', '0'], ...ring(0, 0, 100).slice(1), ...ring(200, 0, 10)]),
      mapping,
    )
    expect(twoParts.features[0]!.geometry!.type).toBe('MultiPolygon')
  })

  it('names the row and column of what is not a coordinate, and the row of an outline too short', () => {
    expect(() =>
      featuresFromTable(
        table([
          ['A', '0', '0'],
          ['', '十', '0'],
          ['', '1', '1'],
        ]),
        mapping,
      ),
    ).toThrow('row 3, column X: “十” is not a coordinate')
    expect(() =>
      featuresFromTable(
        table([
          ['A', '0', '0'],
          ['', '1', '0'],
          ['B', '5', '5'],
          ['', '6', '5'],
          ['', '6', '6'],
        ]),
        mapping,
      ),
    ).toThrow('row 2: an outline needs at least three distinct boundary points')
    expect(() => featuresFromTable(table([['', '0', '0']]), mapping)).toThrow(
      'row 2: a boundary point without a parcel code',
    )
  })

  it('without coordinate columns, each row joins by its code to the stored outline; one coordinate column alone is refused', () => {
    const attributes = featuresFromTable(table([['A', '', '', '工业用地']]), {
      ...mapping,
      fields: { 编号: 'code', 用途: 'land_use_name' },
    })
    expect(attributes.features).toEqual([
      { row: 2, properties: expect.objectContaining({ 编号: 'A' }), geometry: null },
    ])
    expect(() => featuresFromTable(table([]), { ...mapping, fields: { 编号: 'code', X: 'x' } })).toThrow(
      'only one coordinate column (X) is mapped',
    )
    const limits = { maxBytes: 1000, maxFeatures: 2, maxDepth: 5 }
    expect(() =>
      featuresFromTable(table([['A'], ['B'], ['C']]), { ...mapping, fields: { 编号: 'code' } }, limits),
    ).toThrow('3 features; at most 2 per import')
  })
})
