import type { RankedLevel } from '../../../server/jurisdictions/jurisdictions.table'
import type { Light } from './light-dot'

/** While the ranking is open: each ranked unit's light, and which level they are (the districts' board or units). */
export interface RankingLights {
  level: 'board' | RankedLevel
  lights: Map<number, Light>
}
