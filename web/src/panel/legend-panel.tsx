import { useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { infraKinds, infraStyle, PARK_COLOR, parcelStatuses, REGION_LINE_COLOR, statusColors } from '../map/theme'

export const layerGroups = ['regions', 'parks', 'parcels', 'infrastructure'] as const
export type LayerGroup = (typeof layerGroups)[number]
export type LayerVisibility = Record<LayerGroup, boolean>

/** Layer switches and the legend in one card; folds away on a phone. */
export function LegendPanel({ visibility, onToggle }: { visibility: LayerVisibility; onToggle: (group: LayerGroup) => void }) {
  const { t, lang } = useI18n()
  const [open, setOpen] = useState(() => window.innerWidth > 640)
  return (
    <section className="legend" aria-label={t('legend')}>
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('layers')} · {t('legend')} {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="legend-body">
          {layerGroups.map((group) => (
            <label key={group} className="legend-layer">
              <input type="checkbox" checked={visibility[group]} onChange={() => onToggle(group)} data-testid={`toggle-${group}`} />
              {t(`layer.${group}`)}
            </label>
          ))}
          <div className="legend-items">
            <LegendSwatch color="transparent" border={REGION_LINE_COLOR} dashed label={t('layer.regions')} />
            <LegendSwatch color={`${PARK_COLOR}33`} border={PARK_COLOR} label={t('layer.parks')} />
            {parcelStatuses.map((status) => (
              <LegendSwatch key={status} color={statusColors[status]} label={t(`status.${status}`)} />
            ))}
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

function LegendSwatch({ color, border, dashed, label }: { color: string; border?: string; dashed?: boolean; label: string }) {
  return (
    <div className="legend-item">
      <span className="legend-swatch" style={{ background: color, border: border ? `2px ${dashed ? 'dashed' : 'solid'} ${border}` : undefined }} />
      {label}
    </div>
  )
}
