import { useState } from 'react'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import {
  BUILDING_EMPTY_RAMP,
  BUILDING_LINE_COLOR,
  infraKinds,
  infraStyle,
  PARK_COLOR,
  parcelStatuses,
  projectStages,
  REGION_LINE_COLOR,
  stageColors,
  statusColors,
} from '../map/theme'

export const layerGroups = [
  'regions',
  'parks',
  'parcels',
  'blocks100',
  'blocks200',
  'buildings',
  'infrastructure',
  'projects',
] as const
export type LayerGroup = (typeof layerGroups)[number]
export type LayerVisibility = Record<LayerGroup, boolean>

/** Layer switches and the legend in one card; folds away on a phone. */
export function LegendPanel({
  visibility,
  onToggle,
}: {
  visibility: LayerVisibility
  onToggle: (group: LayerGroup) => void
}) {
  const { t, lang } = useI18n()
  const { can } = useSession()
  const groups = layerGroups.filter((group) => group !== 'projects' || can('projects', 'read'))
  const [open, setOpen] = useState(() => window.innerWidth > 640)
  return (
    <section className="legend" aria-label={t('legend')}>
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('layers')} · {t('legend')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="legend-body">
          {groups.map((group) => (
            <label key={group} className="legend-layer">
              <input
                type="checkbox"
                checked={visibility[group]}
                onChange={() => onToggle(group)}
                data-testid={`toggle-${group}`}
              />
              {t(`layer.${group}`)}
            </label>
          ))}
          <div className="legend-items">
            <LegendSwatch color="transparent" border={REGION_LINE_COLOR} dashed label={t('layer.regions')} />
            <LegendSwatch color={`${PARK_COLOR}33`} border={PARK_COLOR} label={t('layer.parks')} />
            {parcelStatuses.map((status) => (
              <LegendSwatch key={status} color={statusColors[status]} label={t(`status.${status}`)} />
            ))}
            {can('unpublished_parcels', 'read') && (
              <LegendSwatch color="#eef0f2" border="#39444d" dashed label={t('unpublished')} />
            )}
            <LegendSwatch
              color={`linear-gradient(90deg, ${BUILDING_EMPTY_RAMP.join(', ')})`}
              border={BUILDING_LINE_COLOR}
              label={`${t('layer.buildings')} · ${t('space.legendVacancy')}`}
            />
            {groups.includes('projects') && <StageLegend />}
            {infraKinds.map((kind) => (
              <div key={kind} className="legend-item">
                <span className="legend-dot" style={{ background: infraStyle[kind].color }}>
                  {infraStyle[kind].glyph[lang]}
                </span>
                {t(`infra.${kind}`)}
              </div>
            ))}
          </div>
        </div>
      )}
    </section>
  )
}

function LegendSwatch({
  color,
  border,
  dashed,
  label,
}: {
  color: string
  border?: string
  dashed?: boolean
  label: string
}) {
  return (
    <div className="legend-item">
      <span
        className="legend-swatch"
        style={{ background: color, border: border ? `2px ${dashed ? 'dashed' : 'solid'} ${border}` : undefined }}
      />
      {label}
    </div>
  )
}

function StageLegend() {
  const { t } = useI18n()
  return (
    <div className="legend-stages" title={t('confidential')}>
      {projectStages.map((stage) => (
        <span key={stage} className="legend-item">
          <span className="legend-dot small" style={{ background: stageColors[stage] }} />
          {t(`stage.${stage}`)}
        </span>
      ))}
    </div>
  )
}
