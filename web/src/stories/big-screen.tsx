import { useApiQuery } from '../api/query'
import { loadBigscreen } from '../api/stories-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import type { AtlasData } from '../use-atlas-data'
import { Player } from './story-player'

/** Every five minutes the figures are asked again: a screen left on in the leaders' room stays current. */
const REFRESH_MS = 5 * 60_000

/** `/bigscreen`: the leaders' 驾驶舱 at 1920 × 1080, cycling land, the pipeline and the ranking; staff only. */
export function BigScreen({ data }: { data: AtlasData | null }) {
  const { t } = useI18n()
  const { can, session } = useSession()
  const allowed = can('projects', 'read')
  const { data: story } = useApiQuery(['bigscreen'], () => loadBigscreen(), {
    enabled: allowed,
    keepPrevious: true,
    refetchMs: REFRESH_MS,
  })
  if (session && !allowed)
    return (
      <p className="story-missing" data-testid="bigscreen-refused">
        <a href="/signin?next=/bigscreen">{t('signIn')}</a>
      </p>
    )
  if (!story || !data) return <div className="story-player" />
  return <Player story={story} data={data} cycle />
}
