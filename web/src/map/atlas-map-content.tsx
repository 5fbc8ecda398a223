import { useEffect, useRef } from 'react'
import { useI18n } from '../i18n/i18n'
import type { SelectedFeature } from '../panel/feature-panel'
import type { LayerVisibility } from '../panel/legend-panel'
import { type AtlasData, useLabelPoints } from '../use-atlas-data'
import { InfrastructureLayers, ParcelLayers, ParkLayers, RegionLayers } from './atlas-layers'
import { LayerSlots } from './layer-slots'
import { useMap } from './map-context'
import { type Selection, useMapSelection } from './use-map-selection'
import { useViewportParcels } from './use-viewport-parcels'

interface Props {
  data: AtlasData
  visibility: LayerVisibility
  selected: SelectedFeature | null
  onSelect: (feature: SelectedFeature | null) => void
}

/** Everything drawn on the map; lives inside <MapView> so it can reach the map instance. */
export function AtlasMapContent({ data, visibility, selected, onSelect }: Props) {
  const map = useMap()
  const { lang, t } = useI18n()
  const { parcels, error } = useViewportParcels(map)
  const selection = useMapSelection(map)
  const regionLabels = useLabelPoints(data.regions)
  const parkLabels = useLabelPoints(data.parks)
  const parcelsNow = useRef(parcels)
  parcelsNow.current = parcels
  useEffect(() => {
    onSelect(selection ? resolveSelection(selection, data, parcelsNow.current) : null)
  }, [selection, data, onSelect])
  const selectedId = (kind: SelectedFeature['kind']) => (selected?.kind === kind ? selected.properties.id : null)
  return (
    <>
      <LayerSlots />
      <RegionLayers data={data.regions} labels={regionLabels} lang={lang} visible={visibility.regions} />
      <ParkLayers data={data.parks} labels={parkLabels} lang={lang} visible={visibility.parks} selectedId={selectedId('park')} />
      <ParcelLayers data={parcels} lang={lang} visible={visibility.parcels} selectedId={selectedId('parcel')} />
      <InfrastructureLayers data={data.infrastructure} lang={lang} visible={visibility.infrastructure} />
      {error && <div className="notice error">{`${t('loadError')}: ${error}`}</div>}
    </>
  )
}

function resolveSelection(selection: Selection, data: AtlasData, parcels: { features: { id: number; properties: unknown }[] }): SelectedFeature | null {
  const find = <F extends { id: number }>(features: F[]) => features.find((f) => f.id === selection.id)
  if (selection.kind === 'parcel') {
    const hit = find(parcels.features)
    return hit ? ({ kind: 'parcel', properties: hit.properties } as SelectedFeature) : null
  }
  if (selection.kind === 'park') {
    const hit = find(data.parks.features)
    return hit ? { kind: 'park', properties: hit.properties } : null
  }
  const hit = find(data.infrastructure.features)
  return hit ? { kind: 'infrastructure', properties: hit.properties } : null
}
