/**
 * GitHub's REST description (`@octokit/openapi`, api.github.com.json only): finds the operation
 * for a method and path, and validates requests (and optionally the fake's own responses)
 * against it with Ajv.
 *
 * The 13 MB document is parsed once per process and the compiled validators are kept with it:
 * jest evaluates modules once per test file, so the cache is attached to the `node:util` module
 * object, which jest does not re-evaluate (it hands test files the real core modules).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import util from 'node:util'
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

type Json = Record<string, unknown>

export interface ParamSpec {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: Json
  multiSegment: boolean
}

export interface Operation {
  method: string
  /** The OpenAPI path template, e.g. "/repos/{owner}/{repo}/pulls/{pull_number}". */
  template: string
  operationId: string
  /** What GitHub puts in `documentation_url` for this operation's errors. */
  docsUrl: string
  params: ParamSpec[]
  bodySchema?: Json
  bodyRequired: boolean
  responses: Json
}

export interface OpenApiStats {
  /** Time to read and parse the document (once per process). */
  loadMs: number
  /** Time spent compiling validators so far (lazily, once per operation and status). */
  compileMs: number
  compiled: number
}

interface Route {
  operation: Operation
  segments: string[]
  literals: number
  /** The last segment is a multi-segment parameter (`x-multi-segment`), e.g. a branch name. */
  greedy: boolean
}

export interface RouteMatch {
  operation: Operation
  params: Record<string, string>
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv

/** Deep copy of an OpenAPI 3.0 schema as JSON Schema Ajv understands; collects referenced names. */
function prepareSchema(node: unknown, refs: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => prepareSchema(item, refs))
  if (node === null || typeof node !== 'object') return node
  const source = node as Json
  const out: Json = {}
  for (const [key, value] of Object.entries(source)) {
    if (key === 'description' || key === 'example' || key === 'examples' || key.startsWith('x-'))
      continue
    if (key === '$ref' && typeof value === 'string') {
      const name = value.replace('#/components/schemas/', '')
      refs.add(name)
      out.$ref = `gh:${name}`
      continue
    }
    if (key === 'properties' && value && typeof value === 'object') {
      const props: Json = {}
      for (const [prop, schema] of Object.entries(value as Json))
        props[prop] = prepareSchema(schema, refs)
      out.properties = props
      continue
    }
    out[key] = prepareSchema(value, refs)
  }
  if (out.nullable === true) {
    delete out.nullable
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null']
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
      return out
    }
    return { anyOf: [out, { type: 'null' }] }
  }
  delete out.nullable
  return out
}

const formatErrors = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => {
    const where = e.instancePath || '/'
    const extra =
      e.keyword === 'enum'
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown[] }).allowedValues)})`
        : ''
    return `${where} ${e.message ?? e.keyword}${extra}`
  })

export class OpenApi {
  readonly stats: OpenApiStats
  private readonly spec: { paths: Json; components: Json }
  private readonly routes: Route[] = []
  private readonly byKey = new Map<string, Operation>()
  private readonly ajv: Ajv
  private readonly added = new Set<string>()
  private readonly validators = new Map<string, ValidateFunction>()

  constructor(spec: { paths: Json; components: Json }, loadMs: number) {
    this.spec = spec
    this.stats = { loadMs, compileMs: 0, compiled: 0 }
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false })
    addFormats(this.ajv)
    this.ajv.addFormat('repo.nwo', true)
    this.ajv.addFormat('timestamp', true)
    const components = spec.components as { parameters: Record<string, Json> }
    for (const [template, item] of Object.entries(spec.paths)) {
      for (const [method, raw] of Object.entries(item as Json)) {
        const op = raw as Json
        if (!op || typeof op !== 'object' || typeof op.operationId !== 'string') continue
        const params: ParamSpec[] = ((op.parameters as Json[] | undefined) ?? []).map((p) => {
          const resolved =
            typeof p.$ref === 'string'
              ? components.parameters[p.$ref.replace('#/components/parameters/', '')]!
              : p
          return {
            name: resolved.name as string,
            in: resolved.in as ParamSpec['in'],
            required: resolved.required === true,
            schema: (resolved.schema as Json | undefined) ?? {},
            multiSegment: resolved['x-multi-segment'] === true,
          }
        })
        const body = op.requestBody as Json | undefined
        const content = body?.content as Record<string, Json> | undefined
        const operation: Operation = {
          method: method.toUpperCase(),
          template,
          operationId: op.operationId,
          docsUrl:
            ((op.externalDocs as Json | undefined)?.url as string) ??
            'https://docs.github.com/rest',
          params,
          bodySchema: content?.['application/json']?.schema as Json | undefined,
          bodyRequired: body?.required === true,
          responses: (op.responses as Json) ?? {},
        }
        const segments = template.split('/').slice(1)
        const last = segments[segments.length - 1] ?? ''
        const lastParam = /^\{(.+)\}$/.exec(last)?.[1]
        this.routes.push({
          operation,
          segments,
          literals: segments.filter((s) => !s.startsWith('{')).length,
          greedy: params.some((p) => p.name === lastParam && p.multiSegment),
        })
        this.byKey.set(`${operation.method} ${template}`, operation)
      }
    }
    // Most literal segments first, like GitHub's router (".../pulls/comments" before ".../pulls/{n}").
    this.routes.sort((a, b) => b.literals - a.literals || a.segments.length - b.segments.length)
  }

  operation(method: string, template: string): Operation | undefined {
    return this.byKey.get(`${method.toUpperCase()} ${template}`)
  }

  /** The operation for a request path (without any /api/v3 prefix), path params decoded. */
  match(method: string, path: string): RouteMatch | undefined {
    const upper = method.toUpperCase()
    const parts = path.split('/').slice(1)
    for (const pass of [false, true]) {
      for (const route of this.routes) {
        if (route.operation.method !== upper) continue
        const match = matchSegments(route, parts, pass)
        if (match) return { operation: route.operation, params: match }
      }
    }
    return undefined
  }

  /** Whether any operation exists for this path with another method (405-ish, still 404 on GitHub). */
  knownPath(path: string): boolean {
    const parts = path.split('/').slice(1)
    return this.routes.some((r) => matchSegments(r, parts, true) !== undefined)
  }

  private compile(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key)
    if (validate) return validate
    const start = performance.now()
    const refs = new Set<string>()
    const prepared = prepareSchema(schema, refs) as Json
    const schemas = (this.spec.components as { schemas: Record<string, Json> }).schemas
    const queue = [...refs]
    while (queue.length > 0) {
      const name = queue.pop()!
      if (this.added.has(name)) continue
      this.added.add(name)
      const more = new Set<string>()
      const target = schemas[name]
      if (!target) throw new Error(`OpenAPI: unknown schema ${name}`)
      this.ajv.addSchema(prepareSchema(target, more) as Json, `gh:${name}`)
      for (const next of more) if (!this.added.has(next)) queue.push(next)
    }
    validate = this.ajv.compile(prepared)
    this.validators.set(key, validate)
    this.stats.compileMs += performance.now() - start
    this.stats.compiled++
    return validate
  }

  /** Problems with a request's path and query parameters and JSON body; empty when valid. */
  validateRequest(
    operation: Operation,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
  ): string[] {
    const problems: string[] = []
    for (const param of operation.params) {
      if (param.in !== 'path' && param.in !== 'query') continue
      const raw = param.in === 'path' ? params[param.name] : query[param.name]
      if (raw === undefined) {
        if (param.required) problems.push(`missing required ${param.in} parameter "${param.name}"`)
        continue
      }
      const value = coerce(raw, param.schema)
      const validate = this.compile(`param ${operation.operationId} ${param.name}`, param.schema)
      if (!validate(value)) {
        for (const e of formatErrors(validate.errors))
          problems.push(`${param.in} parameter "${param.name}"${e.slice(1)}`)
      }
    }
    if (operation.bodySchema) {
      if (body === undefined) {
        if (operation.bodyRequired) problems.push('missing required request body')
      } else {
        const validate = this.compile(`body ${operation.operationId}`, operation.bodySchema)
        if (!validate(body)) problems.push(...formatErrors(validate.errors).map((e) => `body${e}`))
      }
    }
    return problems
  }

  /** Problems with a JSON response body against the operation's schema for that status. */
  validateResponse(operation: Operation, status: number, body: unknown): string[] {
    let response = (operation.responses[String(status)] ?? operation.responses.default) as
      Json | undefined
    if (response && typeof response.$ref === 'string') {
      const responses = (this.spec.components as { responses: Record<string, Json> }).responses
      response = responses[response.$ref.replace('#/components/responses/', '')]
    }
    if (!response) return [`status ${status} is not documented for ${operation.operationId}`]
    const schema = (response.content as Record<string, Json> | undefined)?.['application/json']
      ?.schema as Json | undefined
    if (!schema) return []
    const validate = this.compile(`response ${operation.operationId} ${status}`, schema)
    return validate(body) ? [] : formatErrors(validate.errors).map((e) => `response${e}`)
  }
}

function matchSegments(
  route: Route,
  parts: string[],
  allowGreedy: boolean,
): Record<string, string> | undefined {
  const { segments } = route
  const greedy = allowGreedy && route.greedy
  if (greedy ? parts.length < segments.length : parts.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const isLast = i === segments.length - 1
    const part = greedy && isLast ? parts.slice(i).join('/') : parts[i]!
    if (segment.startsWith('{')) {
      // An empty `{path}` is the repository root for the contents API; other params need a value.
      if (part === '' && !(isLast && segment === '{path}')) return undefined
      try {
        params[segment.slice(1, -1)] = decodeURIComponent(part)
      } catch {
        return undefined
      }
    } else if (segment !== part) return undefined
  }
  return params
}

function coerce(raw: string, schema: Json): unknown {
  const type = schema.type
  if (type === 'integer' || type === 'number') return raw.trim() === '' ? raw : Number(raw)
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw
  return raw
}

const CACHE = Symbol.for('tech-design-action.fake-github.openapi')

/** The parsed description, loaded on first use and cached for the process. */
export function loadOpenApi(): OpenApi {
  const holder = util as unknown as Record<symbol, OpenApi | undefined>
  const cached = holder[CACHE]
  if (cached) return cached
  const start = performance.now()
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Json; components: Json }
  // Only what validation needs is kept: paths and the referenced components.
  const api = new OpenApi(
    {
      paths: spec.paths,
      components: {
        schemas: spec.components.schemas,
        parameters: spec.components.parameters,
        responses: spec.components.responses,
      },
    },
    0,
  )
  api.stats.loadMs = performance.now() - start
  holder[CACHE] = api
  return api
}
