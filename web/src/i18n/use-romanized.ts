import { useQuery } from '@tanstack/react-query'
import type { Lang } from './messages'
import { romanize } from './romanize'

const CHINESE = /[\u4e00-\u9fff]/

/**
 * Text with its Chinese proper names in pinyin for English readers (the text as it is in Chinese, or until pinyin-pro,
 * loaded only when English needs it, has arrived).
 */
export function useRomanized(text: string | null, lang: Lang): string | null {
  const needed = lang === 'en' && text !== null && CHINESE.test(text)
  const { data: spell } = useQuery({
    queryKey: ['pinyin-pro'],
    queryFn: async () => {
      const { pinyin } = await import('pinyin-pro')
      return (run: string) => pinyin(run, { toneType: 'none', type: 'array', v: true })
    },
    enabled: needed,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return needed && spell ? romanize(text, spell) : text
}
