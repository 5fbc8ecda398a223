import { describe, expect, it } from 'vitest'
import { leadLight, leadReference, workingDaysBetween } from '../../../server/leads/lead-rules.js'

describe('a lead’s waiting time in working days', () => {
  it('counts Monday to Friday after the day it came in', () => {
    // Friday 27 November 2026.
    expect(workingDaysBetween('2026-11-27', '2026-11-27')).toBe(0)
    expect(workingDaysBetween('2026-11-27', '2026-11-29')).toBe(0)
    expect(workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1)
    expect(workingDaysBetween('2026-11-27', '2026-12-07')).toBe(6)
    expect(workingDaysBetween('2026-11-27', '2026-12-08')).toBe(7)
  })

  it('lights only leads nobody has taken up', () => {
    expect(leadLight('new', 2)).toBe('green')
    expect(leadLight('new', 3)).toBe('yellow')
    expect(leadLight('new', 7)).toBe('red')
    expect(leadLight('assigned', 30)).toBe('green')
  })
})

describe('a lead’s reference', () => {
  it('names the day and six characters that are not misheard', () => {
    expect(leadReference('2026-11-29', Uint8Array.from([0, 1, 31, 32, 255, 18]))).toBe('YX-20261129-01Z0ZJ')
    expect(leadReference('2026-11-29')).toMatch(/^YX-20261129-[0-9A-HJKMNP-TV-Z]{6}$/)
  })
})
