import { type FormEvent, useState } from 'react'
import { roles } from '../../../server/auth/policy'
import type { NewUser, UserRecord } from '../api/client'
import { useApiQuery, useInvalidate } from '../api/query'
import { createUser, loadUsers, saveUser } from '../api/staff-client'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { ThrottlesSection } from './throttles-section'

/** Least to most trusted: the form starts from the least. */
const roleOptions = [...roles].reverse()

/** Administrators: the accounts, a form for a new one, and disable/enable (which signs the account out). */
export function UsersPanel({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  const { session } = useSession()
  const [message, setMessage] = useState<string | null>(null)
  const { data, error } = useApiQuery(['users'], () => loadUsers())
  const users = data?.users ?? []
  const invalidate = useInvalidate()
  const reload = () => invalidate(['users'])
  const toggle = async (user: UserRecord) => {
    try {
      await saveUser(user, { disabled: !user.disabled })
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e))
    }
    await reload()
  }
  return (
    <aside className="panel" data-testid="users-panel" aria-label={t('manageUsers')}>
      <header className="panel-header">
        <h2>{t('manageUsers')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {(message ?? error) && (
        <div className="form-error" role="alert">
          {message ?? error}
        </div>
      )}
      <table className="users-table">
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.disabled ? 'disabled' : ''}>
              <td>
                <strong>{u.name}</strong>
                <div className="muted">{u.display_name}</div>
              </td>
              <td>{t(`role.${u.role}`)}</td>
              <td>
                {/* The server refuses self-disabling too: an administrator cannot lock everyone out. */}
                {u.id !== session?.user?.id && (
                  <button type="button" className="small" onClick={() => void toggle(u)}>
                    {u.disabled ? t('users.enable') : t('users.disable')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ThrottlesSection onError={setMessage} />
      <NewUserForm
        onCreated={(name) => {
          setMessage(`${t('users.created')}: ${name}`)
          void reload()
        }}
        onError={setMessage}
      />
    </aside>
  )
}

function NewUserForm({
  onCreated,
  onError,
}: {
  onCreated: (name: string) => void
  onError: (message: string) => void
}) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<NewUser>({ name: '', display_name: '', role: 'viewer', password: '' })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const created = await createUser(draft)
      setDraft({ name: '', display_name: '', role: 'viewer', password: '' })
      onCreated(created.name)
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e))
    }
  }
  return (
    <form className="edit-form" onSubmit={submit}>
      <h3>{t('users.add')}</h3>
      <label>
        {t('userName')}
        <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required />
      </label>
      <label>
        {t('users.displayName')}
        <input
          value={draft.display_name ?? ''}
          onChange={(e) => setDraft({ ...draft, display_name: e.target.value })}
        />
      </label>
      <label>
        {t('users.role')}
        <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as NewUser['role'] })}>
          {roleOptions.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('password')}
        <input
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={draft.password}
          onChange={(e) => setDraft({ ...draft, password: e.target.value })}
          required
        />
      </label>
      <button type="submit" className="primary">
        {t('users.add')}
      </button>
    </form>
  )
}
