import { describe, expect, it } from 'vitest'
import { formFromParam, formToParam, initialForm } from '../../../web/src/sites/site-form.js'

describe('a 智寻址 search as a link', () => {
  it('carries only what differs from the defaults, and reads back the same form', () => {
    const form = {
      ...initialForm,
      minMu: '100',
      regions: [3, 5],
      maxKm: { ...initialForm.maxKm, port: '10' },
      weights: { ...initialForm.weights, price: 5 },
    }
    const param = formToParam(form)
    expect(JSON.parse(param)).toEqual({
      minMu: '100',
      regions: [3, 5],
      maxKm: form.maxKm,
      weights: form.weights,
    })
    expect(formFromParam(param)).toEqual(form)
    expect(formToParam(initialForm)).toBe('{}')
  })

  it('opens the defaults for a malformed link, and drops fields of the wrong shape or unknown', () => {
    expect(formFromParam('not json')).toBeNull()
    expect(formFromParam('[1,2]')).toEqual(initialForm)
    expect(formFromParam(JSON.stringify({ minMu: 100, regions: ['x'], sneaky: 1, maxKm: { moon: '1' } }))).toEqual(
      initialForm,
    )
  })
})
