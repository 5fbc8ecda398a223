import { useCallback, useState } from 'react'
import type { ParcelProperties, ProjectProperties } from './api/client'
import { loadProjectRecord } from './api/staff-client'
import type { ZoomRequest } from './map/use-zoom-to-parcel'
import type { SelectedFeature } from './panel/feature-panel'

/** What the feature panel shows, and the parcel the map was last asked to fly to. */
export function useSelection() {
  const [selected, setSelected] = useState<SelectedFeature | null>(null)
  const [zoomTo, setZoomTo] = useState<ZoomRequest | null>(null)
  const zoomToParcel = useCallback(
    (parcelId: number) => setZoomTo((previous) => ({ parcelId, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  )
  const pickFromTable = useCallback(
    (properties: ParcelProperties) => {
      setSelected({ kind: 'parcel', properties })
      zoomToParcel(properties.id)
    },
    [zoomToParcel],
  )
  const pickProject = useCallback((project: ProjectProperties | number) => {
    if (typeof project !== 'number') return setSelected({ kind: 'project', properties: project })
    loadProjectRecord<ProjectProperties>(project).then(
      ({ body }) => setSelected({ kind: 'project', properties: body.properties }),
      () => undefined,
    )
  }, [])
  return { selected, setSelected, zoomTo, zoomToParcel, pickFromTable, pickProject }
}
