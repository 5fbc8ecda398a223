import { type ReactNode, useCallback, useEffect, useMemo } from 'react'
import { useLocation } from 'wouter'
import { useApiQuery } from '../api/query'
import { BUILDINGS_FOR_MAP } from '../api/space-client'
import { loadStory, type Story } from '../api/stories-client'
import { useI18n } from '../i18n/i18n'
import { MapView } from '../map/map-view'
import { registerServiceWorker } from '../register-sw'
import type { AtlasData } from '../use-atlas-data'
import { FiguresCard } from './figures-card'
import { useNotesChannel } from './notes-channel'
import { OfflineButton } from './offline-button'
import { StoryMapContent } from './story-map-content'
import { QrCanvas, storyLink } from './story-qr'
import { useOfflinePrepare } from './use-offline-prepare'
import { useStoryControl } from './use-story-control'
import './stories.css'

declare global {
  interface Window {
    /** For browser tests: when the map last arrived at a scene, and which. */
    storyArrivals?: { index: number; at: number }[]
  }
}

/** `/story/{id}`: the story full screen on a projector, every panel hidden, played by keys, clicker or by itself. */
export function StoryPlayer({ id, data }: { id: number; data: AtlasData | null }) {
  const { t } = useI18n()
  // `?edition=draft`: staff preview the working copy (with today's figures) before they publish it.
  const draft = new URLSearchParams(window.location.search).get('edition') === 'draft'
  const { data: story, error } = useApiQuery(['stories', id, draft], () => loadStory(id, draft ? 'draft' : undefined))
  if (error) return <p className="story-missing">{t('story.notFound')}</p>
  if (!story || !data) return <div className="story-player" data-testid="story-loading" />
  return <Player story={story} data={data} />
}

export interface PlayerOptions {
  /** Plays by itself from the start, round and round (the big screen). */
  cycle?: boolean
}

export function Player({ story, data, cycle = false }: { story: Story; data: AtlasData } & PlayerOptions) {
  const { t, lang, setLang } = useI18n()
  const [, navigate] = useLocation()
  const autoplay = cycle || new URLSearchParams(window.location.search).get('autoplay') === '1'
  const durations = useMemo(() => story.scenes.map((s) => s.duration_s), [story])
  const control = useStoryControl({
    count: story.scenes.length,
    durations,
    autoplay,
    loop: cycle,
    onExit: () => navigate('/'),
  })
  const offline = useOfflinePrepare(story.scenes.length, playerAnswers(story.id))
  const shown = offline.preparingScene ?? control.index
  const scene = story.scenes[Math.min(shown, story.scenes.length - 1)]!
  useNotesChannel(story.id, control.index, control.act)
  const preparing = offline.preparingScene !== null
  const arrived = useCallback(() => {
    if (preparing) return offline.arrived()
    window.storyArrivals = [...(window.storyArrivals ?? []), { index: control.index, at: performance.now() }]
    control.arrived()
  }, [preparing, control.index, control.arrived, offline.arrived])
  useEffect(() => {
    document.title = lang === 'en' ? story.title_en : story.title_zh
  }, [lang, story])
  useEffect(registerServiceWorker, [])
  const title = lang === 'en' ? scene.title_en : scene.title_zh
  const caption = lang === 'en' ? scene.caption_en : scene.caption_zh
  return (
    <div className="story-player" data-testid="story-player" data-scene={control.index}>
      <MapView basemapLayers={data.config.basemap.layers} attribution={t('boundaryAttribution')} presentation>
        <StoryMapContent data={data} scene={scene} instant={preparing} onArrived={arrived} />
      </MapView>
      <header className="story-bar">
        <span className="story-title">{lang === 'en' ? story.title_en : story.title_zh}</span>
        <span className="story-as-of" data-testid="story-as-of">
          {t('story.asOf', { date: story.as_of })}
        </span>
      </header>
      <StoryButtons story={story} playing={control.playing} onToggle={() => control.act('autoplay')}>
        <OfflineButton state={offline.state} onStart={() => void offline.start()} />
      </StoryButtons>
      <section className="story-caption" data-testid="story-caption" aria-live="polite">
        <h1>{title}</h1>
        {caption && <p>{caption}</p>}
      </section>
      <FiguresCard card={scene.figures} />
      <nav className="story-dots" aria-label={t('story.scene', { n: control.index + 1, count: story.scenes.length })}>
        {story.scenes.map((s, i) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: a story's scenes are a fixed list; a scene is its place in it
            key={i}
            type="button"
            className={i === control.index ? 'current' : ''}
            aria-current={i === control.index ? 'step' : undefined}
            aria-label={lang === 'en' ? s.title_en : s.title_zh}
            onClick={() => control.goTo(i)}
          />
        ))}
      </nav>
      <figure className="story-qr">
        <QrCanvas url={storyLink(story, lang)} size="min(9vw, 16vh)" testId="story-qr" />
        <figcaption>{t('story.scan')}</figcaption>
      </figure>
      <button type="button" className="story-lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
        {lang === 'zh' ? 'EN' : '中文'}
      </button>
    </div>
  )
}

/** What the player reads from the API besides tiles: kept for offline with the tiles. */
const playerAnswers = (id: number) => [
  '/api/config',
  '/api/regions',
  '/api/parks',
  '/api/infrastructure',
  `/api/buildings?${new URLSearchParams(BUILDINGS_FOR_MAP)}`,
  '/api/blocks?min_mu=100',
  '/api/auth/session',
  `/api/stories/${id}`,
]

function StoryButtons(props: { story: Story; playing: boolean; onToggle: () => void; children: ReactNode }) {
  const { story, playing, onToggle, children } = props
  const { t } = useI18n()
  const hasNotes = story.scenes.some((s) => s.notes)
  return (
    <div className="story-buttons">
      <button type="button" onClick={onToggle} data-testid="story-autoplay">
        {playing ? t('story.pause') : t('roadshow.autoplay')}
      </button>
      {hasNotes && (
        <button type="button" onClick={() => window.open(`/story/${story.id}/notes`, `notes-${story.id}`)}>
          {t('story.notes')}
        </button>
      )}
      {children}
      <button type="button" onClick={() => void document.documentElement.requestFullscreen?.()}>
        {t('story.fullscreen')}
      </button>
    </div>
  )
}
