import { html } from 'hono/html'
import type { DbOrTrx } from '../db/database.js'
import { DEFAULT_BLOCK_STATUSES } from '../land/blocks.js'
import { currentBlocks } from '../land/blocks-cache.js'
import { parcelFeature } from '../land/parcels.repo.js'
import { buildingFeature } from '../space/buildings.repo.js'

/**
 * Link previews (Open Graph) for the pages investors send on: a parcel's, a block's or a building's sheet, or the map
 * opened on one.
 * Built from what the public may see only: an unpublished parcel gets the site's generic preview.
 */
export interface LinkPreview {
  title: string
  description: string
}

type Lang = 'zh' | 'en'

const words = {
  zh: { mu: '亩', block: '连片土地', price: '起始价', priceUnit: '万元/亩', site: '招商一张图' },
  en: {
    mu: 'mu',
    block: 'contiguous land',
    price: 'starting price',
    priceUnit: '10,000 CNY per mu',
    site: 'Invest Atlas',
  },
} as const

type Previewed =
  | { kind: 'parcel'; id: number }
  | { kind: 'building'; id: number }
  | { kind: 'block'; id: string }
  | { kind: 'site'; ids: number[] }

const RECORD_ID = /^[1-9]\d{0,9}$/
const isRecordId = (id: string) => RECORD_ID.test(id) && Number(id) <= 2_147_483_647

/**
 * What the path (and its query) names: a parcel by id or a block by id, from a sheet's path or the map's link, or an
 * assembled site's parcels (`/site/12,13,14`).
 */
export function previewedRecord(url: URL): Previewed | null {
  const site = /^\/site\/(\d{1,9}(?:,\d{1,9}){0,49})$/.exec(url.pathname)
  if (site) return { kind: 'site', ids: site[1]!.split(',').map(Number) }
  const building = /^\/sheet\/building\/([^/]+)$/.exec(url.pathname)?.[1] ?? url.searchParams.get('building')
  if (building !== null && isRecordId(building)) return { kind: 'building', id: Number(building) }
  const sheet = /^\/sheet\/(parcel|block)\/([^/]+)$/.exec(url.pathname)
  const kind =
    sheet?.[1] ?? (url.searchParams.has('parcel') ? 'parcel' : url.searchParams.has('block') ? 'block' : null)
  const id = sheet ? decodeURIComponent(sheet[2]!) : (url.searchParams.get(kind ?? '') ?? '')
  if (kind === 'parcel' && isRecordId(id)) return { kind, id: Number(id) }
  if (kind === 'block' && /^B-[^\s/]{1,64}$/u.test(id)) return { kind, id }
  return null
}

async function parcelPreview(db: DbOrTrx, id: number, lang: Lang): Promise<LinkPreview | null> {
  const found = await parcelFeature(db, id, 'public')
  if (!found) return null
  const p = (JSON.parse(found.feature) as { properties: Record<string, string | number | null> }).properties
  const w = words[lang]
  const name = (zh: string, en: string) => String((lang === 'en' && p[en]) || p[zh] || '')
  const price = p.start_price === null ? '' : ` · ${w.price} ${p.start_price} ${w.priceUnit}`
  return {
    title: `${p.code} · ${p.area_mu} ${w.mu} · ${name('region_name', 'region_name_en')}`,
    description: `${name('park_name', 'park_name_en')} · ${lang === 'en' ? `land use ${p.land_use}` : p.land_use_name}${price} · ${w.site}`,
  }
}

async function blockPreview(db: DbOrTrx, id: string, lang: Lang): Promise<LinkPreview | null> {
  const blocks = await currentBlocks(
    db,
    { statuses: DEFAULT_BLOCK_STATUSES, audience: 'public' },
    { gapM: 0, minMu: 100 },
  )
  const b = blocks.find((block) => block.id === id)
  if (!b) return null
  const w = words[lang]
  const places = lang === 'en' ? [...b.regionsEn, ...b.parksEn] : [...b.regions, ...b.parks]
  return {
    title: `${b.id} · ${Math.round(b.totalMu * 10) / 10} ${w.mu} ${w.block}`,
    description: `${places.join(' · ')} · ${w.site}`,
  }
}

/** A building the public may see: its name, the space it offers, where it stands. */
async function buildingPreview(db: DbOrTrx, id: number, lang: Lang): Promise<LinkPreview | null> {
  const found = await buildingFeature(db, id, 'public')
  if (!found) return null
  const b = found.properties
  const en = lang === 'en'
  const place = en ? b.region_name_en : b.region_name
  return {
    title: `${(en && b.name_en) || b.name} · ${Math.round(b.available_m2)} ㎡`,
    description: `${place} · ${words[lang].site}`,
  }
}

/** An assembled site: its parcels' codes and their total, when every one of them is published. */
async function sitePreview(db: DbOrTrx, ids: readonly number[], lang: Lang): Promise<LinkPreview | null> {
  const parcels = await Promise.all(ids.map((id) => parcelFeature(db, id, 'public')))
  if (parcels.some((p) => !p)) return null
  const properties = parcels.map(
    (p) => (JSON.parse(p!.feature) as { properties: { code: string; area_mu: number } }).properties,
  )
  const totalMu = Math.round(properties.reduce((sum, p) => sum + p.area_mu, 0) * 10) / 10
  const w = words[lang]
  return { title: `${properties.map((p) => p.code).join(' + ')} · ${totalMu} ${w.mu}`, description: w.site }
}

export async function linkPreview(db: DbOrTrx, url: URL): Promise<LinkPreview | null> {
  const record = previewedRecord(url)
  const lang: Lang = url.searchParams.get('lang') === 'en' ? 'en' : 'zh'
  if (!record) return null
  if (record.kind === 'site') return sitePreview(db, record.ids, lang)
  if (record.kind === 'building') return buildingPreview(db, record.id, lang)
  return record.kind === 'parcel' ? parcelPreview(db, record.id, lang) : blockPreview(db, record.id, lang)
}

/** The Open Graph tags, escaped, put before </head> of the app's page. */
export async function withPreview(indexHtml: string, preview: LinkPreview, url: URL): Promise<string> {
  const image = new URL('/og-image.png', url).toString()
  const tags = await html`<meta property="og:type" content="website" />
    <meta property="og:title" content="${preview.title}" />
    <meta property="og:description" content="${preview.description}" />
    <meta property="og:image" content="${image}" />
    <meta property="og:url" content="${url.toString()}" />
    <meta name="description" content="${preview.description}" />
    <title>${preview.title}</title>`
  return indexHtml.replace(/<title>[^<]*<\/title>/, '').replace('</head>', `${tags}</head>`)
}
