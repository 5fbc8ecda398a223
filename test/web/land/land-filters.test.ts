import { describe, expect, it } from 'vitest'
import {
  defaultFilters,
  filtersFromSearch,
  filtersToQuery,
  hasFilters,
  searchWithFilters,
} from '../../../web/src/land/land-filters.js'

describe('land filters in the URL', () => {
  it('round-trips through the search part of a link', () => {
    const filters = {
      status: ['available', 'reserve'],
      min_mu: 50,
      max_km_port: 20,
      park: 3,
      net_land: true,
      q: 'A1',
      land_use: '1001',
      sort: '-area_mu',
    }
    const search = searchWithFilters('?lang=en', filters)
    expect(search).toBe(
      '?lang=en&status=available%2Creserve&min_mu=50&max_km_port=20&park=3&net_land=true&q=A1&land_use=1001&sort=-area_mu',
    )
    expect(filtersFromSearch(search)).toEqual(filters)
  })

  it('ignores malformed values instead of breaking the page', () => {
    expect(filtersFromSearch('?min_mu=abc&max_mu=-5&net_land=maybe&sort=geom&land_use=1%3Bdrop')).toEqual(
      defaultFilters,
    )
  })

  it('leaves out absent filters and the default sort', () => {
    expect(filtersToQuery(defaultFilters)).toEqual({})
    expect(hasFilters(defaultFilters)).toBe(false)
    expect(hasFilters({ ...defaultFilters, sort: '-area_mu' })).toBe(false)
    expect(hasFilters({ ...defaultFilters, standard_land: false })).toBe(true)
  })

  it('clears old filters from the link when they are removed', () => {
    expect(searchWithFilters('?status=available&lang=en', defaultFilters)).toBe('?lang=en')
  })
})
