import {
  type BlockProperties,
  loadBlocks,
  loadClientConfig,
  loadParcel,
  loadParks,
  type ParcelProperties,
} from '../api/client'
import { useApiQuery } from '../api/query'
import { type NameOf, type Translate, useI18n } from '../i18n/i18n'
import { boundariesText, landUseText, priceText } from '../i18n/land-terms'
import { useRomanized } from '../i18n/use-romanized'
import type { InterestTarget } from '../journey/interest-form'
import { blockRows, type Row } from '../land/block-rows'
import { planningRows, readinessText, standardLandRows } from '../land/parcel-terms'
import { blockPlaces } from '../land/picked-block'
import { AssembledSheet } from './assembled-sheet'
import { BuildingSheet } from './building-sheet'
import { SheetFrame, SheetNotice, SheetTable } from './sheet-frame'
import { SheetIncentives } from './sheet-incentives'
import { SheetMap } from './sheet-map'
import type { SheetTarget } from './sheet-target'

type Geometry = { type: string; coordinates: unknown[] }
type Loaded = (
  | { kind: 'parcel'; geometry: Geometry; p: ParcelProperties }
  | { kind: 'block'; geometry: Geometry; b: BlockProperties }
) & {
  /** Whom an investor calls: the park's contact. */
  contact: string | null
  /** What the park is for (产业定位), in both languages: the industries it looks for. */
  positioning: { zh: string | null; en: string | null }
  /** Demonstration data: the sheet says so instead of pointing to an official announcement. */
  demo: boolean
}

type RecordTarget = Extract<SheetTarget, { kind: 'parcel' | 'block' }>

async function load(target: RecordTarget): Promise<Loaded> {
  const [parkCollection, config] = await Promise.all([loadParks(), loadClientConfig()])
  const parks = parkCollection.features.map((f) => f.properties)
  const facts = (park: (typeof parks)[number] | undefined) => ({
    contact: park?.contact ?? null,
    positioning: { zh: park?.positioning ?? null, en: park?.positioning_en ?? null },
    demo: config.demo,
  })
  if (target.kind === 'parcel') {
    const feature = await loadParcel(target.id)
    const park = parks.find((k) => k.id === feature.properties.park_id)
    return { kind: 'parcel', geometry: feature.geometry, p: feature.properties, ...facts(park) }
  }
  const block = (await loadBlocks(100)).features.find((f) => f.properties.block_id === target.id)
  if (!block) throw new Error(target.id)
  const park = parks.find((k) => block.properties.parks.includes(k.name))
  return { kind: 'block', geometry: block.geometry, b: block.properties, ...facts(park) }
}

/** 地块推介单: one A4 page an investor can take away: map, figures, distances, whom to call. */
export function SiteSheet({ target }: { target: SheetTarget }) {
  if (target.kind === 'site' || target.kind === 'compare') return <AssembledSheet target={target} />
  if (target.kind === 'building') return <BuildingSheet id={target.id} />
  return <RecordSheet target={target} />
}

function RecordSheet({ target }: { target: RecordTarget }) {
  const { t, lang, name } = useI18n()
  const { data: loaded, error } = useApiQuery(['sheet', target.kind, target.id], () => load(target))
  const boundaries = useRomanized(loaded?.kind === 'parcel' ? boundariesText(loaded.p.location_desc, lang) : null, lang)
  if (!loaded) return <SheetNotice error={error} />
  const { title, subtitle, rows } =
    loaded.kind === 'parcel' ? parcelContent(loaded.p, t, name, lang, boundaries) : blockContent(loaded.b, t, lang)
  const interest: InterestTarget =
    loaded.kind === 'parcel'
      ? { kind: 'parcel', ref: String(loaded.p.id), label: title }
      : { kind: 'block', ref: loaded.b.block_id, label: title }
  return (
    <SheetFrame target={target} title={title} subtitle={subtitle} demo={loaded.demo} interest={interest}>
      <SheetMap geometry={loaded.geometry} label={title} />
      <SheetTable
        rows={[
          ...rows,
          ['field.positioning', lang === 'en' ? (loaded.positioning.en ?? null) : loaded.positioning.zh],
          ['field.contact', loaded.contact],
        ]}
      />
      <SheetIncentives
        mu={loaded.kind === 'parcel' ? loaded.p.area_mu : loaded.b.total_mu}
        standardLand={loaded.kind === 'parcel' && loaded.p.is_standard_land}
        geometry={loaded.geometry as GeoJSON.Geometry}
      />
    </SheetFrame>
  )
}

type T = Translate
const kmText = (value: number | null, t: T) => (value === null ? null : `${value.toFixed(1)} ${t('km')}`)

function parcelContent(p: ParcelProperties, t: T, name: NameOf, lang: 'zh' | 'en', boundaries: string | null) {
  const rows: Row[] = [
    ['field.status', t(`status.${p.status}`)],
    ['field.area', `${p.area_mu.toFixed(2)} ${t('mu')}`],
    ['field.landUse', landUseText(p.land_use, p.land_use_name, lang)],
    ['field.location', boundaries],
    ['field.far', p.far_min !== null && p.far_max !== null ? `${p.far_min}–${p.far_max}` : p.far_max],
    ...planningRows(p, t),
    ['field.tenure', p.tenure_years === null ? null : `${p.tenure_years} ${t('years')}`],
    ['field.price', p.start_price === null ? null : priceText(p.start_price, lang)],
    ['field.netLand', t(p.is_net_land ? 'yes' : 'no')],
    ['terms.readiness', readinessText(p, t)],
    ['field.standardLand', t(p.is_standard_land ? 'yes' : 'no')],
    ...standardLandRows(p, t, lang),
    ['field.availableFrom', p.available_from],
    ['field.kmPort', kmText(p.km_port, t)],
    ['field.kmRail', kmText(p.km_rail_station, t)],
    ['field.kmInterchange', kmText(p.km_interchange, t)],
    ['field.kmAirport', kmText(p.km_airport, t)],
  ]
  return {
    title: p.code,
    subtitle: [
      name({ name: p.region_name, name_en: p.region_name_en }),
      name({ name: p.park_name, name_en: p.park_name_en }),
    ]
      .filter(Boolean)
      .join(' · '),
    rows,
  }
}

function blockContent(b: BlockProperties, t: T, lang: 'zh' | 'en') {
  const rows: Row[] = [...blockRows(b, t, lang), ['sheet.sellWhole', b.sell_whole ? t('sheet.sellWholeYes') : null]]
  return { title: b.block_id, subtitle: blockPlaces(b, lang).join(' · '), rows }
}
