import type { FigureItem, PresentedScene } from '../api/stories-client'
import { useI18n } from '../i18n/i18n'

/** A figure as the reader's language writes it: numbers grouped, the English text where the data has one. */
function figureText(item: FigureItem, lang: 'zh' | 'en'): string {
  if (typeof item.value === 'number') return item.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')
  return lang === 'en' && item.value_en ? item.value_en : item.value
}

/** The scene's figures, computed by the server when the story was published (never typed by hand). */
export function FiguresCard({ card }: { card: PresentedScene['figures'] }) {
  const { lang } = useI18n()
  if (!card || card.items.length === 0) return null
  return (
    <dl className="story-figures" data-testid="story-figures">
      {card.items.map((item) => (
        <div key={item.key} className={typeof item.value === 'number' ? 'figure number' : 'figure text'}>
          <dt>{lang === 'en' ? item.label_en : item.label_zh}</dt>
          <dd>
            {item.light && <span className={`figure-light ${item.light}`} role="img" aria-label={item.light} />}
            <span className="figure-value">{figureText(item, lang)}</span>
            {item.unit_zh && <span className="figure-unit">{lang === 'en' ? item.unit_en : item.unit_zh}</span>}
          </dd>
        </div>
      ))}
    </dl>
  )
}
