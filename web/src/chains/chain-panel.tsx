import {
  type ChainSegment,
  chainExportUrl,
  type FirmProperties,
  type GapLand,
  loadSegmentFirms,
} from '../api/chains-client'
import { useApiQuery } from '../api/query'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { figureText, officeText } from '../i18n/official-terms'
import { ProperName } from '../i18n/proper-name'
import { formatNumber } from '../pipeline/light-dot'
import { ChainGraphView } from './chain-graph-view'
import type { ChainView } from './use-chain-view'

interface Props {
  view: ChainView
  onClose: () => void
  onPickFirm: (firm: number | FirmProperties) => void
  onPickParcel: (id: number) => void
  besidePanel: boolean
}

/** The chain board: pick a chain, read its chief and figures, click a segment to see it on the map. */
export function ChainPanel({ view, onClose, onPickFirm, onPickParcel, besidePanel }: Props) {
  const { t, name, lang } = useI18n()
  const { chain } = view
  const segment = chain?.segments.find((s) => s.id === view.segmentId) ?? null
  return (
    <section
      className={besidePanel ? 'board chains beside-panel' : 'board chains'}
      data-testid="chain-panel"
      aria-label={t('chains.title')}
    >
      <header className="board-header">
        <h2>{t('chains.title')}</h2>
        <nav className="board-tabs">
          {view.chains.map((c) => (
            <button
              key={c.id}
              type="button"
              className={c.id === chain?.id ? 'active' : ''}
              onClick={() => view.selectChain(c.id)}
              data-testid={`chain-${c.key}`}
            >
              {name(c)}
            </button>
          ))}
        </nav>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {chain && (
        <div className="chain-body">
          <div className="chain-main">
            <div className="chain-facts">
              <span>
                {t('chains.chief')}
                {t('punct.colon')}
                {officeText(chain.chief ?? '—', lang)}
                {chain.chief_department ? officeText(`（${chain.chief_department}）`, lang) : ''}
              </span>
              {chain.key_figures.map((f) => (
                <span key={f.label} className="figure">
                  <small>{name({ name: f.label, name_en: f.label_en })}</small> {figureText(f.value, lang)}
                </span>
              ))}
              <span className="muted">{t('chains.gapThreshold', { count: chain.gap_threshold })}</span>
              <a className="button-link" href={chainExportUrl(chain.id)} download>
                {t('chains.export')}
              </a>
            </div>
            <ChainGraphView chain={chain} segmentId={view.segmentId} onSelect={view.selectSegment} />
            <p className="muted hint">{t('chains.hint')}</p>
          </div>
          {segment && (
            <SegmentDetails segment={segment} view={view} onPickFirm={onPickFirm} onPickParcel={onPickParcel} />
          )}
        </div>
      )}
    </section>
  )
}

function SegmentDetails({
  segment,
  view,
  onPickFirm,
  onPickParcel,
}: {
  segment: ChainSegment
  view: ChainView
  onPickFirm: (firm: number | FirmProperties) => void
  onPickParcel: (id: number) => void
}) {
  const { t, name } = useI18n()
  const firms = view.firms.features.filter((f) => f.properties.segment_id === segment.id)
  return (
    <aside className="segment-details" data-testid="segment-details">
      <h3>
        {name(segment)}{' '}
        <small>
          {t(`chains.${segment.tier}`)} · {t('chains.strength')} {segment.strength}
        </small>
      </h3>
      {segment.is_gap && <div className="form-warning">{t('chains.gap')}</div>}
      {segment.targets !== undefined && segment.targets > 0 && (
        <TargetFirms chainId={view.chain!.id} segmentId={segment.id} onPick={onPickFirm} />
      )}
      <h4>{t('chains.firms')}</h4>
      {firms.length === 0 && <p className="muted">{t('chains.noFirms')}</p>}
      <ul className="firm-list">
        {firms.map((f) => (
          <li key={f.id}>
            <button type="button" className="linklike" onClick={() => onPickFirm(f.id)}>
              <ProperName name={f.properties.name} name_en={f.properties.name_en} />
            </button>
            {f.properties.is_chain_master && <span className="status-badge master">{t('flag.chain_master')}</span>}
          </li>
        ))}
      </ul>
      {segment.is_gap && <GapLandList land={view.gapLand} onPickParcel={onPickParcel} />}
    </aside>
  )
}

function GapLandList({ land, onPickParcel }: { land: GapLand | null; onPickParcel: (id: number) => void }) {
  const { t, name } = useI18n()
  if (!land) return null
  const km = (v: number | null) => (v === null ? '—' : `${formatNumber(v, v < 1 ? 2 : 1)} ${t('km')}`)
  return (
    <div className="gap-land" data-testid="gap-land">
      <h4>{t('chains.gapLand')}</h4>
      {land.parcels.length === 0 && <p className="muted">{t('chains.noLand')}</p>}
      {land.blocks.length > 0 && (
        <p className="muted">
          {t('chains.blocks')}
          {t('punct.colon')}
          {land.blocks
            .slice(0, 3)
            .map(
              (b) =>
                `${b.parcel_codes[0]}${b.parcel_codes.length > 1 ? ` +${b.parcel_codes.length - 1}` : ''}（${formatNumber(b.total_mu, 0)} ${t('mu')}）`,
            )
            .join('、')}
        </p>
      )}
      <table className="board-table compact">
        <thead>
          <tr>
            <th>{t('chains.parcels')}</th>
            <th>{t('mu')}</th>
            <th>{t('chains.kmUp')}</th>
            <th>{t('chains.kmDown')}</th>
          </tr>
        </thead>
        <tbody>
          {land.parcels.slice(0, 8).map((p) => (
            <tr
              key={p.id}
              className="clickable"
              onClick={() => onPickParcel(p.id)}
              title={name({ name: p.park_name, name_en: p.park_name_en })}
            >
              <td>{p.code}</td>
              <td className="num">{formatNumber(p.area_mu, 1)}</td>
              <td className="num">{km(p.km_upstream)}</td>
              <td className="num">{km(p.km_downstream)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Staff: the firms to attract for this segment, with where they come from and how far talks are. */
function TargetFirms({
  chainId,
  segmentId,
  onPick,
}: {
  chainId: number
  segmentId: number
  onPick: (firm: FirmProperties) => void
}) {
  const { t } = useI18n()
  const { can } = useSession()
  const { data } = useApiQuery(['segment-firms', chainId, segmentId], () => loadSegmentFirms(chainId, segmentId))
  if (!can('leads', 'read') || !data) return null
  const targets = data.items.filter((f) => f.status === 'target')
  return (
    <div data-testid="segment-targets">
      <h4>
        {t('chains.targets')}（{targets.length}）<span className="confidential"> · {t('confidential')}</span>
      </h4>
      <ul className="firm-list">
        {targets.map((f) => (
          <li key={f.id}>
            <button type="button" className="linklike" onClick={() => onPick(f)}>
              <ProperName name={f.name} name_en={f.name_en} />
            </button>
            <small className="muted"> · {[f.origin, f.contact_stage].filter(Boolean).join(' · ')}</small>
          </li>
        ))}
      </ul>
    </div>
  )
}
