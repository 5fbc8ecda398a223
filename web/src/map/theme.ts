import type { ExpressionSpecification } from 'maplibre-gl'

import { infraKinds } from '../../../server/infra/infra.table'
import { type ParcelStatus, parcelStatuses } from '../../../server/land/parcels.table'

export { infraKinds, type ParcelStatus, parcelStatuses }

/** Land for sale is green/teal (what investors look for); used land greys out; idle land warns in amber. */
export const statusColors: Record<ParcelStatus, string> = {
  available: '#2e9d5b',
  reserve: '#8ccf7e',
  intended: '#3d7fd0',
  supplied: '#9a8fc7',
  building: '#c7a26b',
  built: '#a4a9ad',
  idle: '#e8912d',
}

export type InfraKind = (typeof infraKinds)[number]

export const infraStyle: Record<InfraKind, { color: string; glyph: { zh: string; en: string } }> = {
  port: { color: '#1f5fa8', glyph: { zh: '港', en: 'P' } },
  rail_station: { color: '#b03a3a', glyph: { zh: '铁', en: 'R' } },
  interchange: { color: '#2f7a4a', glyph: { zh: '互', en: 'I' } },
  airport: { color: '#6b4aa8', glyph: { zh: '机', en: 'A' } },
}

export const PARK_COLOR = '#d9534f'
export const REGION_LINE_COLOR = '#6d7a86'
export const HIGHLIGHT_COLOR = '#ffcc00'

export function matchByKey<K extends string>(
  property: string,
  values: Record<K, string>,
  fallback: string,
): ExpressionSpecification {
  return ['match', ['get', property], ...Object.entries(values).flat(), fallback] as unknown as ExpressionSpecification
}

/** Label text for the current language: English name where there is one (not null, not empty), Chinese otherwise. */
export function nameField(lang: 'zh' | 'en'): ExpressionSpecification {
  if (lang === 'zh') return ['get', 'name']
  return ['case', ['!=', ['coalesce', ['get', 'name_en'], ''], ''], ['get', 'name_en'], ['get', 'name']]
}

export const LABEL_FONT = ['sans-serif']

export const projectStages = [
  'lead',
  'assessed',
  'negotiating',
  'signed',
  'land_supplied',
  'construction',
  'production',
  'full_capacity',
  'dropped',
  'transferred',
] as const
export type ProjectStage = (typeof projectStages)[number]

/** The pipeline warms from talks (blue) through signing (violet) to building and production (orange, red); ended ones grey. */
export const stageColors: Record<ProjectStage, string> = {
  lead: '#9db4cc',
  assessed: '#6f95bd',
  negotiating: '#2f6db0',
  signed: '#7b4fb3',
  land_supplied: '#a44fa0',
  construction: '#e07b24',
  production: '#c8402f',
  full_capacity: '#8e2a1f',
  dropped: '#9a9a9a',
  transferred: '#b8b8b8',
}

/** Traffic lights of the pipeline and the ranking. */
export const lightColors = { green: '#2e9e5b', yellow: '#e0a526', red: '#d64541' } as const

/** Buildings: darker the more of their floor area stands empty (what an investor looks for), grey when full. */
export const BUILDING_LINE_COLOR = '#3b3f8f'
/** Full, a third empty, empty. */
export const BUILDING_EMPTY_RAMP = ['#c5c8d6', '#8e8fd1', '#3b3f8f'] as const
export const buildingVacancyColor: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['coalesce', ['get', 'vacancy_rate'], 0],
  0,
  BUILDING_EMPTY_RAMP[0],
  0.3,
  BUILDING_EMPTY_RAMP[1],
  1,
  BUILDING_EMPTY_RAMP[2],
]
