import { pinyin } from 'pinyin-pro'

/** Pure: which parks and districts a search text names, in Chinese, English or pinyin (东海湾, Donghai Bay, donghaiwan). */

export interface PlaceName {
  id: number
  name: string
  name_en: string
}

/** Lower case, without spaces, hyphens or apostrophes: "Xi'an Hi-Tech" and "xianhitech" compare equal. */
const folded = (text: string) => text.toLowerCase().replace(/[\s'’\-·.]/g, '')

const syllables = (name: string) =>
  pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).map((s) => s.toLowerCase())

/** Initials need three letters at least: two ("xs") would name half the map. */
const MIN_INITIALS = 3

/** The forms of a name a search may match: the name itself, its English name, its pinyin and the pinyin initials. */
export function nameForms(place: PlaceName) {
  const spelled = syllables(place.name)
  return {
    chinese: place.name,
    english: folded(place.name_en),
    pinyin: spelled.join(''),
    initials: spelled.map((s) => s[0] ?? '').join(''),
  }
}

export type NameForms = ReturnType<typeof nameForms>

/** Whether the text is a part of one of the name's forms; latin text is compared case- and space-blind. */
export function namesMatch(forms: NameForms, text: string): boolean {
  const needle = text.trim()
  if (needle === '') return false
  if (forms.chinese.includes(needle)) return true
  // Digits, hyphens or underscores make it a code (NB-X1, XSLG-A1), which names no park or district.
  if (/[\d_-]/.test(needle)) return false
  const latin = folded(needle)
  if (latin === '' || !/^[a-z0-9]+$/.test(latin)) return false
  if (forms.english.includes(latin) || forms.pinyin.includes(latin)) return true
  return latin.length >= MIN_INITIALS && forms.initials.startsWith(latin)
}
