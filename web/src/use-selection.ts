import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { loadFirmRecord } from './api/chains-client'
import { loadParcel, type ParcelProperties, type ProjectProperties } from './api/client'
import { loadProjectRecord } from './api/staff-client'
import type { ZoomRequest } from './map/use-zoom-to-parcel'
import type { SelectedFeature } from './panel/feature-panel'
import { type LinkedRecord, linkedRecordOf, sameRecord, withLinkedRecord } from './routing/app-url'
import { useUrlParams } from './routing/use-url-params'

/** The record a selection names in the URL; blocks, parks and infrastructure are picked on the map only. */
function recordOf(feature: SelectedFeature | null): LinkedRecord | null {
  if (feature?.kind === 'parcel' || feature?.kind === 'project' || feature?.kind === 'enterprise')
    return { kind: feature.kind, id: feature.properties.id }
  return null
}

async function loadLinked(record: LinkedRecord): Promise<SelectedFeature> {
  if (record.kind === 'parcel') return { kind: 'parcel', properties: (await loadParcel(record.id)).properties }
  if (record.kind === 'project')
    return { kind: 'project', properties: (await loadProjectRecord<ProjectProperties>(record.id)).body.properties }
  return { kind: 'enterprise', properties: (await loadFirmRecord(record.id)).body.properties }
}

/**
 * What the feature panel shows, and the parcel the map was last asked to fly to. The selected parcel, project or
 * firm is in the URL (`?parcel=12`): a link opens it, and back and forward move between selections.
 */
export function useSelection() {
  const [params, setParams] = useUrlParams()
  const [selected, setSelectedState] = useState<SelectedFeature | null>(null)
  const [zoomTo, setZoomTo] = useState<ZoomRequest | null>(null)
  const zoomToParcel = useCallback(
    (parcelId: number) => setZoomTo((previous) => ({ parcelId, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  )
  const setSelected = useCallback(
    (feature: SelectedFeature | null) => {
      setSelectedState(feature)
      const record = recordOf(feature)
      setParams((current) =>
        sameRecord(linkedRecordOf(current), record) ? current : withLinkedRecord(current, record),
      )
    },
    [setParams],
  )
  const linked = useMemo(() => linkedRecordOf(params), [params])
  // A change of user shows the linked record again with the new rights (a staff link after signing in), or not.
  const [readers, setReaders] = useState(0)
  const readAgain = useCallback(() => {
    setSelectedState(null)
    setReaders((n) => n + 1)
  }, [])
  // A link to a record this user may not read (or that is gone) says so instead of opening nothing.
  const [unreadable, setUnreadable] = useState<LinkedRecord | null>(null)
  useFollowLink(linked, readers, selected, { show: setSelectedState, zoomToParcel, unreadable: setUnreadable })
  const pickFromTable = useCallback(
    (properties: ParcelProperties) => {
      setSelected({ kind: 'parcel', properties })
      zoomToParcel(properties.id)
    },
    [setSelected, zoomToParcel],
  )
  const pickProject = useCallback(
    (project: ProjectProperties | number) => {
      if (typeof project !== 'number') return setSelected({ kind: 'project', properties: project })
      loadLinked({ kind: 'project', id: project }).then(setSelected, () => undefined)
    },
    [setSelected],
  )
  return { selected, setSelected, readAgain, zoomTo, zoomToParcel, pickFromTable, pickProject, unreadable }
}

interface FollowActions {
  show: (feature: SelectedFeature | null) => void
  zoomToParcel: (id: number) => void
  /** The linked record that could not be read, or null once a link reads or names none. */
  unreadable: (record: LinkedRecord | null) => void
}

/**
 * When the URL names another record than the one shown (a link opened, back or forward), shows that one, flying to a
 * parcel; when it names none, closes a parcel, project or firm. Runs on the URL's changes (and a change of user)
 * only: a selection made on screen has written the URL already.
 */
function useFollowLink(
  linked: LinkedRecord | null,
  readers: number,
  selected: SelectedFeature | null,
  { show, zoomToParcel, unreadable }: FollowActions,
) {
  const shown = useRef(selected)
  shown.current = selected
  // biome-ignore lint/correctness/useExhaustiveDependencies: `readers` counts changes of user, which read the link again
  useEffect(() => {
    const current = recordOf(shown.current)
    unreadable(null)
    if (sameRecord(linked, current)) return
    if (!linked) {
      if (current) show(null)
      return
    }
    let live = true
    loadLinked(linked).then(
      (feature) => {
        if (!live) return
        show(feature)
        if (linked.kind === 'parcel') zoomToParcel(linked.id)
      },
      () => {
        if (live) unreadable(linked)
      },
    )
    return () => {
      live = false
    }
  }, [linked, readers, show, zoomToParcel, unreadable])
}
