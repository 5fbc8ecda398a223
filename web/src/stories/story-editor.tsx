import { useEffect, useState } from 'react'
import { useApiQuery, useInvalidate } from '../api/query'
import { loadStory, type PresentedScene, patchStory, publishStory, type SceneInput } from '../api/stories-client'
import { useI18n } from '../i18n/i18n'
import { sceneOfMapView } from './scene-of-view'

/** A scene as it was written: without what the server computed and drew for it. */
function inputOf({ features: _features, figures, ...scene }: PresentedScene): SceneInput {
  const { items: _items, ...spec } = figures ?? { items: [] }
  return { ...scene, figures: figures ? (spec as SceneInput['figures']) : null }
}

type TextField = 'title_zh' | 'title_en' | 'caption_zh' | 'caption_en' | 'notes'
const fields: readonly TextField[] = ['title_zh', 'title_en', 'caption_zh', 'caption_en', 'notes']

/** Staff: a story's scenes in order, their words in both languages; add the map's view, reorder, save, publish. */
export function StoryEditor({ id }: { id: number }) {
  const { t } = useI18n()
  const invalidate = useInvalidate()
  const { data: story } = useApiQuery(['stories', id, 'draft'], () => loadStory(id, 'draft'))
  const [scenes, setScenes] = useState<SceneInput[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setScenes(story?.scenes.map(inputOf) ?? []), [story])
  if (!story) return null
  const edit = (i: number, field: TextField, value: string) =>
    setScenes((all) => all.map((s, k) => (k === i ? { ...s, [field]: value } : s)))
  const move = (i: number, by: number) =>
    setScenes((all) => {
      const next = [...all]
      const [taken] = next.splice(i, 1)
      next.splice(Math.max(0, Math.min(all.length - 1, i + by)), 0, taken!)
      return next
    })
  const run = async (write: () => Promise<unknown>) => {
    setError(null)
    await write().catch((e: Error) => setError(e.message))
    await invalidate(['stories'])
  }
  const save = () => patchStory(id, story.version, { scenes })
  return (
    <div className="story-editor" data-testid="story-editor">
      {scenes.map((scene, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: scenes are edited in place; a scene is its place in the list
        <fieldset key={i} className="story-editor-scene">
          <legend>{i + 1}</legend>
          {fields.map((field) => (
            <input
              key={field}
              aria-label={field}
              value={scene[field] ?? ''}
              onChange={(e) => edit(i, field, e.target.value)}
            />
          ))}
          <button type="button" onClick={() => move(i, -1)} aria-label="↑">
            ↑
          </button>
          <button type="button" onClick={() => move(i, 1)} aria-label="↓">
            ↓
          </button>
          <button type="button" onClick={() => setScenes((all) => all.filter((_, k) => k !== i))} aria-label="✕">
            ✕
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setScenes((all) => [...all, sceneOfMapView()])}>
        {t('roadshow.addScene')}
      </button>
      <button type="button" onClick={() => void run(save)} data-testid="story-save">
        {t('save')}
      </button>
      <button
        type="button"
        onClick={() => void run(async () => publishStory(id, (await save()).version))}
        data-testid="story-publish"
      >
        {t('roadshow.publish')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
