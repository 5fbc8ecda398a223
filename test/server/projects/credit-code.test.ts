import { describe, expect, it } from 'vitest'
import {
  creditCodeCheckCharacter,
  creditCodeProblem,
  normaliseCompanyName,
} from '../../../server/projects/credit-code.js'

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes whose check character matches, as typed with spaces or in lower case', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('91110000600037341L')).toBeNull()
    expect(creditCodeProblem('9111 0000 6000 3734 1l')).toBeNull()
  })

  it('computes the check character from the weighted sum mod 31, and none from a character outside the alphabet', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3')
    expect(creditCodeCheckCharacter('91350100M000100YI')).toBeNull()
  })

  it('names what is wrong: the check character, a letter outside the alphabet, the length', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check_digit')
    expect(creditCodeProblem('91350100M000100O43')).toBe('character')
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length')
  })
})

describe('company names as two reports are compared', () => {
  it('meets whatever the brackets, the place and the legal form', () => {
    expect(normaliseCompanyName('宁波海天精工科技有限公司')).toBe(normaliseCompanyName('海天精工科技（宁波）有限公司'))
    expect(normaliseCompanyName('海天精工科技股份有限公司')).toBe('海天精工科技')
    expect(normaliseCompanyName('海天精工')).not.toBe(normaliseCompanyName('海天塑机'))
  })
})
