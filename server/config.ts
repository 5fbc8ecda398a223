import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { defaultLoadLimits, type LoadLimits } from './http/load-shedding.js'
import { loadPipelineConfig, type PipelineConfig } from './projects/pipeline-config.js'

/** A chain segment with fewer local firms than this is a gap (补链), unless the chain sets its own threshold. */
export const DEFAULT_CHAIN_GAP_THRESHOLD = 2

const basemapSchema = z.enum(['none', 'osm', 'tianditu'])

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default('./.data/pglite'),
  DEMO: z.enum(['0', '1']).optional(),
  DEMO_ACCOUNTS_FILE: z.string().optional(),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  BASEMAP: basemapSchema.default('none'),
  TIANDITU_KEY: z.string().optional(),
  OSM_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  SESSION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: z.enum(['0', '1']).default('0'),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  PIPELINE_RULES_FILE: z.string().optional(),
  TIME_ZONE: z.string().default('Asia/Shanghai'),
  CHAIN_GAP_THRESHOLD: z.coerce.number().int().min(1).max(100).default(DEFAULT_CHAIN_GAP_THRESHOLD),
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(1000).optional(),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).optional(),
  MAX_QUEUE_WAIT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  LEADS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  LEAD_MIN_FILL_SECONDS: z.coerce.number().min(0).max(600).default(3),
})

export type BasemapKind = z.infer<typeof basemapSchema>

export interface Config {
  readonly port: number
  readonly host: string
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string }
    | { readonly kind: 'pglite'; readonly dir: string }
  /** Load the generated demonstration data into an empty database on start. */
  readonly demo: boolean
  /** Demo mode: where the generated demo passwords are kept (readable by the server's user only). */
  readonly demoAccountsFile: string
  /** A reverse proxy of ours sits in front: take the client's address and scheme from its X-Forwarded-* headers. */
  readonly trustProxy: boolean
  readonly basemap: { readonly kind: BasemapKind; readonly tiandituKey?: string; readonly osmTileUrl: string }
  readonly sessionHours: number
  /** Mark the session cookie Secure: set COOKIE_SECURE=1 whenever the site is served over HTTPS. */
  readonly secureCookies: boolean
  /** Each SQL statement a request runs is cancelled after this long (PostgreSQL; PGlite cannot interrupt a query). */
  readonly statementTimeoutMs: number
  /** Thresholds of the pipeline's rules (DOMAIN rules 3–7); the documents' values unless PIPELINE_RULES_FILE overrides them. */
  readonly pipeline: PipelineConfig
  /** Dates such as "today" for deadlines are taken in this zone (the jurisdiction's). */
  readonly timeZone: string
  /** A chain segment with fewer local firms than this is a gap, unless the chain sets its own threshold. */
  readonly chainGapThreshold: number
  /** API requests answered at once, waiting, and how long they may wait before a 503 (sized per database). */
  readonly load: LoadLimits
  /** The public interest form: submissions per client address per hour, and how fast a person can fill it at best. */
  readonly leads: { readonly perHour: number; readonly minFillSeconds: number }
}

/** Reads the environment once; the result is frozen so nothing can drift at run time. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`)
  }
  const e = parsed.data
  if (e.BASEMAP === 'tianditu' && !e.TIANDITU_KEY) {
    throw new Error('BASEMAP=tianditu needs TIANDITU_KEY (a 天地图 key for this site)')
  }
  const database = e.DATABASE_URL
    ? { kind: 'postgres' as const, url: e.DATABASE_URL }
    : { kind: 'pglite' as const, dir: resolve(e.PGLITE_DIR) }
  return deepFreeze({
    port: e.PORT,
    host: e.HOST,
    database,
    // Demo data goes into the embedded database by default, never silently into a real server.
    demo: e.DEMO ? e.DEMO === '1' : database.kind === 'pglite',
    demoAccountsFile: resolve(e.DEMO_ACCOUNTS_FILE ?? join(dirname(resolve(e.PGLITE_DIR)), 'demo-accounts.json')),
    trustProxy: e.TRUST_PROXY === '1',
    basemap: { kind: e.BASEMAP, tiandituKey: e.TIANDITU_KEY, osmTileUrl: e.OSM_TILE_URL },
    sessionHours: e.SESSION_HOURS,
    secureCookies: e.COOKIE_SECURE === '1',
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    pipeline: loadPipelineConfig(e.PIPELINE_RULES_FILE),
    timeZone: validTimeZone(e.TIME_ZONE),
    chainGapThreshold: e.CHAIN_GAP_THRESHOLD,
    load: {
      concurrent: e.MAX_CONCURRENT_REQUESTS ?? defaultLoadLimits[database.kind].concurrent,
      queued: e.MAX_QUEUED_REQUESTS ?? defaultLoadLimits[database.kind].queued,
      waitMs: e.MAX_QUEUE_WAIT_MS ?? defaultLoadLimits[database.kind].waitMs,
    },
    leads: { perHour: e.LEADS_PER_HOUR, minFillSeconds: e.LEAD_MIN_FILL_SECONDS },
  })
}

function validTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    throw new Error(`Invalid environment variable TIME_ZONE: ${zone} is not an IANA time zone`)
  }
  return zone
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child)
  }
  return Object.freeze(value)
}
