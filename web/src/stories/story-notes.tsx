import { useEffect, useRef, useState } from 'react'
import { useApiQuery } from '../api/query'
import { loadStory } from '../api/stories-client'
import { useI18n } from '../i18n/i18n'
import { openNotesChannel } from './notes-channel'
import type { StoryAction } from './story-keys'
import './stories.css'

/** `/story/{id}/notes`: the presenter's second window, following the player; its buttons turn the player's scenes. */
export function StoryNotes({ id }: { id: number }) {
  const { t, lang } = useI18n()
  const { data: story } = useApiQuery(['stories', id], () => loadStory(id))
  const [index, setIndex] = useState(0)
  const channel = useRef<ReturnType<typeof openNotesChannel> | null>(null)
  useEffect(() => {
    channel.current = openNotesChannel(id, setIndex)
    return () => channel.current?.close()
  }, [id])
  if (!story) return null
  const scene = story.scenes[index]
  const next = story.scenes[index + 1]
  const send = (action: StoryAction) => channel.current?.send(action)
  const titleOf = (s: typeof scene) => (s ? (lang === 'en' ? s.title_en : s.title_zh) : '')
  return (
    <main className="story-notes" data-testid="story-notes">
      <p>{t('story.scene', { n: index + 1, count: story.scenes.length })}</p>
      <h1>{titleOf(scene)}</h1>
      <p data-testid="story-notes-text">{scene?.notes || t('story.noNotes')}</p>
      {next && (
        <p className="next">
          {t('story.next')}: {titleOf(next)}
        </p>
      )}
      <div className="story-notes-buttons">
        <button type="button" onClick={() => send('previous')}>
          ←
        </button>
        <button type="button" onClick={() => send('next')}>
          →
        </button>
      </div>
    </main>
  )
}
