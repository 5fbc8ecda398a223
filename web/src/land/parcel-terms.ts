import type { ParcelProperties } from '../api/client'
import type { Translate } from '../i18n/i18n'
import { environmentText, percentText } from '../i18n/land-terms'
import type { Lang, MessageKey } from '../i18n/messages'
import type { Row } from './block-rows'

/** 七通一平 in the order the documents list it. */
const UTILITIES = ['road', 'water', 'power', 'drainage', 'gas', 'telecom', 'heat', 'levelled'] as const

const withUnit = (value: number | null, unit: string) => (value === null ? null : `${value} ${unit}`)

/** Planning conditions beyond the plot ratio: how much may be built, how green, how high. */
export function planningRows(p: ParcelProperties, t: Translate): Row[] {
  const percent = (value: number | null) => (value === null ? null : percentText(value))
  return [
    ['terms.buildingDensity', percent(p.building_density_max)],
    ['terms.greenRatio', percent(p.green_ratio_max)],
    ['terms.heightLimit', withUnit(p.height_limit_m, t('terms.metres'))],
  ]
}

/** 标准地: the commitments the land comes with (investment and tax per mu at least, energy at most, environment). */
export function standardLandRows(p: ParcelProperties, t: Translate, lang: Lang): Row[] {
  if (!p.is_standard_land) return []
  return [
    ['terms.investIntensity', withUnit(p.std_invest_intensity, t('terms.wanPerMu'))],
    ['terms.taxPerMu', withUnit(p.std_tax_per_mu, t('terms.wanPerMu'))],
    ['terms.energy', withUnit(p.std_energy_per_output, t('terms.energyUnit'))],
    ['terms.environment', p.std_environment && environmentText(p.std_environment, lang)],
  ]
}

/** Readiness item by item: each of 七通一平 ticked or crossed. */
export function readinessText(p: ParcelProperties, t: Translate): string {
  return UTILITIES.map((u) => `${p.utilities.includes(u) ? '✓' : '✗'} ${t(`utility.${u}` as MessageKey)}`).join('  ')
}
