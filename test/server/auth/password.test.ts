import { describe, expect, it } from 'vitest'
import { hashPassword, unmatchableHash, verifyPassword } from '../../../server/auth/password.js'

describe('password hashing (scrypt)', () => {
  it('verifies the right password and rejects others', async () => {
    const hash = await hashPassword('correct horse 电池 staple')
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(await verifyPassword('correct horse 电池 staple', hash)).toBe(true)
    expect(await verifyPassword('correct horse 电池 staplE', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
  })

  it('salts every hash, so equal passwords do not show', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'))
  })

  it('rejects malformed stored hashes and the dummy hash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false)
    expect(await verifyPassword('x', unmatchableHash)).toBe(false)
  })
})
