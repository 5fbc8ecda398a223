import { describe, expect, it } from 'vitest'
import { render, said } from '../../../server/imports/import-messages.js'
import { requestBody, suggestedCrs } from '../../../web/src/imports/import-options.js'

describe('the upload dialog’s options', () => {
  it('finds the system a refusal recommends, worded in English or Chinese', () => {
    const metres = said('crs_metres_undeclared', {
      x: 645_000,
      y: 3_308_000,
      suggested: 4549,
      meridian: 120,
    })
    const prefixed = said('crs_prefixed_undeclared', { zone: 40, meridian: 120, suggested: 4528 })
    const lonLat = said('crs_missing_degrees')
    for (const lang of ['en', 'zh'] as const) {
      expect(suggestedCrs(render(metres, lang))).toBe('EPSG:4549') // not the range 4534–4554 named before it
      expect(suggestedCrs(render(prefixed, lang))).toBe('EPSG:4528')
      expect(suggestedCrs(render(lonLat, lang))).toBe('EPSG:4490')
      expect(suggestedCrs(render(said('not_zip'), lang))).toBeNull()
    }
  })

  it('sends only what was chosen, always in base64', () => {
    const body = requestBody(
      { name: 'a.dxf', base64: 'AAAA' },
      {
        crs: 'EPSG:4549',
        shifted: '',
        areaUnit: '',
        layer: ' 用地红线 ',
        repair: true,
        codeRule: '',
        codePrefix: 'x',
        profile: '',
      },
      null,
      true,
      'zh',
    )
    expect(body).toEqual({
      file_name: 'a.dxf',
      content: 'AAAA',
      content_encoding: 'base64',
      repair: true,
      dry_run: true,
      lang: 'zh',
      crs: 'EPSG:4549',
      layer: '用地红线',
    })
  })

  it('sends a code rule only when it is complete: a running number needs its prefix', () => {
    const options = { crs: '', shifted: '', areaUnit: '', layer: '', repair: false, profile: '' } as const
    const body = (codeRule: '' | 'number' | 'layer_handle', codePrefix: string) =>
      requestBody({ name: 'a.dxf', base64: 'A' }, { ...options, codeRule, codePrefix }, null, true, 'en').code_rule
    expect(body('number', ' FH-2026- ')).toEqual({ by: 'number', prefix: 'FH-2026-' })
    expect(body('number', ' ')).toBeUndefined()
    expect(body('layer_handle', '')).toEqual({ by: 'layer_handle' })
    expect(body('', 'FH-')).toBeUndefined()
  })
})
