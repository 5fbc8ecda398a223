import { useCallback, useState } from 'react'
import { useApiQuery } from '../api/query'
import { loadStory, type PresentedScene, type Story } from '../api/stories-client'
import { useI18n } from '../i18n/i18n'
import { useMap } from '../map/map-context'
import { MapView } from '../map/map-view'
import type { AtlasData } from '../use-atlas-data'
import { FiguresCard } from './figures-card'
import { StoryMapContent } from './story-map-content'
import { QrCanvas, storyLink } from './story-qr'
import './stories.css'

/** `/story/{id}/handout`: the leave-behind, one A4 landscape page per scene, printed from the browser to PDF. */
export function StoryHandout({ id, data }: { id: number; data: AtlasData | null }) {
  const { t } = useI18n()
  const { data: story, error } = useApiQuery(['stories', id], () => loadStory(id))
  if (error) return <p className="story-missing">{t('story.notFound')}</p>
  if (!story || !data) return null
  return <Handout story={story} data={data} />
}

function Handout({ story, data }: { story: Story; data: AtlasData }) {
  const { t } = useI18n()
  const [images, setImages] = useState<string[]>([])
  const done = images.length >= story.scenes.length
  return (
    <div className="handout" data-testid="handout" data-ready={done ? 'true' : 'false'}>
      <div className="handout-toolbar">
        {done ? (
          <button type="button" onClick={() => window.print()}>
            {t('handout.print')}
          </button>
        ) : (
          t('handout.preparing', { done: images.length, total: story.scenes.length })
        )}
      </div>
      {!done && (
        <div className="handout-map">
          <MapView basemapLayers={data.config.basemap.layers} attribution={t('boundaryAttribution')} presentation>
            <Stills
              data={data}
              scene={story.scenes[images.length]!}
              onStill={(image) => setImages((taken) => [...taken, image])}
            />
          </MapView>
        </div>
      )}
      {done &&
        story.scenes.map((scene, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a story's scenes are a fixed list; a scene is its place in it
          <HandoutPage key={i} story={story} scene={scene} image={images[i]!} />
        ))}
    </div>
  )
}

/** Shows one scene at a time, and once it is fully drawn takes the map as an image. */
function Stills({ data, scene, onStill }: { data: AtlasData; scene: PresentedScene; onStill: (png: string) => void }) {
  const map = useMap()
  const arrived = useCallback(() => onStill(map.getCanvas().toDataURL('image/jpeg', 0.86)), [map, onStill])
  return <StoryMapContent data={data} scene={scene} instant onArrived={arrived} />
}

function HandoutPage({ story, scene, image }: { story: Story; scene: PresentedScene; image: string }) {
  const { t, lang } = useI18n()
  const en = lang === 'en'
  return (
    <section className="handout-page" data-testid="handout-page">
      <h1>{en ? scene.title_en : scene.title_zh}</h1>
      <img src={image} alt={en ? scene.title_en : scene.title_zh} />
      <div className="handout-side">
        <p>{en ? scene.caption_en : scene.caption_zh}</p>
        <FiguresCard card={scene.figures} />
      </div>
      <footer className="handout-foot">
        <span>
          {en ? story.title_en : story.title_zh} · {t('story.asOf', { date: story.as_of })}
        </span>
        <figure>
          <QrCanvas url={storyLink(story, lang)} size="22mm" />
          <figcaption>{t('story.scan')}</figcaption>
        </figure>
      </footer>
    </section>
  )
}
