import { describe, expect, it } from 'vitest'
import { type ErrorCode, errorStatuses } from '../../../server/http/api-error.js'
import { useAccessApp } from '../../support/access-app.js'
import {
  type BodySchema,
  exampleBody,
  hostileValues,
  type OpenApiOperation,
  parameterValue,
} from '../../support/fuzz-values.js'
import { call, signIn, type TestSession } from '../../support/sessions.js'

const env = useAccessApp()

const SLOW_MS = 5000
/** What no answer may carry: a stack frame, SQL text or a PostgreSQL message. */
const internals =
  /\bat \S+ \(|node_modules|\.ts:\d+|\bSELECT\b|\bINSERT INTO\b|violates|constraint "|syntax error|invalid input syntax|relation "|column "/

interface Finding {
  request: string
  problem: string
}

interface OpenApiDoc {
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: { schemas?: Record<string, BodySchema> }
}

/** Every operation, every parameter and top-level body field, each hostile value, one at a time. */
function* requests(doc: OpenApiDoc) {
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (path === '/auth/logout') continue // would end the fuzzing session itself
      const parameters = operation.parameters ?? []
      const base = Object.fromEntries(parameters.map((p) => [p.name, parameterValue(p)]))
      const body = exampleBody(operation, doc.components?.schemas ?? {})
      for (const target of parameters) {
        for (const hostile of hostileValues)
          yield {
            method,
            path,
            values: { ...base, [target.name]: hostile.text },
            body,
            label: `${target.name}=${hostile.label}`,
          }
      }
      if (body && typeof body === 'object' && !Array.isArray(body)) {
        for (const field of Object.keys(body)) {
          for (const hostile of hostileValues)
            yield {
              method,
              path,
              values: base,
              body: { ...body, [field]: hostile.json },
              label: `body.${field}=${hostile.label}`,
            }
        }
      }
    }
  }
}

function urlOf(path: string, values: Record<string, string>, parameters: OpenApiOperation['parameters'] = []) {
  let url = `/api${path}`
  const query = new URLSearchParams()
  for (const p of parameters) {
    const value = values[p.name]
    if (value === undefined) continue
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(value))
    else if (p.in === 'query') query.set(p.name, value)
  }
  const text = query.toString()
  return text ? `${url}?${text}` : url
}

/** A refusal names its failure from the one list (errorStatuses), answered with that failure's status. */
function knownCode(text: string, status: number): boolean {
  try {
    const { code } = JSON.parse(text) as { code: string }
    return code === 'http_error' || (code in errorStatuses && errorStatuses[code as ErrorCode] === status)
  } catch {
    return false
  }
}

async function fuzz(session: TestSession | null): Promise<{ findings: Finding[]; sent: number }> {
  const doc = (await (await env.app.request('/api/openapi.json')).json()) as OpenApiDoc
  const findings: Finding[] = []
  let sent = 0
  for (const r of requests(doc)) {
    const url = urlOf(r.path, r.values, doc.paths[r.path]![r.method]!.parameters)
    const started = performance.now()
    const res = await call(env.app, session, r.method.toUpperCase(), url, {
      body: r.method === 'get' ? undefined : r.body,
      ifMatch: '"1"',
    })
    const text = await res.text()
    const elapsed = performance.now() - started
    const request = `${r.method.toUpperCase()} ${r.path} ${r.label}`
    if (res.status >= 500 && res.status !== 503)
      findings.push({ request, problem: `${res.status} ${text.slice(0, 200)}` })
    if (elapsed > SLOW_MS) findings.push({ request, problem: `took ${Math.round(elapsed)} ms` })
    if (internals.test(text)) findings.push({ request, problem: `internal text: ${text.slice(0, 200)}` })
    if (res.status >= 400 && !knownCode(text, res.status))
      findings.push({ request, problem: `unlisted code: ${text.slice(0, 200)}` })
    sent++
  }
  return { findings, sent }
}

describe('fuzzing every parameter and body field from the OpenAPI document', () => {
  it('anonymously: no 5xx, no answer over 5 s, no stack or SQL text', async () => {
    const { findings, sent } = await fuzz(null)
    expect(findings).toEqual([])
    expect(sent).toBeGreaterThan(500)
  })

  it('as an admin, reaching every handler: the same', async () => {
    const admin = await signIn(env.app, 'admin')
    const { findings, sent } = await fuzz(admin)
    expect(findings).toEqual([])
    expect(sent).toBeGreaterThan(500)
  })
})
