/** The files an import reads, told by their extension when the caller does not say. */
export const importFormats = ['geojson', 'shapefile', 'xlsx', 'csv', 'kml', 'kmz', 'dxf'] as const
export type ImportFormat = (typeof importFormats)[number]

/** Formats whose content may be sent as text; every format may be sent as base64. */
export const textFormats: readonly ImportFormat[] = ['geojson', 'kml', 'csv', 'dxf']

const byExtension: Readonly<Record<string, ImportFormat>> = {
  geojson: 'geojson',
  json: 'geojson',
  zip: 'shapefile',
  xlsx: 'xlsx',
  csv: 'csv',
  txt: 'csv',
  kml: 'kml',
  kmz: 'kmz',
  dxf: 'dxf',
}

export function formatOfFileName(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  return extension ? (byExtension[extension] ?? null) : null
}
