import { describe, expect, it } from 'vitest'
import { capitalCredit, projectCredit } from '../../../server/jurisdictions/credit.js'

// 1 city ─ 10 奉化区 ─ 101 江口街道, 102 西坞街道, 110 区经信局 (a department); 20 象山县 ─ 201 丹东街道
const parents = new Map<number, number | null>([
  [1, null],
  [10, 1],
  [101, 10],
  [102, 10],
  [110, 10],
  [20, 1],
  [201, 20],
])
const asObject = (credit: Map<number, number>) => Object.fromEntries(credit)

describe('a project’s count credit up the tree (000 §2)', () => {
  it('shares 0.5 each between two towns of one district, and counts 1.0 to the district and the city', () => {
    expect(asObject(projectCredit(101, 102, parents))).toEqual({ 101: 0.5, 102: 0.5, 10: 1, 1: 1 })
  })

  it('shares between a department and a town the same way', () => {
    expect(asObject(projectCredit(110, 102, parents))).toEqual({ 110: 0.5, 102: 0.5, 10: 1, 1: 1 })
  })

  it('shares between districts when the towns are in two', () => {
    expect(asObject(projectCredit(101, 201, parents))).toEqual({ 101: 0.5, 10: 0.5, 201: 0.5, 20: 0.5, 1: 1 })
  })

  it('gives it all to one unit that both introduced and landed it, or to the only one known', () => {
    expect(asObject(projectCredit(102, 102, parents))).toEqual({ 102: 1, 10: 1, 1: 1 })
    expect(asObject(projectCredit(null, 201, parents))).toEqual({ 201: 1, 20: 1, 1: 1 })
  })
})

describe('capital arrivals over four years (5:5 for 3 years from the first arrival, then 100% to the landing unit)', () => {
  const units = { firstReport: 101, landing: 201 }
  const arrivals = [
    { on: '2024-03-15', amount: 1000 },
    { on: '2025-06-01', amount: 2000 },
    { on: '2027-03-14', amount: 400 },
    { on: '2027-03-15', amount: 600 },
    { on: '2027-12-31', amount: 800 },
  ]
  const credits = arrivals.map((a) => asObject(capitalCredit(a, '2024-03-15', units, parents)))

  it('shares every arrival within the three years, to the day before', () => {
    expect(credits[0]).toEqual({ 101: 500, 10: 500, 201: 500, 20: 500, 1: 1000 })
    expect(credits[1]).toMatchObject({ 101: 1000, 201: 1000 })
    expect(credits[2]).toMatchObject({ 101: 200, 201: 200 })
  })

  it('gives the landing unit everything from the third anniversary on', () => {
    expect(credits[3]).toEqual({ 201: 600, 20: 600, 1: 600 })
    expect(credits[4]).toEqual({ 201: 800, 20: 800, 1: 800 })
  })

  it('adds up by year as a bureau would by hand', () => {
    const byYear = new Map<string, number>()
    arrivals.forEach((a, i) => {
      byYear.set(a.on.slice(0, 4), (byYear.get(a.on.slice(0, 4)) ?? 0) + (credits[i]![101] ?? 0))
    })
    expect(Object.fromEntries(byYear)).toEqual({ 2024: 500, 2025: 1000, 2027: 200 })
  })
})
