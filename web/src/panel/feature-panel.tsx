import type { InfraProperties, ParcelProperties, ParkProperties } from '../api/client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { statusColors } from '../map/theme'

export type SelectedFeature =
  | { kind: 'parcel'; properties: ParcelProperties }
  | { kind: 'park'; properties: ParkProperties }
  | { kind: 'infrastructure'; properties: InfraProperties }

type Row = [MessageKey, string | number | null | undefined]

export function FeaturePanel({ selected, onClose }: { selected: SelectedFeature; onClose: () => void }) {
  const { t } = useI18n()
  const { title, subtitle, rows, badge } = usePanelContent(selected)
  return (
    <aside className="panel" data-testid="feature-panel" aria-label={title}>
      <header className="panel-header">
        <div>
          <div className="panel-kind">{t(selected.kind === 'infrastructure' ? 'infrastructure' : selected.kind)}</div>
          <h2>{title}</h2>
          {subtitle && <div className="panel-subtitle">{subtitle}</div>}
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {badge}
      <dl className="panel-rows">
        {rows
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([key, value]) => (
            <div key={key} className="panel-row">
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </aside>
  )
}

function usePanelContent(selected: SelectedFeature) {
  const { t, name } = useI18n()
  const mu = (value: number) => `${value.toLocaleString(undefined, { maximumFractionDigits: 2 })} ${t('mu')}`
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no')
  if (selected.kind === 'parcel') {
    const p = selected.properties
    const rows: Row[] = [
      ['field.area', mu(p.area_mu)],
      ['field.landUse', `${p.land_use_name}（${p.land_use}）`],
      ['field.park', name({ name: p.park_name, name_en: p.park_name_en })],
      ['field.region', name({ name: p.region_name, name_en: p.region_name_en })],
      ['field.location', p.location_desc],
      ['field.price', p.start_price === null ? null : `${p.start_price} ${t('priceUnit')}`],
      ['field.tenure', p.tenure_years === null ? null : `${p.tenure_years} ${t('years')}`],
      ['field.far', p.far_max],
      ['field.netLand', yesNo(p.is_net_land)],
      ['field.standardLand', yesNo(p.is_standard_land)],
      ['field.availableFrom', p.available_from],
    ]
    const badge = (
      <span className="status-badge" style={{ background: statusColors[p.status] }}>
        {t(`status.${p.status}`)}
      </span>
    )
    return { title: p.code, subtitle: '', rows, badge }
  }
  if (selected.kind === 'park') {
    const p = selected.properties
    const rows: Row[] = [
      ['field.level', t(`level.${p.level}`)],
      ['field.region', name({ name: p.region_name, name_en: p.region_name_en })],
      ['field.positioning', name({ name: p.positioning, name_en: p.positioning_en })],
      ['field.parkArea', mu(p.area_mu)],
      ['field.parcelCount', p.parcel_count],
      ['field.availableMu', mu(p.available_mu)],
      ['field.contact', p.contact],
    ]
    return { title: name(p), subtitle: '', rows, badge: null }
  }
  const p = selected.properties
  return { title: name(p), subtitle: '', rows: [['field.kind', t(`infra.${p.kind}`)]] as Row[], badge: null }
}
