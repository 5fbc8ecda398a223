import { useCallback, useState } from 'react'
import { useI18n } from './i18n/i18n'
import { AtlasMapContent } from './map/atlas-map-content'
import { MapView } from './map/map-view'
import { FeaturePanel, type SelectedFeature } from './panel/feature-panel'
import { type LayerGroup, type LayerVisibility, LegendPanel } from './panel/legend-panel'
import { useAtlasData } from './use-atlas-data'

const allVisible: LayerVisibility = { regions: true, parks: true, parcels: true, infrastructure: true }

export function App() {
  const { t, lang, setLang } = useI18n()
  const { data, error } = useAtlasData()
  const [visibility, setVisibility] = useState(allVisible)
  const [selected, setSelected] = useState<SelectedFeature | null>(null)
  const toggle = useCallback((group: LayerGroup) => setVisibility((v) => ({ ...v, [group]: !v[group] })), [])
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <span className="subtitle">{t('appSubtitle')}</span>
          {data?.config.demo && (
            <span className="demo-badge" title={t('demoNote')} data-testid="demo-badge">
              {t('demoBadge')}
            </span>
          )}
        </div>
        <button type="button" className="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-switch">
          {t('language')}
        </button>
      </header>
      {error && <div className="notice error">{`${t('loadError')}: ${error}`}</div>}
      {!data && !error && <div className="notice">{t('loading')}</div>}
      {data && (
        <MapView basemapLayers={data.config.basemap.layers} attribution={t('boundaryAttribution')}>
          <AtlasMapContent data={data} visibility={visibility} selected={selected} onSelect={setSelected} />
        </MapView>
      )}
      <LegendPanel visibility={visibility} onToggle={toggle} />
      {selected ? <FeaturePanel selected={selected} onClose={() => setSelected(null)} /> : data && <div className="hint">{t('clickHint')}</div>}
    </div>
  )
}
