import type { FirmProperties } from '../api/chains-client'
import type {
  BlockCollection,
  BlockProperties,
  InfraProperties,
  ParcelProperties,
  ParkProperties,
  ProjectProperties,
} from '../api/client'
import type { BuildingProperties } from '../api/space-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { boundariesText } from '../i18n/land-terms'
import type { MessageKey } from '../i18n/messages'
import { ProperName } from '../i18n/proper-name'
import { useRomanized } from '../i18n/use-romanized'
import { JourneyActions } from '../journey/journey-actions'
import { stageColors } from '../map/theme'
import { ProjectSpace } from '../space/project-space'
import { BuildingSheetLink, BuildingUnits, buildingContent } from './building-content'
import { EnterpriseEditor } from './enterprise-editor'
import { enterpriseContent, FirmNeighbours } from './enterprise-panel'
import { HistoryList } from './history-list'
import { IndustryMatch } from './industry-match'
import { blockContent, muText, parcelContent } from './land-content'
import { ParcelEditor } from './parcel-editor'
import { ProjectEditor } from './project-editor'
import { ProjectRules, ProjectTimeline } from './project-rules'
import { ProjectShortlist } from './project-shortlist'

export type SelectedFeature =
  | { kind: 'parcel'; properties: ParcelProperties }
  | { kind: 'park'; properties: ParkProperties }
  | { kind: 'infrastructure'; properties: InfraProperties }
  | { kind: 'project'; properties: ProjectProperties }
  | { kind: 'block'; properties: BlockProperties & { id: number } }
  | { kind: 'enterprise'; properties: FirmProperties }
  | { kind: 'building'; properties: BuildingProperties }

type Row = [MessageKey, string | number | null | undefined]

interface PanelProps {
  selected: SelectedFeature
  /** Loaded blocks, to say which contiguous block a parcel belongs to. */
  blocks: BlockCollection
  onClose: () => void
  /** A staff edit saved: the panel and the map show the new values. */
  onChanged: (feature: SelectedFeature) => void
}

export function FeaturePanel({ selected, blocks, onClose, onChanged }: PanelProps) {
  const i18n = useI18n()
  const { t } = i18n
  const { title, subtitle, rows, badge } = usePanelContent(selected)
  return (
    <aside className="panel" data-testid="feature-panel" aria-label={title}>
      <header className="panel-header">
        <div>
          <div className="panel-kind">{t(selected.kind)}</div>
          <h2>
            {selected.kind === 'enterprise' ? (
              <ProperName name={selected.properties.name} name_en={selected.properties.name_en} />
            ) : (
              title
            )}
          </h2>
          {subtitle && <div className="panel-subtitle">{subtitle}</div>}
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {badge}
      {(selected.kind === 'parcel' || selected.kind === 'block' || selected.kind === 'building') && (
        <JourneyActions selected={selected} />
      )}
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
      {selected.kind === 'parcel' && <ParcelLinks parcel={selected.properties} blocks={blocks} />}
      {selected.kind === 'enterprise' && <FirmNeighbours id={selected.properties.id} />}
      {selected.kind === 'building' && (
        <>
          <BuildingUnits id={selected.properties.id} i18n={i18n} />
          <BuildingSheetLink id={selected.properties.id} i18n={i18n} />
        </>
      )}
      {selected.kind === 'parcel' && <IndustryMatch site={{ parcel: selected.properties.id }} />}
      {selected.kind === 'park' && <IndustryMatch site={{ park: selected.properties.id }} />}
      {selected.kind === 'block' && <IndustryMatch site={{ block: selected.properties.block_id }} />}
      <StaffSection selected={selected} onChanged={onChanged} />
    </aside>
  )
}

/** The block a parcel belongs to (整体出让 when 200 mu and more) and the printable site sheets. */
function ParcelLinks({ parcel, blocks }: { parcel: ParcelProperties; blocks: BlockCollection }) {
  const { t } = useI18n()
  const id = parcel.id
  const block = blocks.features.find((f) => f.properties.parcel_ids.includes(id))?.properties
  return (
    <div className="panel-links">
      {parcel.area_mismatch && (
        <div className="form-warning" data-testid="area-mismatch">
          {t('field.declaredArea')}: {parcel.declared_area_mu} {t('mu')} · {t('areaMismatch')}
        </div>
      )}
      {parcel.links.map((link) => (
        <a key={link.url} href={link.url} target="_blank" rel="noopener noreferrer">
          {link.title} ↗
        </a>
      ))}
      {block && (
        <div className={block.sell_whole ? 'form-warning' : 'muted'} data-testid="parcel-block">
          {t('sheet.block')}: {block.block_id} · {block.total_mu.toFixed(1)} {t('mu')}
          {block.sell_whole ? ` · ${t('sheet.sellWholeYes')}` : ''}{' '}
          <a href={`/sheet/block/${encodeURIComponent(block.block_id)}`} target="_blank" rel="noopener">
            {t('sheet.open')}
          </a>
        </div>
      )}
      <a href={`/sheet/parcel/${id}`} target="_blank" rel="noopener" data-testid="sheet-link">
        {t('sheet.open')} ↗
      </a>
    </div>
  )
}

/** Editing and history, offered only to roles the server's policy allows. */
function StaffSection({ selected, onChanged }: Pick<PanelProps, 'selected' | 'onChanged'>) {
  const { can } = useSession()
  if (selected.kind === 'parcel' && selected.properties.version !== undefined) {
    const id = selected.properties.id
    return (
      <>
        {can('parcels', 'update') && (
          <ParcelEditor
            id={id}
            shownVersion={selected.properties.version}
            onNewVersion={(properties) => onChanged({ kind: 'parcel', properties })}
          />
        )}
        {can('audit', 'read') && <HistoryList entity="parcels" id={id} />}
      </>
    )
  }
  if (selected.kind === 'enterprise' && can('enterprises', 'update')) {
    const firm = selected.properties as FirmProperties & { version?: number }
    return (
      <>
        <EnterpriseEditor
          id={firm.id}
          shownVersion={firm.version}
          onNewVersion={(properties) => onChanged({ kind: 'enterprise', properties })}
        />
        {can('audit', 'read') && <HistoryList entity="enterprises" id={firm.id} />}
      </>
    )
  }
  if (selected.kind === 'project') {
    const id = selected.properties.id
    return (
      <>
        <ProjectRules p={selected.properties} />
        <ProjectShortlist projectId={id} />
        <ProjectSpace projectId={id} />
        <ProjectTimeline id={id} />
        {can('projects', 'update') && (
          <ProjectEditor
            id={id}
            shownVersion={selected.properties.version}
            onNewVersion={(properties) => onChanged({ kind: 'project', properties })}
          />
        )}
        {can('audit', 'read') && <HistoryList entity="projects" id={id} />}
      </>
    )
  }
  return null
}

function usePanelContent(selected: SelectedFeature) {
  const i18n = useI18n()
  const { t, name, lang } = i18n
  const mu = muText(t)
  const boundaries = useRomanized(
    selected.kind === 'parcel' ? boundariesText(selected.properties.location_desc, lang) : null,
    lang,
  )
  if (selected.kind === 'parcel') return parcelContent(selected.properties, i18n, boundaries)
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
  if (selected.kind === 'project') return projectContent(selected.properties, t, name, mu)
  if (selected.kind === 'block') return blockContent(selected.properties, t, lang)
  if (selected.kind === 'enterprise') return enterpriseContent(selected.properties, t, name)
  if (selected.kind === 'building') return buildingContent(selected.properties, i18n)
  const p = selected.properties
  return { title: name(p), subtitle: '', rows: [['field.kind', t(`infra.${p.kind}`)]] as Row[], badge: null }
}

type Translate = ReturnType<typeof useI18n>['t']

function projectContent(
  p: ProjectProperties,
  t: Translate,
  name: ReturnType<typeof useI18n>['name'],
  mu: (value: number) => string,
) {
  const place = (region: string | null, regionEn: string | null, ...rest: (string | null)[]) =>
    [name({ name: region, name_en: regionEn }), ...rest].filter(Boolean).join(' · ') || null
  const unit = (zh: string | null, en: string | null) => (zh ? name({ name: zh, name_en: en }) : null)
  const flags = p.investor_flags.map((f) => (knownFlags.includes(f) ? t(`flag.${f}` as MessageKey) : f)).join('、')
  const rows: Row[] = [
    ['field.investor', p.investor_name],
    ['field.investorOrigin', p.investor_origin],
    ['field.investorFlags', flags || null],
    ['field.industry', p.chain_name ? name({ name: p.chain_name, name_en: p.chain_name_en }) : p.industry],
    ['field.segment', p.segment_name ? name({ name: p.segment_name, name_en: p.segment_name_en }) : null],
    ['field.stageSince', p.stage_changed_on],
    [
      'field.investment',
      p.total_investment_wan === null ? null : `${p.total_investment_wan.toLocaleString()} ${t('wanUnit')}`,
    ],
    [
      'field.foreignCapital',
      p.foreign_capital_wan_usd === null ? null : `${p.foreign_capital_wan_usd.toLocaleString()} ${t('usdWan')}`,
    ],
    ['field.landNeed', p.land_need_mu === null ? null : mu(p.land_need_mu)],
    ['field.landCategory', t(`category.${p.land_category}`)],
    [
      'field.firstReportUnit',
      place(
        p.first_report_region_name,
        p.first_report_region_name_en,
        unit(p.first_report_unit_name, p.first_report_unit_name_en),
      ),
    ],
    [
      'field.landingUnit',
      place(
        p.landing_region_name,
        p.landing_region_name_en,
        unit(p.landing_unit_name, p.landing_unit_name_en) ?? p.landing_town,
        name({ name: p.park_name, name_en: p.park_name_en }),
      ),
    ],
    ['field.department', unit(p.responsible_department_name, p.responsible_department_name_en)],
    ['field.creditCode', p.investor_credit_code],
    ['field.preReportedOn', p.pre_reported_on],
    ['field.site', p.parcel_code ? `${p.parcel_code}${p.wants_whole_block ? t('site.wholeBlock') : ''}` : null],
    ['field.responsible', p.responsible],
    ['field.notes', p.notes],
  ]
  const badge = (
    <div>
      <span className="status-badge" style={{ background: stageColors[p.stage] }}>
        {t(`stage.${p.stage}`)}
      </span>
      <div className="confidential">{t('confidential')}</div>
    </div>
  )
  return { title: p.name, subtitle: p.code, rows, badge }
}

const knownFlags = ['fortune500', 'china500', 'listed', 'specialized', 'hidden_champion']
