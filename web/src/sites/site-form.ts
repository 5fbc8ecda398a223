import {
  type SiteCriterion as Criterion,
  siteCriteria as criteria,
  type PollutionClass,
  pollutionClasses,
  type TransportKind,
  transportKinds,
} from '../../../server/recommend/site-criteria'
import type { SiteProfile } from '../api/recommend-client'
import { changesToParam, formOfParam } from '../routing/form-param'

export { type Criterion, criteria, type PollutionClass, pollutionClasses, type TransportKind, transportKinds }
export const landUses = ['any', '1001', '100101', '100102', '100103', '1101', '09'] as const

/** What the wizard holds: text as typed, turned into a profile only when searching. */
export interface SiteForm {
  minMu: string
  maxMu: string
  landUse: (typeof landUses)[number]
  chainId: number | null
  segmentId: number | null
  regions: number[]
  parks: number[]
  maxKm: Record<TransportKind, string>
  maxPrice: string
  netLand: boolean
  standardLand: boolean
  pollution: (typeof pollutionClasses)[number]
  investment: string
  footprintW: string
  footprintL: string
  weights: Record<Criterion, number>
}

/** The server's defaults, so the sliders start where the ranking would. */
export const initialForm: SiteForm = {
  minMu: '50',
  maxMu: '80',
  landUse: '1001',
  chainId: null,
  segmentId: null,
  regions: [],
  parks: [],
  maxKm: { port: '', rail_station: '', interchange: '', airport: '' },
  maxPrice: '',
  netLand: false,
  standardLand: false,
  pollution: 'none',
  investment: '',
  footprintW: '',
  footprintL: '',
  weights: {
    area_fit: 3,
    shape: 1,
    price: 2,
    port: 1,
    rail_station: 1,
    interchange: 1,
    airport: 1,
    readiness: 2,
    park_fit: 2,
    chain: 2,
    preference: 2,
  },
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text))

/** Empty fields are left out; numbers that do not parse go through, so the server names the field. */
export function profileOf(form: SiteForm, explain: number[] = []): SiteProfile {
  const maxKm = Object.fromEntries(
    transportKinds.flatMap((k) => (form.maxKm[k].trim() === '' ? [] : [[k, Number(form.maxKm[k])]])),
  )
  const footprint =
    form.footprintW.trim() && form.footprintL.trim()
      ? { width_m: Number(form.footprintW), length_m: Number(form.footprintL) }
      : undefined
  return {
    min_mu: Number(form.minMu),
    max_mu: numberOrUndefined(form.maxMu),
    land_use: form.landUse === 'any' ? undefined : form.landUse,
    segment_id: form.segmentId ?? undefined,
    max_price: numberOrUndefined(form.maxPrice),
    max_km: Object.keys(maxKm).length > 0 ? maxKm : undefined,
    net_land: form.netLand || undefined,
    standard_land: form.standardLand || undefined,
    pollution: form.pollution,
    regions: form.regions.length > 0 ? form.regions : undefined,
    parks: form.parks.length > 0 ? form.parks : undefined,
    planned_investment_wan: numberOrUndefined(form.investment),
    footprint,
    weights: form.weights,
    limit: 20,
    explain: explain.length > 0 ? explain : undefined,
  }
}

/** The form as a link carries it (`?sq=…`): only what differs from the defaults. */
export const formToParam = (form: SiteForm) => changesToParam(form, initialForm)
/** A link's form; a malformed link opens the defaults. */
export const formFromParam = (text: string | null) => formOfParam(text, initialForm)
