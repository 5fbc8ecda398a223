import type { MapMouseEvent } from 'maplibre-gl'
import { useEffect, useMemo, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { GeoJsonSource } from './geojson-source'
import { useMap } from './map-context'
import { MapLayer } from './map-layer'
import { formatLength, type LonLat, measure, measureGeoJson } from './measure'

const COLOR = '#d9480f'

/** 测量: click points for a distance and, from three points, the enclosed area in mu. */
export function MeasureTool({
  active,
  onActiveChange,
}: {
  active: boolean
  onActiveChange: (active: boolean) => void
}) {
  const { t } = useI18n()
  const [points, setPoints] = useClickedPoints(active)
  const result = measure(points)
  const stop = () => {
    setPoints([])
    onActiveChange(false)
  }
  return (
    <>
      <MeasureDrawing points={points} />
      <div className="measure-box">
        {!active ? (
          <button
            type="button"
            className="lang-switch"
            onClick={() => onActiveChange(true)}
            data-testid="measure-start"
          >
            {t('measure.start')}
          </button>
        ) : (
          <div className="measure-result" data-testid="measure-result">
            <div className="muted">{points.length === 0 ? t('measure.hint') : t('measure.title')}</div>
            {points.length >= 2 && (
              <div>
                {t('measure.length')}: <strong>{formatLength(result.lengthM, t('km'))}</strong>
              </div>
            )}
            {result.areaMu !== null && (
              <div>
                {t('measure.area')}:{' '}
                <strong data-testid="measure-area">
                  {result.areaMu.toFixed(2)} {t('mu')}
                </strong>
              </div>
            )}
            <div className="form-buttons">
              <button type="button" onClick={() => setPoints(points.slice(0, -1))} disabled={points.length === 0}>
                {t('measure.undo')}
              </button>
              <button type="button" onClick={stop} data-testid="measure-stop">
                {t('measure.stop')}
              </button>
            </div>
          </div>
        )}
      </div>
    </>
  )
}

/** While measuring, each click on the map adds a point (a crosshair cursor; double clicks do not zoom). */
function useClickedPoints(active: boolean) {
  const map = useMap()
  const [points, setPoints] = useState<LonLat[]>([])
  useEffect(() => {
    if (!active) return
    const onClick = (event: MapMouseEvent) =>
      setPoints((previous) => [...previous, [event.lngLat.lng, event.lngLat.lat]])
    map.on('click', onClick)
    map.getCanvas().style.cursor = 'crosshair'
    map.doubleClickZoom.disable()
    return () => {
      map.off('click', onClick)
      map.getCanvas().style.cursor = ''
      map.doubleClickZoom.enable()
    }
  }, [map, active])
  return [points, setPoints] as const
}

/** The measured points, the line through them, and from three points the area they enclose. */
function MeasureDrawing({ points }: { points: LonLat[] }) {
  const drawing = useMemo(() => measureGeoJson(points), [points])
  return (
    <GeoJsonSource id="measure" data={drawing}>
      <MapLayer
        id="measure-area"
        type="fill"
        source="measure"
        beforeId="slot-labels"
        filter={['==', ['get', 'kind'], 'area']}
        paint={{ 'fill-color': COLOR, 'fill-opacity': 0.15 }}
      />
      <MapLayer
        id="measure-line"
        type="line"
        source="measure"
        beforeId="slot-labels"
        filter={['==', ['get', 'kind'], 'line']}
        paint={{ 'line-color': COLOR, 'line-width': 2.5, 'line-dasharray': [2, 1] }}
      />
      <MapLayer
        id="measure-points"
        type="circle"
        source="measure"
        beforeId="slot-labels"
        filter={['==', ['get', 'kind'], 'point']}
        paint={{
          'circle-color': '#ffffff',
          'circle-radius': 4,
          'circle-stroke-color': COLOR,
          'circle-stroke-width': 2,
        }}
      />
    </GeoJsonSource>
  )
}
