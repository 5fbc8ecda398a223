import { useI18n } from '../i18n/i18n'
import { formatBytes } from './offline-cache'
import type { OfflineState } from './use-offline-prepare'

/** The button and its progress: "Caching 3 of 6", then "Ready to play offline (4.2 MB)". */
export function OfflineButton({ state, onStart }: { state: OfflineState; onStart: () => void }) {
  const { t } = useI18n()
  if (state.kind === 'ready')
    return (
      <span className="story-offline" data-testid="story-offline" data-bytes={state.bytes}>
        {t('story.offlineDone', { size: formatBytes(state.bytes) })}
      </span>
    )
  if (state.kind === 'preparing')
    return (
      <span className="story-offline" data-testid="story-offline">
        {t('story.offlineProgress', { done: Math.min(state.done + 1, state.total), total: state.total })}
      </span>
    )
  return (
    <button type="button" onClick={onStart} data-testid="story-prepare-offline">
      {t('story.offline')}
    </button>
  )
}
