/**
 * A stateful fake of GitHub's REST and GraphQL APIs on a loopback port, for tests and benchmarks
 * that drive the real `@octokit/rest` (in process, or in a child process via `GITHUB_API_URL`).
 *
 * - State: users, tokens, repositories (forks too), branches, git-exact commits with full trees,
 *   pull requests and issues (one numbering), issue comments, review comments, reviews, review
 *   threads, reactions, check runs with their annotations, collaborator roles. Arrange it with
 *   the helpers, inspect it afterwards.
 * - REST: GitHub's paths, JSON shapes, status codes, error bodies, `link` pagination and
 *   `x-ratelimit-*` / `x-github-request-id` headers. Every request is checked against GitHub's
 *   OpenAPI description (`@octokit/openapi`): unknown routes and invalid parameters or bodies are
 *   answered like GitHub (404 / 422) and recorded in `violations`.
 * - GraphQL: createCommitOnBranch (STALE_DATA on a moved head), review threads, resolve/unresolve.
 * - Faults: queued HTTP errors, dropped connections (also after the write: a lost response),
 *   primary and secondary rate limits.
 *
 * See `./github/*.ts` for the parts: state.ts (data and rules), rest.ts, graphql-api.ts, diff.ts
 * (git-style patches), git.ts (object hashing), openapi.ts, events.ts (webhook payloads).
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { runGraphQL } from './github/graphql-api.js'
import { rootFields } from './github/graphql.js'
import { JsonShapes } from './github/json.js'
import { loadOpenApi } from './github/openapi.js'
import type { OpenApi, OpenApiStats, Operation } from './github/openapi.js'
import { handlers, HttpError } from './github/rest.js'
import type { RestReply, RestRequest } from './github/rest.js'
import { FakeState } from './github/state.js'
import type {
  FakeCheckAnnotation,
  FakeCheckRun,
  FakeIssue,
  FakeIssueComment,
  FakePull,
  FakeReaction,
  FakeRepo,
  FakeReview,
  FakeReviewComment,
  FakeThread,
  FakeUser,
  FileChanges,
  ForcePush,
  RepoRole,
  TokenIdentity,
  UserType,
} from './github/state.js'
import type { FakeCommit } from './github/git.js'

export type {
  FakeCheckAnnotation,
  FakeCheckRun,
  FakeCommit,
  FakeIssue,
  FakeIssueComment,
  FakePull,
  FakeReaction,
  FakeRepo,
  FakeReview,
  FakeReviewComment,
  FakeThread,
  FakeUser,
  FileChanges,
  ForcePush,
  OpenApiStats,
  RepoRole,
  TokenIdentity,
}
export { FakeState } from './github/state.js'
export {
  actionsEnv,
  issueCommentEvent,
  pullRequestEvent,
  pullRequestReviewCommentEvent,
} from './github/events.js'

/** The identity of the default `GITHUB_TOKEN` of a workflow run with write permissions. */
export const ACTIONS_BOT: TokenIdentity = {
  login: 'github-actions[bot]',
  type: 'Bot',
  permissions: { contents: 'write', pull_requests: 'write', issues: 'write', checks: 'write' },
}

export interface FakeGitHubOptions {
  /** GHES style: REST under this prefix (use '/api/v3'), GraphQL at /api/graphql. */
  pathPrefix?: string
  /**
   * Check requests against the OpenAPI description (default true). Routing uses the description
   * either way, so it is loaded on the first REST request regardless.
   */
  validate?: boolean
  /** Also check the fake's own JSON responses against it (default false; slower to compile). */
  validateResponses?: boolean
  /** Tokens to accept from the start (see `addToken`). */
  tokens?: Record<string, TokenIdentity>
  /** Requests per hour per token before GitHub's primary rate limit (default 5000). */
  rateLimit?: number
  /** Delay before every answer. */
  latencyMs?: number
  /** The clock for timestamps. */
  clock?: () => Date
}

export interface FaultMatch {
  method?: string
  /**
   * The request path without the GHES prefix or query ("/repos/o/r/pulls/1/reviews",
   * "/graphql"). A string matches the path or the OpenAPI template
   * ("/repos/{owner}/{repo}/pulls/{pull_number}/reviews"); a RegExp is tested on the path.
   */
  path: RegExp | string
  /** For GraphQL: a root field of the operation, e.g. "createCommitOnBranch". */
  operation?: string
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number
  /** Apply the request (and its state change) first, then answer with the fault. */
  afterApply?: boolean
  delayMs?: number
  /** What else happens at that moment (a person acts), before the request is answered. */
  onMatch?: (request: FakeGitHubRequest) => void
}

export interface FailSpec extends FaultMatch {
  status: number
  headers?: Record<string, string>
  /** Default: GitHub's error body for the status. */
  body?: unknown
}

export interface RateLimitSpec extends Partial<FaultMatch> {
  kind: 'primary' | 'secondary'
  /** Primary only: 403 (default) or 429. */
  status?: 403 | 429
  /** Secondary: `retry-after` seconds (default 1). */
  retryAfter?: number
  /** Primary: seconds until `x-ratelimit-reset` (default 1). */
  resetInSeconds?: number
}

export interface FakeGitHubRequest {
  method: string
  /** Path without GHES prefix and query. */
  path: string
  query: Record<string, string>
  body: unknown
  /** HTTP status sent; 0 when the connection was dropped. */
  status: number
  token?: string
  login?: string
  /** OpenAPI operationId ("pulls/create-review") or GraphQL root fields ("createCommitOnBranch"). */
  operation?: string
  /** OpenAPI path template, for REST. */
  template?: string
  /** A fault answered this request. */
  fault?: 'status' | 'reset'
  requestId: string
}

export interface Violation {
  kind: 'unknown-route' | 'unimplemented' | 'request' | 'response' | 'graphql' | 'fake-error'
  method: string
  path: string
  operation?: string
  messages: string[]
}

export type RequestFilter =
  | ((request: FakeGitHubRequest) => boolean)
  | {
      method?: string
      path?: string | RegExp
      status?: number
      operation?: string
      token?: string
    }

export interface FakeGitHub {
  /** REST base URL (with the GHES prefix when set). */
  url: string
  /** GraphQL endpoint. */
  graphqlUrl: string
  /** Web base used in html_url fields ("https://github.com", or the fake's origin for GHES). */
  serverUrl: string
  /** The raw state (for anything the helpers below do not cover). */
  state: FakeState

  // -------------------------------------------------------------------------------- arrange
  addToken(token: string, identity: TokenIdentity): void
  addUser(login: string, type?: UserType): FakeUser
  createRepo(
    fullName: string,
    options?: {
      defaultBranch?: string
      private?: boolean
      files?: FileChanges
      forkOf?: string
      ownerType?: 'User' | 'Organization'
      description?: string
    },
  ): FakeRepo
  createBranch(repo: string, branch: string, from?: string): string
  /** Commits `files` (null deletes) on the branch head and moves it, like a push. Returns the sha. */
  commitFiles(
    repo: string,
    branch: string,
    files: FileChanges,
    message?: string,
    options?: { author?: string; verified?: boolean; date?: string },
  ): string
  /** Moves a branch anywhere (an arranged force push, not recorded in `forcePushes`). */
  setBranchHead(repo: string, branch: string, sha: string): void
  createPullRequest(
    repo: string,
    options: {
      head: string
      base?: string
      title?: string
      body?: string | null
      draft?: boolean
      user?: string
      headRepo?: string
      maintainerCanModify?: boolean
    },
  ): FakePull
  /** A person closes the pull request, or merges it (`merged: true`). */
  closePullRequest(repo: string, number: number, options?: { merged?: boolean }): void
  createIssue(repo: string, options: { title: string; body?: string; user?: string }): FakeIssue
  addIssueComment(repo: string, number: number, body: string, login: string): FakeIssueComment
  /** A role for a login on one repository, or on all when `repo` is omitted. */
  setPermission(login: string, role: RepoRole, repo?: string): void

  // -------------------------------------------------------------------------------- inspect
  fileAt(repo: string, ref: string, path: string): Buffer | undefined
  textAt(repo: string, ref: string, path: string): string | undefined
  branchHead(repo: string, branch: string): string | undefined
  commit(sha: string): FakeCommit | undefined
  /** First-parent history of a branch, newest first. */
  commitsOn(repo: string, branch: string): FakeCommit[]
  pull(repo: string, number: number): FakePull | undefined
  issueComments(repo?: string, number?: number): FakeIssueComment[]
  reviewComments(repo?: string, number?: number): FakeReviewComment[]
  reviews(repo?: string, number?: number): FakeReview[]
  threads(repo?: string, number?: number): FakeThread[]
  reactions(): FakeReaction[]
  /** Check runs of a repository (on one commit when `headSha` is given), oldest first. */
  checkRuns(repo: string, headSha?: string): FakeCheckRun[]
  /**
   * The run a user sees in the checks tab for a name on a commit: GitHub's "latest", the most
   * recently created one.
   */
  latestCheckRun(repo: string, headSha: string, name: string): FakeCheckRun | undefined

  // --------------------------------------------------------------------------------- faults
  fail(spec: FailSpec): void
  resetConnection(spec: FaultMatch): void
  rateLimit(spec: RateLimitSpec): void
  clearFaults(): void
  /** Faults not used up yet. */
  pendingFaults(): number

  // -------------------------------------------------------------------------- observability
  requests: FakeGitHubRequest[]
  violations: Violation[]
  forcePushes: ForcePush[]
  count(filter?: RequestFilter): number
  /** Forgets logged requests and rate-limit usage. */
  resetCounters(): void
  /** OpenAPI load and compile times (once loaded). */
  openApiStats(): OpenApiStats | undefined
  close(): Promise<void>
}

interface QueuedFault {
  match: FaultMatch
  remaining: number
  action:
    | { kind: 'status'; status: number; headers: Record<string, string>; body?: unknown }
    | { kind: 'reset' }
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.',
}

const REST_DOCS = 'https://docs.github.com/rest'
const GRAPHQL_DOCS = 'https://docs.github.com/graphql'

const requestId = (): string => {
  const hex = randomBytes(14).toString('hex').toUpperCase()
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 15)}:${hex.slice(15, 22)}:${hex.slice(22, 28)}`
}

const errorBody = (
  status: number,
  message: string,
  docs: string,
  errors?: unknown[],
): Record<string, unknown> => ({
  message,
  ...(errors ? { errors } : {}),
  documentation_url: docs,
  status: String(status),
})

/**
 * A request problem as GitHub words it, where its wording is known: a list over its limit reads
 * "No more than 50 items are allowed; 51 were supplied." The rest keep the validator's words.
 */
function githubWording(problem: string, body: unknown): string {
  const tooMany = /^body(\S*) must NOT have more than (\d+) items$/.exec(problem)
  if (!tooMany) return problem
  let node: unknown = body
  for (const part of tooMany[1]!.split('/').slice(1))
    node = (node as Record<string, unknown> | undefined)?.[
      part.replace(/~1/g, '/').replace(/~0/g, '~')
    ]
  const supplied = Array.isArray(node) ? node.length : 0
  return `No more than ${tooMany[2]} items are allowed; ${supplied} were supplied.`
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '')
  const graphqlPath = prefix ? '/api/graphql' : '/graphql'
  const validate = options.validate ?? true
  const limit = options.rateLimit ?? 5000
  const state = new FakeState(options.clock)
  for (const [token, identity] of Object.entries(options.tokens ?? {}))
    state.addToken(token, identity)

  const requests: FakeGitHubRequest[] = []
  const violations: Violation[] = []
  const faults: QueuedFault[] = []
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const usage = new Map<string, number>()
  let resetAt = Math.floor(Date.now() / 1000) + 3600
  let openapi: OpenApi | undefined
  let closed = false

  const server = createServer()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const url = `${origin}${prefix}`
  const serverUrl = prefix ? origin : 'https://github.com'
  const shapes = new JsonShapes(state, { api: url, web: serverUrl })

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (ms <= 0 || closed) return resolve()
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const api = (): OpenApi => (openapi ??= loadOpenApi())

  function rateHeaders(key: string, resource: 'core' | 'graphql'): Record<string, string> {
    const used = usage.get(`${resource}:${key}`) ?? 0
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': resource,
    }
  }

  function matchFault(entry: FakeGitHubRequest, fields: string[]): QueuedFault | undefined {
    for (const fault of faults) {
      if (fault.remaining <= 0) continue
      const m = fault.match
      if (m.method && m.method.toUpperCase() !== entry.method) continue
      if (typeof m.path === 'string') {
        if (m.path !== entry.path && m.path !== entry.template) continue
      } else if (!m.path.test(entry.path)) continue
      if (m.operation && !fields.includes(m.operation)) continue
      return fault
    }
    return undefined
  }

  function send(
    res: ServerResponse,
    entry: FakeGitHubRequest,
    status: number,
    payload: { json?: unknown; text?: string | Buffer; contentType?: string },
    headers: Record<string, string>,
  ): void {
    entry.status = status
    const data =
      payload.text !== undefined
        ? payload.text
        : payload.json === undefined
          ? ''
          : JSON.stringify(payload.json)
    const buffer = typeof data === 'string' ? Buffer.from(data) : data
    const out: Record<string, string> = {
      'x-github-request-id': entry.requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset',
      ...headers,
    }
    if (status !== 204 && status !== 304) {
      out['content-type'] ??= payload.contentType ?? 'application/json; charset=utf-8'
      out['content-length'] = String(buffer.length)
    }
    res.writeHead(status, out)
    res.end(status === 204 || status === 304 ? undefined : buffer)
  }

  function dropConnection(res: ServerResponse, entry: FakeGitHubRequest): void {
    entry.status = 0
    entry.fault = 'reset'
    res.socket?.destroy()
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const parsed = new URL(req.url ?? '/', origin)
    const method = (req.method ?? 'GET').toUpperCase()
    const query = Object.fromEntries(parsed.searchParams)
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const isGraphql = parsed.pathname === graphqlPath
    const inPrefix =
      !prefix || parsed.pathname === prefix || parsed.pathname.startsWith(`${prefix}/`)
    const path = isGraphql
      ? '/graphql'
      : inPrefix
        ? parsed.pathname.slice(prefix.length) || '/'
        : parsed.pathname
    let body: unknown = undefined
    let badJson = false
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
        badJson = true
      }
    }
    const entry: FakeGitHubRequest = {
      method,
      path,
      query,
      body,
      status: 0,
      token: auth,
      requestId: requestId(),
    }
    requests.push(entry)
    const identity = auth ? state.tokens.get(auth) : undefined
    entry.login = identity?.login
    const rateKey = auth ?? `ip:${req.socket.remoteAddress}`
    const resource = isGraphql ? 'graphql' : 'core'
    const baseHeaders = (): Record<string, string> => rateHeaders(rateKey, resource)
    const latency = options.latencyMs ?? 0

    // Route first (to know the operation), then credentials, then faults.
    let operation: Operation | undefined
    let params: Record<string, string> = {}
    let fields: string[] = []
    if (isGraphql) {
      if (
        body &&
        typeof body === 'object' &&
        typeof (body as { query?: unknown }).query === 'string'
      ) {
        const info = rootFields(
          (body as { query: string }).query,
          (body as { operationName?: string }).operationName,
        )
        fields = info?.fields ?? []
        entry.operation = fields.join(',')
      }
    } else if (inPrefix) {
      const match = api().match(method, path)
      if (match) {
        operation = match.operation
        params = match.params
        entry.operation = operation.operationId
        entry.template = operation.template
      }
    }
    const docs = isGraphql ? GRAPHQL_DOCS : (operation?.docsUrl ?? REST_DOCS)
    const fail = (
      status: number,
      message: string,
      errors?: unknown[],
      headers: Record<string, string> = {},
    ) =>
      send(
        res,
        entry,
        status,
        { json: errorBody(status, message, docs, errors) },
        { ...baseHeaders(), ...headers },
      )

    if (auth && !identity) {
      await sleep(latency)
      return fail(401, 'Bad credentials', undefined, {})
    }
    usage.set(`${resource}:${rateKey}`, (usage.get(`${resource}:${rateKey}`) ?? 0) + 1)

    const fault = matchFault(entry, fields)
    if (fault) fault.remaining--
    fault?.match.onMatch?.(entry)
    if (fault?.match.delayMs) await sleep(fault.match.delayMs)
    const answerFault = (f: QueuedFault): void => {
      if (f.action.kind === 'reset') return dropConnection(res, entry)
      entry.fault = 'status'
      const status = f.action.status
      const payload = f.action.body ?? errorBody(status, STATUS_MESSAGES[status] ?? 'Error', docs)
      send(res, entry, status, { json: payload }, { ...baseHeaders(), ...f.action.headers })
    }
    if (fault && !fault.match.afterApply) {
      await sleep(latency)
      return answerFault(fault)
    }

    let reply: {
      status: number
      json?: unknown
      text?: string | Buffer
      contentType?: string
      headers?: Record<string, string>
    }
    if ((usage.get(`${resource}:${rateKey}`) ?? 0) > limit) {
      reply = {
        status: 403,
        json: errorBody(
          403,
          `API rate limit exceeded for ${identity ? `user ID ${state.user(identity.login).id}` : req.socket.remoteAddress}.`,
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        ),
      }
    } else if (badJson) {
      reply = { status: 400, json: errorBody(400, 'Problems parsing JSON', docs) }
    } else if (isGraphql) {
      reply = graphql(method, identity, body, entry)
    } else {
      reply = rest(
        method,
        path,
        params,
        query,
        body,
        identity,
        operation,
        req.headers.accept ?? '',
        entry,
        inPrefix,
      )
    }
    if (fault) {
      await sleep(latency)
      return answerFault(fault)
    }
    if (options.validateResponses && operation && reply.json !== undefined && reply.status < 300) {
      const problems = api().validateResponse(operation, reply.status, reply.json)
      if (problems.length > 0) {
        violations.push({
          kind: 'response',
          method,
          path,
          operation: operation.operationId,
          messages: problems,
        })
      }
    }
    await sleep(latency)
    if (closed) return
    send(res, entry, reply.status, reply, { ...baseHeaders(), ...reply.headers })
  }

  function graphql(
    method: string,
    identity: TokenIdentity | undefined,
    body: unknown,
    entry: FakeGitHubRequest,
  ): { status: number; json?: unknown } {
    if (method !== 'POST') return { status: 404, json: errorBody(404, 'Not Found', GRAPHQL_DOCS) }
    if (!identity) {
      return {
        status: 401,
        json: errorBody(
          401,
          'This endpoint requires you to be authenticated.',
          `${GRAPHQL_DOCS}/guides/forming-calls-with-graphql#authenticating-with-graphql`,
        ),
      }
    }
    const key = entry.token ?? ''
    const used = usage.get(`graphql:${key}`) ?? 0
    const result = runGraphQL(
      { state, shapes, identity },
      (body ?? {}) as Record<string, unknown>,
      {
        limit,
        remaining: Math.max(0, limit - used),
        used,
        resetAt: new Date(resetAt * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
    )
    if (result.errors && result.data === undefined) {
      violations.push({
        kind: 'graphql',
        method,
        path: entry.path,
        operation: entry.operation,
        messages: result.errors.map((e) => e.message),
      })
    }
    return { status: 200, json: result }
  }

  function rest(
    method: string,
    path: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    identity: TokenIdentity | undefined,
    operation: Operation | undefined,
    accept: string,
    entry: FakeGitHubRequest,
    inPrefix: boolean,
  ): {
    status: number
    json?: unknown
    text?: string | Buffer
    contentType?: string
    headers?: Record<string, string>
  } {
    const notFound = { status: 404, json: errorBody(404, 'Not Found', REST_DOCS) }
    if (path === '/rate_limit' && method === 'GET' && inPrefix) {
      const core = rateHeaders(entry.token ?? '', 'core')
      const graph = rateHeaders(entry.token ?? '', 'graphql')
      const rate = (h: Record<string, string>) => ({
        limit: Number(h['x-ratelimit-limit']),
        remaining: Number(h['x-ratelimit-remaining']),
        reset: Number(h['x-ratelimit-reset']),
        used: Number(h['x-ratelimit-used']),
      })
      return {
        status: 200,
        json: { resources: { core: rate(core), graphql: rate(graph) }, rate: rate(core) },
      }
    }
    if (!operation) {
      violations.push({
        kind: 'unknown-route',
        method,
        path,
        messages: [`no GitHub REST operation for ${method} ${path}`],
      })
      return notFound
    }
    const handler = handlers[`${method} ${operation.template}`]
    if (!handler) {
      violations.push({
        kind: 'unimplemented',
        method,
        path,
        operation: operation.operationId,
        messages: [
          `${operation.operationId} (${method} ${operation.template}) is not implemented by the fake`,
        ],
      })
      return notFound
    }
    if (validate) {
      const problems = api().validateRequest(operation, params, query, body)
      if (problems.length > 0) {
        violations.push({
          kind: 'request',
          method,
          path,
          operation: operation.operationId,
          messages: problems,
        })
        const said = problems.map((problem) => githubWording(problem, body))
        return {
          status: 422,
          json: errorBody(422, `Invalid request.\n\n${said.join('\n')}`, operation.docsUrl),
        }
      }
    }
    const request: RestRequest = { method, path, params, query, body, identity, accept }
    let reply: RestReply
    try {
      reply = handler(request, { state, shapes })
    } catch (error) {
      if (error instanceof HttpError) {
        return {
          status: error.status,
          json: errorBody(error.status, error.message, operation.docsUrl, error.errors),
        }
      }
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      violations.push({
        kind: 'fake-error',
        method,
        path,
        operation: operation.operationId,
        messages: [message],
      })
      return {
        status: 500,
        json: errorBody(500, `fake server failure: ${String(error)}`, operation.docsUrl),
      }
    }
    return {
      status: reply.status,
      json: reply.body,
      text: reply.text,
      contentType: reply.contentType,
      headers: reply.headers,
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return void res.destroy()
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(errorBody(500, `fake server failure: ${String(error)}`, REST_DOCS)))
    })
  })

  const scoped = <T extends { repo: string }>(
    items: T[],
    repo?: string,
    number?: number,
    numberOf?: (item: T) => number,
  ): T[] =>
    items.filter(
      (item) =>
        (repo === undefined || item.repo.toLowerCase() === repo.toLowerCase()) &&
        (number === undefined || numberOf?.(item) === number),
    )

  const queue = (match: FaultMatch, action: QueuedFault['action']): void => {
    faults.push({ match, remaining: match.times ?? 1, action })
  }

  const fake: FakeGitHub = {
    url,
    graphqlUrl: `${origin}${graphqlPath}`,
    serverUrl,
    state,
    addToken: (token, identity) => state.addToken(token, identity),
    addUser: (login, type) => state.user(login, type),
    createRepo: (fullName, repoOptions) => state.createRepo(fullName, repoOptions),
    createBranch: (repo, branch, from) => state.createBranch(repo, branch, from),
    commitFiles: (repo, branch, files, message, commitOptions) =>
      state.commitFiles(repo, branch, files, message, commitOptions),
    setBranchHead: (repo, branch, sha) => state.setBranchHead(repo, branch, sha),
    createPullRequest: (repo, pullOptions) => state.createPullRequest(repo, pullOptions),
    closePullRequest: (repo, number, closeOptions) =>
      state.closePullRequest(repo, number, closeOptions),
    createIssue: (repo, issueOptions) => state.createIssue(repo, issueOptions),
    addIssueComment: (repo, number, body, login) =>
      state.addIssueComment(repo, number, body, login),
    setPermission: (login, role, repo) => state.setPermission(login, role, repo),
    fileAt: (repo, ref, path) => state.fileAt(repo, ref, path),
    textAt: (repo, ref, path) => state.fileAt(repo, ref, path)?.toString('utf8'),
    branchHead: (repo, branch) => state.branchHead(repo, branch),
    commit: (sha) => state.git.get(sha),
    commitsOn: (repo, branch) => state.commitsOn(repo, branch),
    pull: (repo, number) => state.pull(repo, number),
    issueComments: (repo, number) =>
      scoped(state.issueComments, repo, number, (c) => c.issueNumber),
    reviewComments: (repo, number) =>
      scoped(state.reviewComments, repo, number, (c) => c.pullNumber),
    reviews: (repo, number) => scoped(state.reviews, repo, number, (r) => r.pullNumber),
    threads: (repo, number) => scoped(state.threads, repo, number, (t) => t.pullNumber),
    reactions: () => [...state.reactions],
    checkRuns: (repo, headSha) =>
      scoped(state.checkRuns, repo).filter((r) => headSha === undefined || r.head_sha === headSha),
    latestCheckRun: (repo, headSha, name) =>
      scoped(state.checkRuns, repo)
        .filter((r) => r.head_sha === headSha && r.name === name)
        .at(-1),
    fail: (spec) =>
      queue(spec, {
        kind: 'status',
        status: spec.status,
        headers: spec.headers ?? {},
        body: spec.body,
      }),
    resetConnection: (spec) => queue(spec, { kind: 'reset' }),
    rateLimit: (spec) => {
      const match: FaultMatch = { path: /.*/, ...spec }
      if (spec.kind === 'secondary') {
        const id = requestId()
        queue(match, {
          kind: 'status',
          status: 403,
          headers: { 'retry-after': String(spec.retryAfter ?? 1) },
          body: errorBody(
            403,
            `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`,
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          ),
        })
      } else {
        const status = spec.status ?? 403
        queue(match, {
          kind: 'status',
          status,
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(limit),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + (spec.resetInSeconds ?? 1)),
          },
          body: errorBody(
            status,
            'API rate limit exceeded for installation ID 1000001. If you reach out to GitHub Support for help, please include the request ID ' +
              `${requestId()} and timestamp ${new Date().toISOString()}.`,
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          ),
        })
      }
    },
    clearFaults: () => {
      faults.length = 0
    },
    pendingFaults: () =>
      faults.reduce(
        (n, f) => n + (f.remaining > 0 ? (Number.isFinite(f.remaining) ? f.remaining : 1) : 0),
        0,
      ),
    requests,
    violations,
    forcePushes: state.forcePushes,
    count: (filter) => {
      if (!filter) return requests.length
      if (typeof filter === 'function') return requests.filter(filter).length
      return requests.filter(
        (r) =>
          (!filter.method || r.method === filter.method.toUpperCase()) &&
          (filter.path === undefined ||
            (typeof filter.path === 'string'
              ? r.path === filter.path || r.template === filter.path
              : filter.path.test(r.path))) &&
          (filter.status === undefined || r.status === filter.status) &&
          (filter.operation === undefined ||
            r.operation === filter.operation ||
            (r.operation?.split(',').includes(filter.operation) ?? false)) &&
          (filter.token === undefined || r.token === filter.token),
      ).length
    },
    resetCounters: () => {
      requests.length = 0
      usage.clear()
      resetAt = Math.floor(Date.now() / 1000) + 3600
    },
    openApiStats: () => openapi?.stats,
    close: async () => {
      if (closed) return
      closed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      server.closeAllConnections()
      await stopped
    },
  }
  return fake
}
