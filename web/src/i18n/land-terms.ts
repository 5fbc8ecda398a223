import type { Lang } from './messages'

/**
 * Pure: land terms an investor reads in English. Land-use classes of the national classification (国土空间调查、规划、
 * 用途管制用地用海分类指南, 2020), by code; a code not listed takes its nearest listed class.
 */
const LAND_USE_EN: Record<string, string> = {
  '09': 'Commercial and service land',
  '0901': 'Commercial land',
  '0902': 'Business and finance land',
  '10': 'Industrial and mining land',
  '1001': 'Industrial land',
  '100101': 'Class I industrial land (light nuisance)',
  '100102': 'Class II industrial land (moderate nuisance)',
  '100103': 'Class III industrial land (heavy nuisance)',
  '11': 'Storage land',
  '1101': 'Logistics and warehousing land',
  '1102': 'Strategic reserve storage land',
}

const LAND_USE_ZH: Record<string, string> = {
  '09': '商业服务业用地',
  '0901': '商业用地',
  '0902': '商务金融用地',
  '10': '工矿用地',
  '1001': '工业用地',
  '100101': '一类工业用地',
  '100102': '二类工业用地',
  '100103': '三类工业用地',
  '11': '仓储用地',
  '1101': '物流仓储用地',
  '1102': '储备库用地',
}

/** The class a code falls in: itself when listed, else its nearest listed parent (a code's prefixes). */
function nearestClass(names: Record<string, string>, code: string): string | undefined {
  for (let length = code.length; length >= 2; length--) {
    const name = names[code.slice(0, length)]
    if (name) return name
  }
  return undefined
}

/** The land-use name in the reader's language, with its code: 一类工业用地（100101） / Class I industrial land (100101). */
export function landUseText(code: string, chineseName: string | null, lang: Lang): string {
  if (lang === 'zh') return `${chineseName ?? nearestClass(LAND_USE_ZH, code) ?? code}（${code}）`
  return `${nearestClass(LAND_USE_EN, code) ?? chineseName ?? code} (${code})`
}

/** 1 mu = 666.67 m² (DOMAIN.md). */
const M2_PER_MU = 10_000 / 15

/**
 * A starting price given in 万元/亩 as a reader expects it: "30.1 万元/亩", or in English the yuan per mu and per m²
 * ("CNY 301,000 per mu (CNY 451 per m²)"), never "30.1 10k CNY/mu".
 */
export function priceText(wanPerMu: number, lang: Lang): string {
  if (lang === 'zh') return `${wanPerMu.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元/亩`
  const perMu = Math.round(wanPerMu * 10_000)
  const perM2 = Math.round((wanPerMu * 10_000) / M2_PER_MU)
  return `CNY ${perMu.toLocaleString('en-US')} per mu (CNY ${perM2.toLocaleString('en-US')} per m²)`
}

const SIDES: Record<string, string> = { 东: 'East', 南: 'South', 西: 'West', 北: 'North' }

/**
 * 四至 (what a parcel borders on each side) as recorded; in English the sides are named and the bordering roads and
 * plots, proper names, stay as written: "东至经二路，南至纬一路" → "East: 经二路; South: 纬一路".
 */
export function boundariesText(text: string, lang: Lang): string {
  if (lang === 'zh') return text
  return text
    .replace(/([东南西北])至/g, (_, side: string) => `${SIDES[side]}: `)
    .replace(/[，；。]\s*/g, '; ')
    .replace(/;\s*$/, '')
}

const GRADES: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' }

/**
 * A 标准地 environmental standard in English, for the phrases the bureaus use ("声环境3类区，污染物排放执行GB 8978
 * 一级标准" → "Noise zone class 3; discharges to GB 8978 grade 1"); other wording stays as written.
 */
export function environmentText(text: string, lang: Lang): string {
  if (lang === 'zh') return text
  return text
    .replace(/声环境\s*(\d)\s*类区/g, 'Noise zone class $1')
    .replace(/污染物排放执行\s*(GB[\s/T]*[\d.-]+)\s*([一二三四])级标准/g, (_, code: string, grade: string) => {
      return `discharges to ${code.trim()} grade ${GRADES[grade]}`
    })
    .replace(/[，；]\s*/g, '; ')
}

/** A ratio kept as a fraction (0.6) or as a percentage (60), shown as a percentage. */
export const percentText = (value: number) => `${value <= 1 ? Math.round(value * 1000) / 10 : value}%`
