import { useCallback } from 'react'
import { useI18n } from '../i18n/i18n'
import { useUrlParams } from '../routing/use-url-params'

export type NeedMode = 'land' | 'space'
/** `?need=space`: the wizard asks for space to move into; without it, for land to build on. */
const NEED = 'need'

export function useNeedMode(): [NeedMode, (mode: NeedMode) => void] {
  const [params, setParams] = useUrlParams()
  const mode: NeedMode = params.get(NEED) === 'space' ? 'space' : 'land'
  const setMode = useCallback(
    (next: NeedMode) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (next === 'space') updated.set(NEED, 'space')
          else updated.delete(NEED)
          return updated
        },
        { replace: true },
      ),
    [setParams],
  )
  return [mode, setMode]
}

/** Land or space: the first thing the wizard asks. */
export function NeedSwitch({ mode, onChange }: { mode: NeedMode; onChange: (mode: NeedMode) => void }) {
  const { t } = useI18n()
  return (
    <div className="need-switch" role="radiogroup">
      {(['land', 'space'] as const).map((option) => (
        <label key={option} className={option === mode ? 'active' : ''}>
          <input
            type="radio"
            name="need"
            checked={option === mode}
            onChange={() => onChange(option)}
            data-testid={`need-${option}`}
          />
          {t(option === 'land' ? 'sites.modeLand' : 'sites.modeSpace')}
        </label>
      ))}
    </div>
  )
}
