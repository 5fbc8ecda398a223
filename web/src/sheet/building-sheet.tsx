import { loadClientConfig } from '../api/client'
import { useApiQuery } from '../api/query'
import { loadBuilding } from '../api/space-client'
import { useI18n } from '../i18n/i18n'
import { BuildingUnits, buildingContent } from '../panel/building-content'
import { SheetFrame, SheetNotice, SheetTable } from './sheet-frame'
import { SheetMap } from './sheet-map'

type Geometry = { type: string; coordinates: unknown[] }

/** About 40 m round an office building's point, so the sheet's map marks where it stands. */
function markable(geometry: Geometry): Geometry {
  if (geometry.type !== 'Point') return geometry
  const [lon, lat] = geometry.coordinates as [number, number]
  const d = 0.0002
  const ring = [
    [lon - d, lat - d],
    [lon + d, lat - d],
    [lon + d, lat + d],
    [lon - d, lat + d],
    [lon - d, lat - d],
  ]
  return { type: 'Polygon', coordinates: [ring] }
}

/** 载体推介单: a building on one A4 page, its figures, its units on offer and whom to call. */
export function BuildingSheet({ id }: { id: number }) {
  const i18n = useI18n()
  const { t, name } = i18n
  const { data, error } = useApiQuery(['sheet', 'building', id], async () => ({
    detail: await loadBuilding(id),
    demo: (await loadClientConfig()).demo,
  }))
  if (!data) return <SheetNotice error={error} />
  const p = data.detail.properties
  const { title, rows } = buildingContent(p, i18n)
  const subtitle = [t(`kind.${p.kind}`), name({ name: p.region_name, name_en: p.region_name_en })]
    .concat(p.park_name ? [name({ name: p.park_name, name_en: p.park_name_en })] : [])
    .join(' · ')
  return (
    <SheetFrame
      target={{ kind: 'building', id }}
      title={title}
      subtitle={subtitle}
      demo={data.demo}
      heading="space.sheetTitle"
      interest={{ kind: 'building', ref: String(id), label: title }}
    >
      <SheetMap geometry={markable(data.detail.geometry as Geometry)} label={title} />
      <SheetTable rows={rows} />
      <BuildingUnits id={id} i18n={i18n} />
    </SheetFrame>
  )
}
