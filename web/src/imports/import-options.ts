import type { AreaUnit, ImportRequestBody, MappableField } from '../api/imports-client'

/** What the person importing chooses beside the file; empty strings mean "as the file says". */
export interface ImportOptions {
  crs: string
  shifted: '' | 'gcj02' | 'bd09'
  areaUnit: '' | AreaUnit
  layer: string
  repair: boolean
  /** How parcels without a code in the file are named: not at all (an error), a running number, or layer and handle. */
  codeRule: '' | 'number' | 'layer_handle'
  codePrefix: string
  /** A saved mapping applied over the proposal ('' none). */
  profile: string
}

export const defaultOptions: ImportOptions = {
  crs: '',
  shifted: '',
  areaUnit: '',
  layer: '',
  repair: false,
  codeRule: '',
  codePrefix: '',
  profile: '',
}

/** The request's code rule, when one is chosen (a running number needs its prefix). */
function codeRuleOf(options: ImportOptions): ImportRequestBody['code_rule'] {
  if (options.codeRule === 'layer_handle') return { by: 'layer_handle' }
  const prefix = options.codePrefix.trim()
  return options.codeRule === 'number' && prefix ? { by: 'number', prefix } : undefined
}

export const acceptedExtensions = ['.geojson', '.json', '.zip', '.xlsx', '.csv', '.kml', '.kmz', '.dxf']

/** The systems offered: CGCS2000 and WGS84 degrees, and the 3-degree zones without and with the zone prefix. */
export const crsChoices: readonly { code: string; zh: string; en: string }[] = [
  { code: 'EPSG:4490', zh: 'CGCS2000 经纬度', en: 'CGCS2000 lon/lat' },
  { code: 'EPSG:4326', zh: 'WGS84 经纬度（奥维、GPS）', en: 'WGS84 lon/lat (GPS)' },
  ...Array.from({ length: 21 }, (_, i) => ({
    code: `EPSG:${4534 + i}`,
    zh: `CGCS2000 3度带 中央经线 ${75 + 3 * i}°E`,
    en: `CGCS2000 3° GK, CM ${75 + 3 * i}°E`,
  })),
  ...Array.from({ length: 21 }, (_, i) => ({
    code: `EPSG:${4513 + i}`,
    zh: `CGCS2000 3度带 第${25 + i}带（X 带带号）`,
    en: `CGCS2000 3° GK zone ${25 + i} (prefixed X)`,
  })),
]

/** How a refusal names the system the data is probably in, in either language, most specific first. */
const suggestionPatterns = [
  /probably EPSG:(\d{4,5})/,
  /很可能是 EPSG:(\d{4,5})/,
  /looks like EPSG:(\d{4,5})(?![–-])/,
  /看来是 EPSG:(\d{4,5})/,
  /longitude\/latitude: EPSG:(\d{4,5})/,
  /经纬度：EPSG:(\d{4,5})/,
]

/** The EPSG code a refusal recommends ("…here probably EPSG:4549", "看来是 EPSG:4528"), if it names one. */
export function suggestedCrs(message: string): string | null {
  for (const pattern of suggestionPatterns) {
    const match = pattern.exec(message)
    if (match) return `EPSG:${match[1]}`
  }
  return null
}

export function requestBody(
  file: { name: string; base64: string },
  options: ImportOptions,
  mapping: Record<string, MappableField> | null,
  dryRun: boolean,
  lang: 'zh' | 'en',
): ImportRequestBody {
  return {
    file_name: file.name,
    content: file.base64,
    content_encoding: 'base64',
    repair: options.repair,
    dry_run: dryRun,
    lang,
    ...(options.crs ? { crs: options.crs } : {}),
    ...(options.shifted ? { shifted: options.shifted } : {}),
    ...(options.areaUnit ? { area_unit: options.areaUnit } : {}),
    ...(options.layer.trim() ? { layer: options.layer.trim() } : {}),
    ...(mapping ? { mapping } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(codeRuleOf(options) ? { code_rule: codeRuleOf(options) } : {}),
  }
}
