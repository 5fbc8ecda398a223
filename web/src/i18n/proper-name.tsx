import { useI18n } from './i18n'
import { useRomanized } from './use-romanized'

/** A record's name for the reader: its English name where stored, in English otherwise its Chinese name in pinyin. */
export function ProperName({ name, name_en }: { name: string; name_en?: string | null }) {
  const { lang } = useI18n()
  const romanized = useRomanized(lang === 'en' && !name_en ? name : null, lang)
  if (lang === 'zh') return <>{name}</>
  return <>{name_en || romanized || name}</>
}
