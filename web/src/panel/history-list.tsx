import { loadHistory } from '../api/client'
import { useApiQuery } from '../api/query'
import { type Translate, useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'

const fieldLabels: Record<string, MessageKey> = {
  status: 'field.status',
  idle_category: 'field.idleCategory',
  published: 'field.published',
  start_price: 'field.price',
  available_from: 'field.availableFrom',
  contact: 'field.contact',
  location_desc: 'field.location',
  tenure_years: 'field.tenure',
  far_max: 'field.far',
  is_net_land: 'field.netLand',
  is_standard_land: 'field.standardLand',
  stage: 'field.stage',
  responsible: 'field.responsible',
  notes: 'field.notes',
  land_need_mu: 'field.landNeed',
  total_investment_wan: 'field.investment',
  stage_changed_on: 'field.stageSince',
}

const valuePrefixes: Record<string, string> = { status: 'status.', stage: 'stage.', idle_category: 'idle.' }

function showValue(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no')
  if (typeof value === 'object') return '…'
  const prefix = valuePrefixes[field]
  return prefix ? t(`${prefix}${String(value)}` as MessageKey) : String(value)
}

/** Who changed what and when, newest first: read from the audit trail. */
export function HistoryList({ entity, id }: { entity: 'parcels' | 'projects' | 'enterprises'; id: number }) {
  const { t, lang } = useI18n()
  const { data, error } = useApiQuery(['history', entity, id], () => loadHistory(entity, id))
  if (error) return <div className="form-error">{error}</div>
  const entries = data?.entries
  if (!entries) return null
  const label = (field: string) => (fieldLabels[field] ? t(fieldLabels[field]) : field)
  return (
    <section className="history" data-testid="history">
      <h3>{t('history')}</h3>
      {entries.length === 0 && <div className="muted">{t('noHistory')}</div>}
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <div className="muted">
              {new Date(entry.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
                dateStyle: 'short',
                timeStyle: 'short',
              })}{' '}
              · {entry.user_name}
            </div>
            {entry.action === 'create' ? (
              <div>{t('historyCreated')}</div>
            ) : (
              entry.changes.map((change) => (
                <div key={change.field}>
                  {label(change.field)}: {showValue(change.field, change.before, t)} →{' '}
                  {showValue(change.field, change.after, t)}
                </div>
              ))
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
