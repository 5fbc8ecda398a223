import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { loadFirmRecord } from './api/chains-client'
import { loadBlocks, loadParcel, type ParcelProperties, type ProjectProperties } from './api/client'
import { loadProjectRecord } from './api/staff-client'
import { type PickedBlock, pickedBlock } from './land/picked-block'
import type { Bounds, ZoomRequest } from './map/use-zoom-to-parcel'
import type { SelectedFeature } from './panel/feature-panel'
import { type LinkedRecord, linkedRecordOf, sameRecord, withLinkedRecord } from './routing/app-url'
import { useUrlParams } from './routing/use-url-params'
import { loadBuildingRecord } from './space/building-record'

/** The record a selection names in the URL; parks and infrastructure are picked on the map only. */
function recordOf(feature: SelectedFeature | null): LinkedRecord | null {
  if (
    feature?.kind === 'parcel' ||
    feature?.kind === 'project' ||
    feature?.kind === 'enterprise' ||
    feature?.kind === 'building'
  )
    return { kind: feature.kind, id: feature.properties.id }
  if (feature?.kind === 'block') return { kind: 'block', id: feature.properties.block_id }
  return null
}

async function loadBlock(blockId: string): Promise<Linked> {
  const found = (await loadBlocks(100)).features.find((f) => f.properties.block_id === blockId)
  if (!found) throw new Error(`no block ${blockId}`)
  const { properties, bounds } = pickedBlock(found)
  return { selected: { kind: 'block', properties }, bounds }
}

/** A linked record as the panel shows it, and for a block the bounds to fly to. */
interface Linked {
  selected: SelectedFeature
  bounds?: Bounds
}

async function loadLinked(record: LinkedRecord): Promise<Linked> {
  if (record.kind === 'block') return loadBlock(record.id)
  if (record.kind === 'building') return loadBuildingRecord(record.id)
  return { selected: await loadRecord(record) }
}

async function loadRecord(record: Exclude<LinkedRecord, { kind: 'block' | 'building' }>): Promise<SelectedFeature> {
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
  const zoomToTarget = useCallback(
    (target: ZoomRequest['target']) => setZoomTo((previous) => ({ target, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  )
  const zoomToParcel = useCallback((parcelId: number) => zoomToTarget({ parcelId }), [zoomToTarget])
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
  useFollowLink(linked, readers, selected, { show: setSelectedState, zoomToTarget, unreadable: setUnreadable })
  const pickers = usePickers(setSelected, zoomToTarget)
  return {
    selected,
    setSelected,
    readAgain,
    zoomTo,
    zoomToParcel,
    ...pickers,
    unreadable,
  }
}

/** Records picked from a table or a board: selected, and flown to where they lie. */
function usePickers(
  setSelected: (feature: SelectedFeature | null) => void,
  zoomToTarget: (target: ZoomRequest['target']) => void,
) {
  const pickFromTable = useCallback(
    (properties: ParcelProperties) => {
      setSelected({ kind: 'parcel', properties })
      zoomToTarget({ parcelId: properties.id })
    },
    [setSelected, zoomToTarget],
  )
  const pickBlock = useCallback(
    (block: PickedBlock) => {
      setSelected({ kind: 'block', properties: block.properties })
      zoomToTarget({ bounds: block.bounds })
    },
    [setSelected, zoomToTarget],
  )
  const pickProject = useCallback(
    (project: ProjectProperties | number) => {
      if (typeof project !== 'number') return setSelected({ kind: 'project', properties: project })
      loadRecord({ kind: 'project', id: project }).then(setSelected, () => undefined)
    },
    [setSelected],
  )
  const pickBuilding = useCallback(
    (id: number) =>
      loadBuildingRecord(id).then(
        ({ selected, bounds }) => {
          setSelected(selected)
          zoomToTarget({ bounds })
        },
        () => undefined,
      ),
    [setSelected, zoomToTarget],
  )
  return { pickFromTable, pickBlock, pickProject, pickBuilding }
}

interface FollowActions {
  show: (feature: SelectedFeature | null) => void
  zoomToTarget: (target: ZoomRequest['target']) => void
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
  { show, zoomToTarget, unreadable }: FollowActions,
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
        show(feature.selected)
        if (feature.bounds) zoomToTarget({ bounds: feature.bounds })
        else if (linked.kind === 'parcel') zoomToTarget({ parcelId: linked.id })
      },
      () => {
        if (live) unreadable(linked)
      },
    )
    return () => {
      live = false
    }
  }, [linked, readers, show, zoomToTarget, unreadable])
}
