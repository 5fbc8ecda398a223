import { useState } from 'react'
import { useApiQuery, useInvalidate } from '../api/query'
import { createStory, loadStories, type StorySummary } from '../api/stories-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { Dialog } from '../journey/dialog'
import { sceneOfMapView } from './scene-of-view'
import { StoryEditor } from './story-editor'
import './stories.css'

/** The stories list: play, autoplay or print each; staff start a story from the map's view and edit it. */
export function RoadshowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  const { can } = useSession()
  const invalidate = useInvalidate()
  const { data } = useApiQuery(['stories'], () => loadStories())
  const [editing, setEditing] = useState<number | null>(null)
  const editable = can('stories', 'update')
  const startStory = async () => {
    const created = await createStory({
      title_zh: '新路演故事',
      title_en: 'New story',
      scenes: [sceneOfMapView()],
    })
    await invalidate(['stories'])
    setEditing(created.id)
  }
  return (
    <Dialog label={t('roadshow.title')} testId="roadshow-dialog" onClose={onClose}>
      {data?.stories.length === 0 && <p>{t('roadshow.none')}</p>}
      <ul className="roadshow-list">
        {data?.stories.map((story) => (
          <li key={story.id} data-testid="roadshow-story">
            <StoryLine story={story} onEdit={editable ? () => setEditing(story.id) : null} />
            {editing === story.id && <StoryEditor id={story.id} />}
          </li>
        ))}
      </ul>
      {can('stories', 'create') && (
        <button type="button" onClick={() => void startStory()} data-testid="roadshow-new">
          {t('roadshow.new')}
        </button>
      )}
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </Dialog>
  )
}

function StoryLine({ story, onEdit }: { story: StorySummary; onEdit: (() => void) | null }) {
  const { t, lang } = useI18n()
  const state = story.published
    ? t('roadshow.published', { date: story.published_at?.slice(0, 10) ?? '' })
    : t('roadshow.draft')
  return (
    <div className="roadshow-line">
      <strong>{lang === 'en' ? story.title_en : story.title_zh}</strong>
      <span>
        {t('roadshow.scenes', { count: story.scene_count })} · {t(`roadshow.${story.visibility}`)} · {state}
      </span>
      <span className="roadshow-links">
        <a href={`/story/${story.id}?lang=${lang}`} data-testid="roadshow-play">
          {t('roadshow.play')}
        </a>
        <a href={`/story/${story.id}?autoplay=1&lang=${lang}`}>{t('roadshow.autoplay')}</a>
        <a href={`/story/${story.id}/handout?lang=${lang}`} target="_blank" rel="noreferrer">
          {t('roadshow.handout')}
        </a>
        {onEdit && (
          <button type="button" onClick={onEdit} data-testid="roadshow-edit">
            {t('roadshow.edit')}
          </button>
        )}
      </span>
    </div>
  )
}
