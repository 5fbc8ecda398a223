import turfBbox from '@turf/bbox'
import { useState } from 'react'
import { estimateIncentives } from '../api/incentives-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { figureText } from '../i18n/official-terms'

/** The sample the estimate starts from: foreign capital received, 万美元 (USD 10 million); the reader changes it. */
const SAMPLE_FOREIGN_CAPITAL_USD_WAN = 1_000

/**
 * 智查策 on the sheet: the incentives a new industrial project on this site (its area, 标准地 or not) would get for the
 * foreign capital typed here (the documents reward capital received), with their total. One line on paper.
 */
export function SheetIncentives({
  mu,
  standardLand,
  geometry,
}: {
  mu: number
  standardLand: boolean
  /** The site: the policies applied are those of the town and district holding it. */
  geometry: GeoJSON.Geometry
}) {
  const { t, lang, name } = useI18n()
  const [capital, setCapital] = useState(SAMPLE_FOREIGN_CAPITAL_USD_WAN)
  const profile = {
    project_kind: 'industrial' as const,
    is_new: true,
    foreign_capital_usd_wan: capital,
    land_mu: Math.round(mu * 100) / 100,
    is_standard_land: standardLand,
    at: centreOf(geometry),
  }
  const { data } = useApiQuery(['sheet-incentives', profile], () => estimateIncentives(profile), { keepPrevious: true })
  const applicable = data?.applicable ?? []
  return (
    <section className="sheet-incentives" data-testid="sheet-incentives">
      <label>
        {t('sheetIncentives.investment')}{' '}
        <input
          type="number"
          min={0}
          step={100}
          value={capital}
          onChange={(e) => setCapital(Math.max(0, Number(e.target.value) || 0))}
          data-testid="sheet-investment"
        />{' '}
        {t('sheetIncentives.unit')}
      </label>
      {data && !data.policies_for_place ? (
        <p data-testid="sheet-no-policy">
          {t('sheetIncentives.noPolicy', { place: data.place ? name(data.place) : t('sheetIncentives.here') })}
        </p>
      ) : (
        <p>
          {t('sheetIncentives.total', { amount: data ? amountText(data.total_wan, lang) : '…' })}
          {applicable.length > 0 && t('punct.colon')}
          {applicable.map((r) => `${name(r)} ${amountText(r.amount_wan, lang)}`).join(t('punct.list'))}
        </p>
      )}
    </section>
  )
}

/** The middle of the site's extent, rounded to about 1 m: which town holds it. */
function centreOf(geometry: GeoJSON.Geometry): [number, number] {
  const [west, south, east, north] = turfBbox(geometry)
  return [Math.round(((west + east) / 2) * 1e5) / 1e5, Math.round(((south + north) / 2) * 1e5) / 1e5]
}

/** 万元 as the reader counts money: 1,200 万元, or CNY 12 million. */
function amountText(wan: number, lang: 'zh' | 'en') {
  if (lang === 'zh') return `${wan.toLocaleString('zh-CN', { maximumFractionDigits: 1 })} 万元`
  return figureText(`${Math.round(wan * 10) / 10}万元`, 'en')
}
