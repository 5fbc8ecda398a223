/** The hostile inputs the fuzz test sends, and plausible values for everything else, read from OpenAPI schemas. */

export interface BodySchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  example?: unknown
  default?: unknown
  format?: string
  minimum?: number
  properties?: Record<string, BodySchema>
  required?: string[]
  items?: BodySchema
  anyOf?: BodySchema[]
  oneOf?: BodySchema[]
  allOf?: BodySchema[]
}

export interface OpenApiParameter {
  name: string
  in: string
  schema?: BodySchema
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[]
  requestBody?: { content?: Record<string, { schema?: BodySchema }> }
}

interface Hostile {
  label: string
  /** As a path or query value. */
  text: string
  /** As a JSON body field. */
  json: unknown
}

export const hostileValues: Hostile[] = [
  { label: 'NUL', text: 'a\u0000b', json: 'a\u0000b' },
  { label: 'control character', text: 'a\u001bb', json: 'a\u001bb' },
  { label: 'overlong string', text: 'x'.repeat(20_000), json: 'x'.repeat(20_000) },
  { label: 'huge number', text: '2147483648', json: 2_147_483_648 },
  { label: 'huger number', text: '99999999999999999999999', json: 1e300 },
  { label: 'negative', text: '-1', json: -1 },
  { label: 'hexadecimal', text: '0x10', json: '0x10' },
  { label: 'exponent', text: '1e3', json: '1e3' },
  { label: 'impossible date', text: '2026-02-30', json: '2026-02-30' },
  { label: 'wrong type', text: '{"a":1}', json: { a: [1, { b: null }] } },
  { label: 'array', text: 'a,b,c', json: [1, 'a', null] },
  { label: 'emoji and surrogates', text: '地块😀', json: '地块😀\ud800' },
]

/** A value that passes a parameter's own check, so the other parameters are what is being tried. */
export function parameterValue(p: OpenApiParameter): string {
  const schema = p.schema ?? {}
  if (schema.enum?.length) return String(schema.enum[0])
  if (schema.example !== undefined) return String(schema.example)
  if (schema.type === 'integer' || schema.type === 'number') return String(Math.max(1, schema.minimum ?? 1))
  return 'x'
}

function resolve(schema: BodySchema | undefined, components: Record<string, BodySchema>): BodySchema {
  if (!schema?.$ref) return schema ?? {}
  return resolve(components[schema.$ref.replace('#/components/schemas/', '')], components)
}

/** A plausible instance of a schema: enough that a body reaches past its first check. */
function instanceOf(raw: BodySchema | undefined, components: Record<string, BodySchema>, depth = 0): unknown {
  const schema = resolve(raw, components)
  if (depth > 4) return null
  if (schema.example !== undefined) return schema.example
  if (schema.default !== undefined) return schema.default
  if (schema.enum?.length) return schema.enum[0]
  const alternative = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0]
  if (alternative) return instanceOf(alternative, components, depth + 1)
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  if (type === 'object' || schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([k, v]) => [k, instanceOf(v, components, depth + 1)]),
    )
  }
  if (type === 'array') return [instanceOf(schema.items, components, depth + 1)]
  if (type === 'integer' || type === 'number') return Math.max(1, schema.minimum ?? 1)
  if (type === 'boolean') return true
  if (schema.format === 'date') return '2026-01-15'
  return 'x'
}

export function exampleBody(operation: OpenApiOperation, components: Record<string, BodySchema>): unknown {
  const schema = operation.requestBody?.content?.['application/json']?.schema
  return schema ? instanceOf(schema, components) : undefined
}
