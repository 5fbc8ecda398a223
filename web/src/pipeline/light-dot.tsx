import { useI18n } from '../i18n/i18n'

export type Light = 'green' | 'yellow' | 'red'

/** A traffic light with its word, so colour is never the only cue. */
export function LightDot({ light }: { light: Light }) {
  const { t } = useI18n()
  return (
    <span className={`light light-${light}`} data-light={light}>
      <i aria-hidden="true" />
      {t(`light.${light}`)}
    </span>
  )
}

export const formatNumber = (value: number | null, digits = 1) =>
  value === null ? '—' : value.toLocaleString(undefined, { maximumFractionDigits: digits })
export const formatPercent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`)
