import { loadProjects, type ProjectCollection } from '../api/client'
import { useApiQuery } from '../api/query'

const EMPTY: ProjectCollection = { type: 'FeatureCollection', today: '', features: [] }

/** The pipeline for staff who may read it; nothing is even requested for anyone else. */
export function useProjects(allowed: boolean): ProjectCollection {
  const { data } = useApiQuery(['projects'], () => loadProjects(), { enabled: allowed, keepPrevious: true })
  return (allowed && data) || EMPTY
}
