/** Pure rules of a story: what a scene's view covers, and what keeps a story from being published for the public. */
import type { Bbox } from '../http/bbox.js'
import type { Scene } from './stories.schema.js'

/** The screen a story is made for: a projector's 1280 × 720. MapLibre's tiles are 512 px. */
const SCREEN = { width: 1280, height: 720 }
const TILE = 512

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90

/** The box a scene's view shows on a 1280 × 720 screen (north up; a bearing widens it to the enclosing box). */
export function viewBounds(view: Scene['view'], screen = SCREEN): Bbox {
  const worldPx = TILE * 2 ** view.zoom
  const turn = (Math.abs(view.bearing) % 180) * (Math.PI / 180)
  const width = Math.abs(screen.width * Math.cos(turn)) + Math.abs(screen.height * Math.sin(turn))
  const height = Math.abs(screen.width * Math.sin(turn)) + Math.abs(screen.height * Math.cos(turn))
  const halfLon = (width / 2 / worldPx) * 360
  const centreY = mercatorY(view.center[1])
  const halfY = (height / 2 / worldPx) * 2 * Math.PI
  const [lon] = view.center
  return [Math.max(-180, lon - halfLon), latOf(centreY - halfY), Math.min(180, lon + halfLon), latOf(centreY + halfY)]
}

/** What the public may see of the land a story shows: published parks, parcels and blocks of published parcels. */
export interface PublicLand {
  parks: ReadonlySet<number>
  parcels: ReadonlySet<number>
  blocks: ReadonlySet<string>
}

/**
 * Why a story may not be published for the public, scene by scene (empty when it may): the pipeline and unpublished
 * land are confidential, and so are figures of the pipeline.
 */
export function confidentialIssues(scenes: readonly Scene[], publicLand: PublicLand): string[] {
  return scenes.flatMap((scene, index) => {
    const at = `scenes[${index}]`
    const h = scene.highlights
    const unpublished = (ids: readonly number[] | undefined, known: ReadonlySet<number>) =>
      (ids ?? []).filter((id) => !known.has(id))
    return [
      ...(scene.layers.includes('projects') ? [`${at}.layers: the projects layer is confidential`] : []),
      ...((h.projects?.length ?? 0) > 0 ? [`${at}.highlights.projects: projects are confidential`] : []),
      ...(scene.figures?.kind === 'pipeline' || scene.figures?.kind === 'ranking'
        ? [`${at}.figures: ${scene.figures.kind} figures are confidential`]
        : []),
      ...unpublished(h.parcels, publicLand.parcels).map(
        (id) => `${at}.highlights.parcels: parcel ${id} is not published`,
      ),
      ...unpublished(h.parks, publicLand.parks).map((id) => `${at}.highlights.parks: park ${id} is not published`),
      ...(h.blocks ?? [])
        .filter((id) => !publicLand.blocks.has(id))
        .map((id) => `${at}.highlights.blocks: block ${id} holds land that is not published`),
      ...figureParkIssue(scene, publicLand.parks, at),
    ]
  })
}

function figureParkIssue(scene: Scene, parks: ReadonlySet<number>, at: string): string[] {
  const f = scene.figures
  const parkId = f && 'park_id' in f ? f.park_id : undefined
  return parkId !== undefined && !parks.has(parkId) ? [`${at}.figures: park ${parkId} is not published`] : []
}
