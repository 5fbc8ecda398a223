import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../server/config.js'

describe('loadConfig', () => {
  it('defaults to port 8080, embedded PGlite in ./.data/pglite, demo data and no basemap', () => {
    const config = loadConfig({})
    expect(config.port).toBe(8080)
    expect(config.database).toMatchObject({ kind: 'pglite' })
    expect(config.database.kind === 'pglite' && config.database.dir.endsWith('.data/pglite')).toBe(true)
    expect(config.demo).toBe(true)
    expect(config.basemap.kind).toBe('none')
  })

  it('listens on this machine only, trusts no proxy and keeps demo passwords beside the data unless told otherwise', () => {
    const config = loadConfig({})
    expect(config.host).toBe('127.0.0.1')
    expect(config.trustProxy).toBe(false)
    expect(config.demoAccountsFile.endsWith('.data/demo-accounts.json')).toBe(true)
    expect(loadConfig({ HOST: '0.0.0.0', TRUST_PROXY: '1' })).toMatchObject({ host: '0.0.0.0', trustProxy: true })
  })

  it('uses PostgreSQL for DATABASE_URL and loads no demo data into it unless DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db' })).toMatchObject({
      database: { kind: 'postgres' },
      demo: false,
    })
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db', DEMO: '1' }).demo).toBe(true)
    expect(loadConfig({ DEMO: '0' }).demo).toBe(false)
  })

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => loadConfig({ BASEMAP: 'google' })).toThrow(/BASEMAP/)
    expect(() => loadConfig({ BASEMAP: 'tianditu' })).toThrow(/TIANDITU_KEY/)
  })

  it('is frozen, down to nested objects', () => {
    const config = loadConfig({ PORT: '9000' })
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.basemap)).toBe(true)
    expect(() => {
      ;(config as { port: number }).port = 1
    }).toThrow(TypeError)
  })
})
