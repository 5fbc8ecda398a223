import { assessProject } from './project-assessment.js'
import type { PipelineThresholds } from './project-rules.js'
import type { ProjectRow } from './projects.repo.js'
import type { ProjectFeature } from './projects.schema.js'

/** A stored project plus what the rules say about it today, as the GeoJSON feature every view reads. */
export function presentProject(row: ProjectRow, today: string, t: PipelineThresholds): ProjectFeature {
  const { geometry, ...facts } = row
  return {
    type: 'Feature',
    id: row.id,
    geometry: geometry ? JSON.parse(geometry) : null,
    properties: { ...facts, ...assessProject(facts, today, t) },
  }
}
