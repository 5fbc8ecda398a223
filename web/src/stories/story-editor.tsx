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
  const [titles, setTitles] = useState({ title_zh: '', title_en: '' })
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    setScenes(story?.scenes.map(inputOf) ?? [])
    setTitles({ title_zh: story?.title_zh ?? '', title_en: story?.title_en ?? '' })
  }, [story])
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
  const save = () => patchStory(id, story.version, { ...titles, scenes })
  return (
    <div className="story-editor" data-testid="story-editor">
      {(['title_zh', 'title_en'] as const).map((field) => (
        <input
          key={field}
          aria-label={`story ${field}`}
          placeholder={t(`roadshow.field.${field}`)}
          value={titles[field]}
          onChange={(e) => setTitles((was) => ({ ...was, [field]: e.target.value }))}
        />
      ))}
      {scenes.map((scene, i) => (
        <SceneFields
          // biome-ignore lint/suspicious/noArrayIndexKey: scenes are edited in place; a scene is its place in the list
          key={i}
          index={i}
          scene={scene}
          onEdit={(field, value) => edit(i, field, value)}
          onMove={(by) => move(i, by)}
          onRemove={() => setScenes((all) => all.filter((_, k) => k !== i))}
        />
      ))}
      <button type="button" onClick={() => setScenes((all) => [...all, sceneOfMapView()])}>
        {t('roadshow.addScene')}
      </button>
      <button type="button" onClick={() => void run(save)} data-testid="story-save">
        {t('save')}
      </button>
      <a href={`/story/${id}?edition=draft`} target="_blank" rel="noreferrer" data-testid="story-preview">
        {t('roadshow.preview')}
      </a>
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

interface SceneFieldsProps {
  index: number
  scene: SceneInput
  onEdit: (field: TextField, value: string) => void
  onMove: (by: number) => void
  onRemove: () => void
}

/** One scene's words in both languages and its notes, with buttons to move it up or down or take it out. */
function SceneFields({ index, scene, onEdit, onMove, onRemove }: SceneFieldsProps) {
  const { t } = useI18n()
  return (
    <fieldset className="story-editor-scene">
      <legend>{index + 1}</legend>
      {fields.map((field) => (
        <input
          key={field}
          aria-label={field}
          placeholder={t(`roadshow.field.${field}`)}
          title={t(`roadshow.field.${field}`)}
          value={scene[field] ?? ''}
          onChange={(e) => onEdit(field, e.target.value)}
        />
      ))}
      <button type="button" onClick={() => onMove(-1)} aria-label="↑">
        ↑
      </button>
      <button type="button" onClick={() => onMove(1)} aria-label="↓">
        ↓
      </button>
      <button type="button" onClick={onRemove} aria-label="✕">
        ✕
      </button>
    </fieldset>
  )
}
