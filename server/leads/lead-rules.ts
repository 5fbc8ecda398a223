import { randomBytes } from 'node:crypto'

/** Pure: a lead's reference and how long it has waited, in working days. */

/** Crockford's base 32: no I, L, O or U, so a reference read over the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** YX-20261129-4F7K2Q: 意向 (interest), the day, six random characters (a billion a day). */
export function leadReference(today: string, random: Uint8Array = randomBytes(6)): string {
  const code = [...random.slice(0, 6)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
  return `YX-${today.replaceAll('-', '')}-${code}`
}

const DAY_MS = 86_400_000

/**
 * Working days (Monday to Friday) from the day after `from` to `to`, both YYYY-MM-DD. Public holidays and the
 * weekend days worked in lieu (调休) are not counted apart: the lights may come a day early around a holiday.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`)
  const end = Date.parse(`${to}T00:00:00Z`)
  let days = 0
  for (let t = start + DAY_MS; t <= end; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay()
    if (weekday !== 0 && weekday !== 6) days++
  }
  return days
}

export const LEAD_YELLOW_DAYS = 3
export const LEAD_RED_DAYS = 7

/** An untouched lead (still `new`) turns yellow after 3 working days, red after 7; one someone took up stays green. */
export function leadLight(status: string, workingDaysOpen: number): 'green' | 'yellow' | 'red' {
  if (status !== 'new') return 'green'
  if (workingDaysOpen >= LEAD_RED_DAYS) return 'red'
  return workingDaysOpen >= LEAD_YELLOW_DAYS ? 'yellow' : 'green'
}
