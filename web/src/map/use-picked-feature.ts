import { useEffect, useRef } from 'react'
import { loadParcel } from '../api/client'
import type { SelectedFeature } from '../panel/feature-panel'
import type { AtlasData } from '../use-atlas-data'
import type { Selection } from './use-map-selection'

type Loaded = { features: readonly { id: number; properties: unknown }[] }
/** What the map has loaded as collections (parcels come as tiles, and are read by id). */
export type LoadedCollections = { projects: Loaded; blocks: Loaded; firms: Loaded }

/**
 * Turns a click's selection into the feature the panel shows. Only what happens on the map selects: nothing picked
 * since the last time leaves a linked record alone.
 */
export function usePickedFeature(
  selection: Selection | null,
  data: AtlasData,
  collections: LoadedCollections,
  onSelect: (feature: SelectedFeature | null) => void,
) {
  const loaded = useRef(collections)
  loaded.current = collections
  const picked = useRef(selection)
  useEffect(() => {
    const unpicked = picked.current !== selection
    picked.current = selection
    if (!selection) {
      if (unpicked) onSelect(null)
      return
    }
    const { kind, id } = selection
    if (kind !== 'parcel') return onSelect(resolveSelection(kind, id, data, loaded.current))
    // A tile holds what the map draws; the panel shows the whole record.
    let live = true
    loadParcel(id).then(
      (parcel) => live && onSelect({ kind: 'parcel', properties: parcel.properties }),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [selection, data, onSelect])
}

type CollectedKind = Exclude<Selection['kind'], 'parcel'>

function resolveSelection(
  kind: CollectedKind,
  id: number,
  data: AtlasData,
  loaded: LoadedCollections,
): SelectedFeature | null {
  const sources: Record<CollectedKind, Loaded> = {
    enterprise: loaded.firms,
    project: loaded.projects,
    block: loaded.blocks,
    park: data.parks,
    infrastructure: data.infrastructure,
    building: data.buildings,
  }
  const hit = sources[kind].features.find((f) => f.id === id)
  if (!hit) return null
  // Blocks carry no id of their own in properties: the feature id is theirs.
  const properties = kind === 'block' ? { ...(hit.properties as object), id: hit.id } : hit.properties
  return { kind, properties } as SelectedFeature
}
