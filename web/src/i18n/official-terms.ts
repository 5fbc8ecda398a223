import type { Lang } from './messages'

/** Pure: the offices and figures of the documents in English (the ones the chains name), and figures with units. */

const OFFICES: [string, string][] = [
  ['副县长', 'Deputy county head'],
  ['副区长', 'Deputy district head'],
  ['副市长', 'Deputy mayor'],
  ['县长', 'County head'],
  ['区长', 'District head'],
  ['链长', 'chain chief'],
  ['链主', 'chain leader firm'],
  ['县经信局', 'County Bureau of Economy and Information Technology'],
  ['区经信局', 'District Bureau of Economy and Information Technology'],
  ['市经信局', 'Municipal Bureau of Economy and Information Technology'],
  ['县商务局', 'County Bureau of Commerce'],
  ['区商务局', 'District Bureau of Commerce'],
  ['县发改局', 'County Development and Reform Bureau'],
  ['区发改局', 'District Development and Reform Bureau'],
]

/** An office as the documents write it, in English where known: 副县长（链长） → Deputy county head (chain chief). */
export function officeText(text: string, lang: Lang): string {
  if (lang === 'zh') return text
  let english = text
  for (const [zh, en] of OFFICES) english = english.replaceAll(zh, en)
  return english.replace(/（/g, ' (').replace(/）/g, ')').trim()
}

const UNITS: Record<string, (n: number) => string> = {
  亿元: (n) => `CNY ${format(n / 10)} billion`,
  万元: (n) => (n >= 100 ? `CNY ${format(n / 100)} million` : `CNY ${format(n * 10_000)}`),
  元: (n) => `CNY ${format(n)}`,
  家: (n) => `${format(n)} firms`,
  个: (n) => format(n),
  项: (n) => `${format(n)} projects`,
  亩: (n) => `${format(n)} mu`,
  '%': (n) => `${format(n)}%`,
}

const format = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

/** A figure as its chief reports it ("186亿元", "54家"), in English with its unit ("CNY 18.6 billion", "54 firms"). */
export function figureText(value: string, lang: Lang): string {
  if (lang === 'zh') return value
  const match = /^\s*([\d,.]+)\s*(亿元|万元|元|家|个|项|亩|%)\s*$/.exec(value)
  if (!match) return value
  const n = Number(match[1]!.replaceAll(',', ''))
  return Number.isFinite(n) ? UNITS[match[2]!]!(n) : value
}
