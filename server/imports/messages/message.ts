/** One message of the import engine in both languages the product speaks; its parameters typed. */
export type Params = Record<string, string | number>

export interface Message<P extends Params> {
  en: (p: P) => string
  zh: (p: P) => string
}

export const message = <P extends Params = Record<string, never>>(
  en: (p: P) => string,
  zh: (p: P) => string,
): Message<P> => ({ en, zh })

/** "all 3" or "2 of 3": how many of a sample. */
export const ofAll = (n: number, total: number) => ({
  en: n === total ? `all ${total}` : `${n} of ${total}`,
  zh: n === total ? `全部 ${total} 个` : `${total} 个中的 ${n} 个`,
})
