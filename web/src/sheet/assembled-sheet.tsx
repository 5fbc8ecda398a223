import { type BlockProperties, loadClientConfig, loadParcel, type ParcelProperties } from '../api/client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { blockRows } from '../land/block-rows'
import { blockPlaces } from '../land/picked-block'
import { siteAsBlock } from '../land/site-as-block'
import { SheetFrame, SheetNotice, SheetTable } from './sheet-frame'
import { SheetIncentives } from './sheet-incentives'
import { SheetMap } from './sheet-map'
import type { SheetTarget } from './sheet-target'

type AssembledTarget = Extract<SheetTarget, { kind: 'site' | 'compare' }>

interface Assembled {
  sites: BlockProperties[]
  geometry: { type: 'MultiPolygon'; coordinates: unknown[] }
  demo: boolean
}

/** Each site's parcels as the public may see them (a parcel that is not published fails the sheet), and one outline. */
async function load(target: AssembledTarget): Promise<Assembled> {
  const groups = target.kind === 'site' ? [target.parcelIds] : target.sites
  const [config, ...loaded] = await Promise.all([
    loadClientConfig(),
    ...groups.map((ids) => Promise.all(ids.map((id) => loadParcel(id)))),
  ])
  const features = (loaded as Awaited<ReturnType<typeof loadParcel>>[][]).flat()
  const coordinates = features.flatMap((f) => (f.geometry as { coordinates: unknown[] }).coordinates)
  const sites = (loaded as { properties: ParcelProperties }[][]).map((group) =>
    siteAsBlock(group.map((f) => f.properties)),
  )
  return { sites, geometry: { type: 'MultiPolygon', coordinates }, demo: config.demo }
}

/** The sheet of a site 智寻址 assembled, or of 2–3 sites side by side: one A4 page, one map, the same figures. */
export function AssembledSheet({ target }: { target: AssembledTarget }) {
  const { t, lang } = useI18n()
  const key = target.kind === 'site' ? target.parcelIds : target.sites
  const { data, error } = useApiQuery(['sheet', target.kind, key], () => load(target))
  if (!data) return <SheetNotice error={error} />
  const title = data.sites.map((s) => s.block_id).join(lang === 'en' ? ' vs ' : ' 对比 ')
  const ref = data.sites.flatMap((s) => s.parcel_ids).join(',')
  const subtitle = [...new Set(data.sites.flatMap((s) => blockPlaces(s, lang)))].join(' · ')
  return (
    <SheetFrame
      target={target}
      title={title}
      subtitle={subtitle}
      demo={data.demo}
      interest={{ kind: 'site', ref, label: title }}
    >
      <SheetMap geometry={data.geometry} label={title} />
      {data.sites.length === 1 ? (
        <>
          <SheetTable rows={blockRows(data.sites[0]!, t, lang)} />
          <SheetIncentives
            mu={data.sites[0]!.total_mu}
            standardLand={false}
            geometry={data.geometry as GeoJSON.Geometry}
          />
        </>
      ) : (
        <CompareTable sites={data.sites} />
      )}
    </SheetFrame>
  )
}

/** Sites as columns, the figures as rows: what an investor weighs them by, side by side. */
function CompareTable({ sites }: { sites: BlockProperties[] }) {
  const { t, lang } = useI18n()
  const columns = sites.map((s) => blockRows(s, t, lang))
  return (
    <table className="sheet-table compare" data-testid="compare-table">
      <thead>
        <tr>
          <th />
          {sites.map((s, i) => (
            <th key={s.block_id}>{`${i + 1}. ${s.block_id}`}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {columns[0]!.map(([key], row) =>
          columns.every((rows) => rows[row]![1] === null) ? null : (
            <tr key={key}>
              <th>{t(key)}</th>
              {columns.map((rows, i) => (
                <td key={sites[i]!.block_id}>{rows[row]![1] ?? '—'}</td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}
