/** Pure: Chinese proper names in pinyin for English readers, as maps write them: 经二路 → Jing'er Road. */

/** Generic parts of a place name, written in English after the name's own part. */
const GENERIC: [string, string][] = [
  ['股份有限公司', 'Co., Ltd.'],
  ['有限公司', 'Co., Ltd.'],
  ['集团', 'Group'],
  ['大道', 'Avenue'],
  ['路', 'Road'],
  ['街', 'Street'],
  ['道', 'Road'],
  ['桥', 'Bridge'],
  ['河', 'River'],
  ['江', 'River'],
  ['港', 'Port'],
  ['村', 'Village'],
  ['镇', 'Town'],
]

/** The syllables of Chinese text, without tones (pinyin-pro's `pinyin(text, { type: 'array', toneType: 'none' })`). */
export type Syllables = (text: string) => string[]

/** Syllables as one word: an apostrophe before a, o or e after the first (Xi'an, Jing'er), the first letter capital. */
function word(syllables: readonly string[]): string {
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('')
  return joined.charAt(0).toUpperCase() + joined.slice(1)
}

/** Places a firm's name often starts with, written as a word of their own: 宁波东海风能 → Ningbo Donghaifengneng. */
const LEADING_PLACES = [
  '宁波',
  '浙江',
  '杭州',
  '上海',
  '象山',
  '奉化',
  '宁海',
  '慈溪',
  '余姚',
  '镇海',
  '北仑',
  '鄞州',
  '海曙',
]

function ownWords(own: string, spell: Syllables): string {
  const place = LEADING_PLACES.find((p) => own.startsWith(p) && own.length > p.length)
  return place ? `${word(spell(place))} ${word(spell(own.slice(place.length)))}` : word(spell(own))
}

function romanizeName(name: string, spell: Syllables): string {
  const generic = GENERIC.find(([zh]) => name.endsWith(zh) && name.length > zh.length)
  const own = generic ? name.slice(0, -generic[0].length) : name
  return generic ? `${ownWords(own, spell)} ${generic[1]}` : ownWords(own, spell)
}

/** Every run of Chinese characters in the text as a romanized name; everything else as it is. */
export function romanize(text: string, spell: Syllables): string {
  return text.replace(/[\u4e00-\u9fff]+/g, (run) => romanizeName(run, spell))
}
