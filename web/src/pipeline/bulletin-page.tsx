import { unitMetrics } from '../../../server/jurisdictions/jurisdictions.table'
import { type Bulletin, bulletinExcelUrl, loadBulletin } from '../api/pipeline-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { formatPercent, LightDot } from './light-dot'
import { MetricResultCell, rankChange, UnitRankingHead } from './unit-ranking-table'

type Section = Bulletin['sections'][number]
const levelTitles: Record<Section['level'], MessageKey> = {
  district: 'bulletin.levelDistrict',
  town: 'ranking.levelTown',
  platform: 'ranking.levelPlatform',
  department: 'ranking.levelDepartment',
}

/** 季通报 as a printable page (`/bulletin?year=&quarter=`): one table per level, with the workbook to download. */
export function BulletinPage({ year, quarter, onBack }: { year: number; quarter: number; onBack: () => void }) {
  const { t, lang, setLang } = useI18n()
  const { data, error } = useApiQuery(['bulletin', year, quarter], () => loadBulletin(year, quarter))
  return (
    <main className="sheet bulletin" data-testid="bulletin">
      <div className="sheet-actions">
        <button type="button" onClick={onBack}>
          {t('bulletin.back')}
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('bulletin.print')}
        </button>
        <a className="button" href={bulletinExcelUrl(year, quarter)} data-testid="bulletin-excel">
          {t('bulletin.excel')}
        </a>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-switch">
          {t('language')}
        </button>
      </div>
      <header className="sheet-header">
        <div>
          <div className="sheet-brand">
            {t('appTitle')} · {t('bulletin.confidential')}
          </div>
          <h1>{t('bulletin.title', { year, quarter })}</h1>
          {data && <div className="sheet-subtitle">{t('bulletin.asOf', { date: data.as_of })}</div>}
        </div>
      </header>
      {error && <div className="form-error">{error}</div>}
      {data?.sections.map((section) => (
        <BulletinSection key={section.level} section={section} />
      ))}
    </main>
  )
}

function BulletinSection({ section }: { section: Section }) {
  const { t, name } = useI18n()
  const shown = unitMetrics.filter((m) => section.rows.some((r) => r.metrics.some((x) => x.metric === m)))
  return (
    <section data-testid={`bulletin-${section.level}`}>
      <h2>{t(levelTitles[section.level])}</h2>
      {section.rows.length === 0 ? (
        <p className="muted">{t('bulletin.empty')}</p>
      ) : (
        <table className="sheet-table">
          <UnitRankingHead metrics={shown} change={t('bulletin.change')} />
          <tbody>
            {section.rows.map((r) => (
              <tr key={r.unit_id} data-testid="bulletin-row">
                <td>{r.rank}</td>
                <td>{rankChange({ rank: r.rank, rank_last_month: r.rank_last_quarter })}</td>
                <td>{name(r)}</td>
                {shown.map((m) => (
                  <MetricResultCell key={m} result={r.metrics.find((x) => x.metric === m)} />
                ))}
                <td>
                  <LightDot light={r.light} /> {formatPercent(r.score)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
