/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (digits and capitals without I, O, S, V, Z); the last is a
 * check character computed from the first 17 with weights 3^i mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The code as people type it: capitals, without spaces or dashes. */
export const normaliseCreditCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase()

/** The check character for the first 17 characters, or null when one of them is not in the code's alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? '')
    if (value < 0) return null
    sum += value * WEIGHTS[i]!
  }
  return CHARSET[(31 - (sum % 31)) % 31]!
}

export type CreditCodeProblem = 'length' | 'character' | 'check_digit'

/** Why a code is not a valid 统一社会信用代码, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  const normal = normaliseCreditCode(code)
  if (normal.length !== 18) return 'length'
  const check = creditCodeCheckCharacter(normal.slice(0, 17))
  if (check === null || !CHARSET.includes(normal[17]!)) return 'character'
  return check === normal[17] ? null : 'check_digit'
}

/**
 * A company's name as two reports of it are compared: no spaces or brackets' width differences, and without the legal
 * form and the usual place prefix, so 宁波某某科技有限公司 and 某某科技（宁波）有限公司 meet.
 */
export function normaliseCompanyName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s()（）【】[\]·.,，、]/g, '')
    .replace(/(股份有限公司|有限责任公司|有限公司|集团|股份|公司|co\.?ltd|coltd|ltd|inc|corp(oration)?|limited)$/gi, '')
    .replace(/^(中国|浙江省?|宁波市?|嘉兴市?|金华市?|襄阳市?)/, '')
    .replace(/(中国|浙江|宁波|嘉兴|金华|襄阳)/g, '')
    .toLowerCase()
}
