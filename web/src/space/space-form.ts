import { type BuildingKind, buildingKinds, KN_PER_TONNE_M2 } from '../../../server/space/space-enums'
import type { SpaceProfile } from '../api/recommend-client'
import { changesToParam, formOfParam } from '../routing/form-param'

export { type BuildingKind, buildingKinds }

/**
 * What the space wizard holds, as typed. Floor load is asked in t/㎡ as investors say it (5 t/㎡) and sent in kN/㎡ as
 * drawings and the server state it.
 */
export interface SpaceForm {
  minM2: string
  maxM2: string
  kind: 'any' | BuildingKind
  groundFloor: boolean
  floorLoadT: string
  clearHeight: string
  powerKva: string
  craneT: string
  maxRent: string
  regions: number[]
}

export const initialSpaceForm: SpaceForm = {
  minM2: '3000',
  maxM2: '4500',
  kind: 'any',
  groundFloor: false,
  floorLoadT: '',
  clearHeight: '',
  powerKva: '',
  craneT: '',
  maxRent: '',
  regions: [],
}

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text))

/** t/㎡ to kN/㎡, down to a whole kN: "5 t" (49.03 kN) keeps a unit rated 49 kN/㎡, as its owner means it. */
export const tonnesToKn = (tonnes: number) => Math.floor(tonnes * KN_PER_TONNE_M2)

/** Empty fields are left out; numbers that do not parse go through, so the server names the field. */
export function spaceProfileOf(form: SpaceForm, explain: number[] = []): SpaceProfile {
  const floorLoad = numberOrUndefined(form.floorLoadT)
  return {
    need: 'space',
    min_m2: Number(form.minM2),
    max_m2: numberOrUndefined(form.maxM2),
    kinds: form.kind === 'any' ? undefined : [form.kind],
    ground_floor: form.groundFloor || undefined,
    min_floor_load: floorLoad === undefined ? undefined : tonnesToKn(floorLoad),
    min_clear_height: numberOrUndefined(form.clearHeight),
    min_power_kva: numberOrUndefined(form.powerKva),
    min_crane_t: numberOrUndefined(form.craneT),
    max_rent: numberOrUndefined(form.maxRent),
    regions: form.regions.length > 0 ? form.regions : undefined,
    limit: 20,
    explain: explain.length > 0 ? explain : undefined,
  }
}

/** The form as a link carries it (`?spq=…`), and back. */
export const spaceFormToParam = (form: SpaceForm) => changesToParam(form, initialSpaceForm)
export const spaceFormFromParam = (text: string | null) => formOfParam(text, initialSpaceForm)

/** The unit list (载体清单) these needs select, as a spreadsheet: what the wizard asks, as /api/units filters. */
export function unitsExportUrl(form: SpaceForm): string {
  const profile = spaceProfileOf(form)
  const query: Record<string, string | number | boolean | undefined> = {
    format: 'xlsx',
    min_m2: profile.min_m2,
    max_m2: profile.max_m2,
    ground_floor: profile.ground_floor,
    min_floor_load: profile.min_floor_load,
    min_clear_height: profile.min_clear_height,
    min_power_kva: profile.min_power_kva,
    min_crane_t: profile.min_crane_t,
    max_rent: profile.max_rent,
    kind: profile.kinds?.[0],
    region: form.regions.length === 1 ? form.regions[0] : undefined,
  }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && !Number.isNaN(value)) params.set(key, String(value))
  return `/api/units/export?${params}`
}
