/**
 * Pure: codes for the parcels a file leaves unnamed (a CAD drawing of red lines without text labels), by a rule the
 * planner gives, so such a file can be imported at all. A parcel the file names keeps its code; the report says which
 * rule named each parcel.
 * - `number`: the prefix and a running number (FH-2026-001, FH-2026-002…) in the file's order, skipping codes the
 *   file already uses;
 * - `layer_handle`: the CAD layer and the entity's handle (红线-1F3), stable across exports of the same drawing.
 */
import type { ReadFeature } from './geojson-reader.js'

export type CodeRule = { by: 'number'; prefix: string } | { by: 'layer_handle' }
export const codeSources = ['file', 'number', 'layer_handle'] as const
export type CodeFrom = (typeof codeSources)[number]

/** The columns a DXF reading gives each outline (dxf-reader.ts): its layer and its handle. */
export const DXF_LAYER_COLUMN = '图层'
export const DXF_HANDLE_COLUMN = '句柄'

function numbered(prefix: string, count: number, taken: ReadonlySet<string>) {
  const width = Math.max(3, String(count).length)
  let next = 1
  return () => {
    let code = ''
    do code = `${prefix}${String(next++).padStart(width, '0')}`
    while (taken.has(code))
    return code
  }
}

/**
 * The features with a code where the file has none (in `codeColumn`), and by what rule each row got its code (rows
 * still without one are not listed). Without a rule or a code column, the features are as read.
 */
export function nameUnlabelled(
  features: readonly ReadFeature[],
  codeColumn: string | null,
  rule: CodeRule | undefined,
): { features: ReadFeature[]; codeFrom: Map<number, CodeFrom> } {
  const codeFrom = new Map<number, CodeFrom>()
  const codeOf = (f: ReadFeature) => (codeColumn ? (f.properties[codeColumn] ?? '').trim() : '')
  for (const f of features) if (codeOf(f) !== '') codeFrom.set(f.row, 'file')
  if (!rule || codeColumn === null) return { features: [...features], codeFrom }
  const unnamed = features.filter((f) => codeOf(f) === '')
  const next = numbered(rule.by === 'number' ? rule.prefix : '', unnamed.length, new Set(features.map(codeOf)))
  const named = features.map((f) => {
    if (codeOf(f) !== '') return f
    const layer = f.properties[DXF_LAYER_COLUMN] ?? ''
    const handle = f.properties[DXF_HANDLE_COLUMN] ?? ''
    const code = rule.by === 'number' ? next() : handle ? `${layer}-${handle}` : ''
    if (code === '') return f
    codeFrom.set(f.row, rule.by)
    return { ...f, properties: { ...f.properties, [codeColumn]: code } }
  })
  return { features: named, codeFrom }
}
