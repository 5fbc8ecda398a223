import { useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { useSession } from './session-context'

/** Top-right: "sign in" for the public; for staff their name, role, account admin and sign-out. */
export function UserMenu({ onSignIn, onManageUsers }: { onSignIn: () => void; onManageUsers: () => void }) {
  const { t } = useI18n()
  const { session, can, signOut } = useSession()
  const [open, setOpen] = useState(false)
  const user = session?.user
  if (!session) return null
  if (!user) {
    return (
      <button type="button" className="lang-switch" onClick={onSignIn} data-testid="signin-button">
        {t('signIn')}
      </button>
    )
  }
  return (
    <div className="user-menu">
      <button
        type="button"
        className="lang-switch"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        data-testid="user-menu"
      >
        {user.displayName || user.name} · {t(`role.${user.role}`)} ▾
      </button>
      {open && (
        <div className="user-menu-list" role="menu">
          <div className="muted">{user.name}</div>
          {can('users', 'read') && (
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false)
                onManageUsers()
              }}
              data-testid="manage-users"
            >
              {t('manageUsers')}
            </button>
          )}
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false)
              void signOut()
            }}
            data-testid="signout"
          >
            {t('signOut')}
          </button>
        </div>
      )}
    </div>
  )
}
