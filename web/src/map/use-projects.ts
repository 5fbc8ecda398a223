import { useEffect, useState } from 'react'
import { loadProjects, type ProjectCollection } from '../api/client'

const EMPTY: ProjectCollection = { type: 'FeatureCollection', today: '', features: [] }

/** The pipeline for staff who may read it; nothing is even requested for anyone else. */
export function useProjects(allowed: boolean, revision: string): ProjectCollection {
  const [projects, setProjects] = useState<ProjectCollection>(EMPTY)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` asks for a reload after an edit (a query cache replaces it, issue 16)
  useEffect(() => {
    if (!allowed) return setProjects(EMPTY)
    let current = true
    loadProjects().then(
      (data) => current && setProjects(data),
      () => current && setProjects(EMPTY),
    )
    return () => {
      current = false
    }
  }, [allowed, revision])
  return projects
}
