import { useEffect } from 'react'
import { useApiQuery, useInvalidate } from '../api/query'
import { clearThrottle, loadThrottles, type ThrottleEntry } from '../api/staff-client'
import { useI18n } from '../i18n/i18n'

/**
 * Administrators: names and addresses whose failed sign-ins are being slowed down, and a button to let one try again
 * at once (a colleague who forgot the password and was just given a new one).
 */
export function ThrottlesSection({ onError }: { onError: (message: string) => void }) {
  const { t } = useI18n()
  const { data, error } = useApiQuery(['throttles'], () => loadThrottles())
  const invalidate = useInvalidate()
  useEffect(() => {
    if (error) onError(error)
  }, [error, onError])
  const entries = data?.throttles ?? []
  const clear = async (entry: ThrottleEntry) => {
    await clearThrottle(entry).catch((e: Error) => onError(e.message))
    await invalidate(['throttles'])
  }
  return (
    <section data-testid="throttles">
      <h3>{t('throttles.title')}</h3>
      {entries.length === 0 && <p className="muted">{t('throttles.none')}</p>}
      <table className="users-table">
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.kind}:${entry.key}`}>
              <td>
                <strong>{entry.key}</strong>
                <div className="muted">{t(`throttles.${entry.kind}`)}</div>
              </td>
              <td>
                {entry.failures} {t('throttles.failures')}
                {entry.retryAfterSeconds > 0 && ` · ${t('throttles.wait')} ${entry.retryAfterSeconds} s`}
              </td>
              <td>
                <button type="button" className="small" onClick={() => void clear(entry)}>
                  {t('throttles.clear')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
