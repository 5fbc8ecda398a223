import { useMemo } from 'react'
import {
  type ClientConfig,
  type InfraCollection,
  loadClientConfig,
  loadInfrastructure,
  loadParks,
  loadRegions,
  type ParkCollection,
  type RegionCollection,
} from './api/client'
import { useApiQuery } from './api/query'
import { type BuildingCollection, loadBuildings } from './api/space-client'

export interface AtlasData {
  config: ClientConfig
  regions: RegionCollection
  parks: ParkCollection
  infrastructure: InfraCollection
  /** 载体: factories, offices, small-firm parks and towns with their vacant space. */
  buildings: BuildingCollection
}

/** The small layers the whole region needs once: configuration, districts, parks, infrastructure, buildings. */
export function useAtlasData(): { data: AtlasData | null; error: string | null } {
  return useApiQuery(['atlas'], loadAtlasData, { keepPrevious: true })
}

async function loadAtlasData(): Promise<AtlasData> {
  const [config, regions, parks, infrastructure, buildings] = await Promise.all([
    loadClientConfig(),
    loadRegions(),
    loadParks(),
    loadInfrastructure(),
    loadBuildings(),
  ])
  return { config, regions, parks, infrastructure, buildings }
}

type Labelled = { id: number; properties: { label_point: [number, number] | null } }

/** Label points as their own collection, so each name is drawn once rather than once per tile. */
export function useLabelPoints<F extends Labelled>(
  collection: { features: F[] } | undefined,
): GeoJSON.FeatureCollection {
  return useMemo(
    () => ({
      type: 'FeatureCollection',
      features: (collection?.features ?? []).flatMap((f) =>
        f.properties.label_point
          ? [
              {
                type: 'Feature' as const,
                id: f.id,
                properties: f.properties,
                geometry: { type: 'Point' as const, coordinates: f.properties.label_point },
              },
            ]
          : [],
      ),
    }),
    [collection],
  )
}
