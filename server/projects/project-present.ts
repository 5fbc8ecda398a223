import { assessProject } from './project-assessment.js'
import type { PipelineThresholds } from './project-rules.js'
import type { ProjectRow } from './projects.repo.js'
import type { ProjectFeature } from './projects.schema.js'
import { type ReportedProject, reportBreaches, windowHolderOn } from './report-breaches.js'

/**
 * A stored project plus what the rules say about it today, as the GeoJSON feature every view reads. `reported` is
 * every project's report facts: the first-report registry compares the company across the pipeline.
 */
export function presentProject(
  row: ProjectRow,
  today: string,
  t: PipelineThresholds,
  reported: readonly ReportedProject[],
): ProjectFeature {
  const { geometry, ...facts } = row
  const breaches = reportBreaches(facts, reported, t)
  return {
    type: 'Feature',
    id: row.id,
    geometry: geometry ? JSON.parse(geometry) : null,
    properties: {
      ...facts,
      ...assessProject(facts, today, t),
      report_breaches: breaches,
      credit_excluded: breaches.length > 0,
      first_report_holder: windowHolderOn(facts, reported, today, t),
    },
  }
}
