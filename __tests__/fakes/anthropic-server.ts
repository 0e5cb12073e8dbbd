/**
 * A fake Anthropic Messages API on a loopback port, speaking the real wire formats (SSE for
 * `stream: true`, JSON otherwise, Anthropic's error JSON) so tests and benchmarks drive the
 * real `@anthropic-ai/sdk` end to end.
 *
 * Only node built-ins are imported and no TypeScript-only runtime syntax is used, so the file
 * also runs under `node --experimental-strip-types` (bench).
 */
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One request as the fake received it. */
export interface FakeRequest {
  method: string
  /** Path without the query string, e.g. "/v1/messages". */
  path: string
  /** Node's lower-cased headers, e.g. `headers['anthropic-version']`. */
  headers: IncomingHttpHeaders
  /**
   * The API key as sent: `x-api-key`, or the token of `Authorization: Bearer …` (how SDK 1.14
   * sends `apiKey`).
   */
  apiKey: string | undefined
  /** The parsed JSON body (`undefined` when empty, the raw text when it is not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  /** Characters of answer text streamed back. */
  responseChars?: number
  /** Milliseconds from the response's start to its message_stop: the time spent "thinking". */
  streamMs?: number
}

export type FakeStopReason = 'end_turn' | 'max_tokens' | 'refusal' | 'stop_sequence'

export interface FakeUsage {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
}

/** Pacing and usage of a streamed answer; pacing fields override the server-wide options. */
export interface FakeStreamOptions {
  /** Characters per `text_delta` event. */
  chunkSize?: number
  /** Pause between two deltas. */
  chunkDelayMs?: number
  /** Instead of `chunkDelayMs`: pace the deltas at this rate (1 token ≈ 4 characters). */
  tokensPerSecond?: number
  /** Pause between `message_start` and the first delta. */
  firstTokenDelayMs?: number
  /** Overrides of the computed usage figures (message_start and message_delta). */
  usage?: Partial<FakeUsage>
}

/** A complete answer: streamed as SSE for `stream: true`, a JSON message otherwise. */
export interface FakeTextResponse extends FakeStreamOptions {
  text: string
  stopReason?: FakeStopReason
}

/** An HTTP error. `body` defaults to Anthropic's error JSON for the status. */
export interface FakeStatusResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** Streams the first `cutAfterChars` characters of `text`, then destroys the socket. */
export interface FakeCutResponse extends FakeStreamOptions {
  cutAfterChars: number
  text: string
}

/** Streams the first `errorEventAfterChars` characters, then an SSE `error` event, then ends. */
export interface FakeErrorEventResponse extends FakeStreamOptions {
  errorEventAfterChars: number
  text: string
  /** Default 'overloaded_error'. */
  errorType?: string
  errorMessage?: string
}

/** Streams the first `endAfterChars` characters, then ends the response cleanly without `message_stop`. */
export interface FakeEndResponse extends FakeStreamOptions {
  endAfterChars: number
  text: string
}

/** Streams the first `hangAfterChars` characters of `text` (default none), then stalls. */
export interface FakeHangResponse extends FakeStreamOptions {
  hangAfterChars: number
  text?: string
}

export type FakeResponse =
  | FakeTextResponse
  | FakeStatusResponse
  | FakeCutResponse
  | FakeErrorEventResponse
  | FakeEndResponse
  | FakeHangResponse

/** Answers a request when the queue is empty: the text to stream, or any response. */
export type FakeResponder = (
  body: FakeRequest['body'],
  request: FakeRequest,
) => string | FakeResponse

export interface FakeAnthropicOptions extends Omit<FakeStreamOptions, 'usage'> {
  /** When set, a request with another key (`x-api-key` or bearer) gets a 401 authentication_error. */
  apiKey?: string
  /** When set, other models get a 404 not_found_error. */
  knownModels?: string[]
  /**
   * Prompt caching is simulated: a system prefix ending in a `cache_control` block is written to
   * the cache on first sight and read on later requests. Like the real API, prefixes shorter than
   * this many tokens are not cached. Default 1024.
   */
  minCacheTokens?: number
  /** `retry-after-ms` header on retryable errors (408, 409, 429, 5xx) unless given. Default 1. */
  retryAfterMs?: number
  /** Default responder; the built-in one answers "Hello from the fake Anthropic API." */
  defaultResponder?: FakeResponder
}

export interface FakeAnthropic {
  /** Base URL for the SDK's `baseURL`, e.g. "http://127.0.0.1:41234". */
  url: string
  /** Every request received, in order. */
  requests: FakeRequest[]
  /** Queues responses, consumed one per `POST /v1/messages`. */
  enqueue(...responses: FakeResponse[]): void
  /** Replaces the responder used when the queue is empty. */
  setDefault(responder: FakeResponder): void
  /** Responses still queued. */
  pending(): number
  /** Forgets the simulated prompt cache. */
  clearCache(): void
  /** Destroys open sockets and stops listening. */
  close(): Promise<void>
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
}

const ERROR_MESSAGES: Record<string, string> = {
  invalid_request_error: 'Invalid request',
  authentication_error: 'invalid x-api-key',
  billing_error: 'Your credit balance is too low to access the Anthropic API.',
  permission_error: 'Your API key does not have permission to use the specified resource.',
  not_found_error: 'Not found',
  request_too_large: 'Request exceeds the maximum allowed number of bytes.',
  rate_limit_error: 'Number of request tokens has exceeded your per-minute rate limit',
  api_error: 'Internal server error',
  timeout_error: 'Request timed out',
  overloaded_error: 'Overloaded',
}

export function anthropicErrorBody(status: number, message?: string): object {
  const type = ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error')
  return { type: 'error', error: { type, message: message ?? ERROR_MESSAGES[type] ?? type } }
}

const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 409 || status === 429 || status >= 500

/** Rough token count of a request or text: characters / 4, at least 1. */
export const estimateTokens = (chars: number): number => Math.max(1, Math.ceil(chars / 4))

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function textOf(content: any): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) {
    return content
      .map((block) => (typeof block?.text === 'string' ? block.text : JSON.stringify(block)))
      .join('')
  }
  return content == null ? '' : JSON.stringify(content)
}

export async function startFakeAnthropic(
  options: FakeAnthropicOptions = {},
): Promise<FakeAnthropic> {
  const requests: FakeRequest[] = []
  const queue: FakeResponse[] = []
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const cache = new Set<string>()
  let responder: FakeResponder =
    options.defaultResponder ?? (() => 'Hello from the fake Anthropic API.')
  let counter = 0
  let closed = false

  const minCacheTokens = options.minCacheTokens ?? 1024
  const retryAfterMs = options.retryAfterMs ?? 1

  /** Resolves after `ms` (at once for 0), or when the response closes; false if it closed. */
  const pause = (ms: number, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      if (res.destroyed || closed) return resolve(false)
      if (ms <= 0) return setImmediate(() => resolve(!res.destroyed))
      const onClose = () => {
        clearTimeout(timer)
        timers.delete(timer)
        resolve(false)
      }
      const timer = setTimeout(() => {
        timers.delete(timer)
        res.off('close', onClose)
        resolve(!res.destroyed)
      }, ms)
      timers.add(timer)
      res.once('close', onClose)
    })

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function usageFor(body: any, outputText: string, override?: Partial<FakeUsage>): FakeUsage {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const system: any[] =
      typeof body.system === 'string' ? [{ type: 'text', text: body.system }] : (body.system ?? [])
    const systemChars = system.map((block) => textOf(block?.text ?? '')).join('').length
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const messageChars = (body.messages ?? []).map((m: any) => textOf(m?.content)).join('').length
    let cacheCreation = 0
    let cacheRead = 0
    let uncachedSystemChars = systemChars
    const lastMarked = system.findLastIndex((block) => block?.cache_control != null)
    if (lastMarked >= 0) {
      const prefix = system.slice(0, lastMarked + 1)
      const prefixTokens = estimateTokens(
        prefix.map((block) => textOf(block?.text)).join('').length,
      )
      if (prefixTokens >= minCacheTokens) {
        const key = createHash('sha256')
          .update(JSON.stringify([body.model, prefix]))
          .digest('hex')
        if (cache.has(key)) cacheRead = prefixTokens
        else {
          cache.add(key)
          cacheCreation = prefixTokens
        }
        uncachedSystemChars = systemChars - prefix.map((b) => textOf(b?.text)).join('').length
      }
    }
    return {
      input_tokens: estimateTokens(uncachedSystemChars + messageChars),
      output_tokens: estimateTokens(outputText.length),
      cache_creation_input_tokens: cacheCreation,
      cache_read_input_tokens: cacheRead,
      ...override,
    }
  }

  function sendJson(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    })
    res.end(text)
  }

  function sendStatus(res: ServerResponse, response: FakeStatusResponse): void {
    const headers: Record<string, string> = {}
    if (isRetryableStatus(response.status)) headers['retry-after-ms'] = String(retryAfterMs)
    Object.assign(headers, response.headers)
    sendJson(res, response.status, response.body ?? anthropicErrorBody(response.status), headers)
  }

  const sse = (res: ServerResponse, event: string, data: object): boolean =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

  async function stream(
    res: ServerResponse,
    body: FakeRequest['body'],
    response: FakeResponse,
    request?: FakeRequest,
  ): Promise<void> {
    const text = 'text' in response && typeof response.text === 'string' ? response.text : ''
    let limit = text.length
    if ('cutAfterChars' in response) limit = response.cutAfterChars
    if ('errorEventAfterChars' in response) limit = response.errorEventAfterChars
    if ('endAfterChars' in response) limit = response.endAfterChars
    if ('hangAfterChars' in response) limit = response.hangAfterChars
    const streamed = text.slice(0, limit)
    if (request) request.responseChars = streamed.length
    const startedAt = performance.now()
    const pacing = response as FakeStreamOptions
    const chunkSize = Math.max(1, pacing.chunkSize ?? options.chunkSize ?? 16)
    const tokensPerSecond = pacing.tokensPerSecond ?? options.tokensPerSecond
    const chunkDelayMs =
      pacing.chunkDelayMs ??
      (tokensPerSecond ? ((chunkSize / 4) * 1000) / tokensPerSecond : undefined) ??
      options.chunkDelayMs ??
      0
    const firstTokenDelayMs = pacing.firstTokenDelayMs ?? options.firstTokenDelayMs ?? 0
    const usage = usageFor(body, streamed, pacing.usage)

    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'request-id': `req_fake_${counter}`,
    })
    sse(res, 'message_start', {
      type: 'message_start',
      message: {
        id: `msg_fake_${counter}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        stop_details: null,
        usage: {
          input_tokens: usage.input_tokens,
          output_tokens: 1,
          cache_creation_input_tokens: usage.cache_creation_input_tokens,
          cache_read_input_tokens: usage.cache_read_input_tokens,
          service_tier: 'standard',
        },
      },
    })
    sse(res, 'content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    })
    sse(res, 'ping', { type: 'ping' })
    if (!(await pause(firstTokenDelayMs, res))) return
    for (let at = 0; at < streamed.length; at += chunkSize) {
      if (at > 0 && !(await pause(chunkDelayMs, res))) return
      sse(res, 'content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'text_delta', text: streamed.slice(at, at + chunkSize) },
      })
    }

    if ('hangAfterChars' in response) return // stall; the client's abort or close() ends it
    if ('errorEventAfterChars' in response) {
      const type = response.errorType ?? 'overloaded_error'
      sse(res, 'error', {
        type: 'error',
        error: { type, message: response.errorMessage ?? ERROR_MESSAGES[type] ?? type },
      })
      res.end()
      return
    }
    if ('endAfterChars' in response) {
      res.end()
      return
    }
    if ('cutAfterChars' in response) {
      // Let the partial events reach the client, then drop the connection without a final chunk.
      res.write('', () => setImmediate(() => res.socket?.destroy()))
      return
    }
    const stopReason = 'stopReason' in response ? (response.stopReason ?? 'end_turn') : 'end_turn'
    sse(res, 'content_block_stop', { type: 'content_block_stop', index: 0 })
    sse(res, 'message_delta', {
      type: 'message_delta',
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: {
        input_tokens: usage.input_tokens,
        output_tokens: usage.output_tokens,
        cache_creation_input_tokens: usage.cache_creation_input_tokens,
        cache_read_input_tokens: usage.cache_read_input_tokens,
      },
    })
    sse(res, 'message_stop', { type: 'message_stop' })
    if (request) request.streamMs = performance.now() - startedAt
    res.end()
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function sendMessage(res: ServerResponse, body: any, response: FakeResponse): void {
    if ('hangAfterChars' in response) return // never answers
    if ('cutAfterChars' in response || 'endAfterChars' in response) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"id":"msg_fake_', () => setImmediate(() => res.socket?.destroy()))
      return
    }
    if ('errorEventAfterChars' in response) return sendStatus(res, { status: 529 })
    const text = 'text' in response ? response.text : ''
    const usage = usageFor(body, text, (response as FakeStreamOptions).usage)
    sendJson(
      res,
      200,
      {
        id: `msg_fake_${counter}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [{ type: 'text', text }],
        stop_reason: 'stopReason' in response ? (response.stopReason ?? 'end_turn') : 'end_turn',
        stop_sequence: null,
        stop_details: null,
        usage,
      },
      { 'request-id': `req_fake_${counter}` },
    )
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let body: any = undefined
    let badJson = false
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
        badJson = true
      }
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const sentKey = req.headers['x-api-key']
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      apiKey: (Array.isArray(sentKey) ? sentKey[0] : sentKey) ?? bearer,
      body,
    }
    requests.push(request)
    counter++

    const isMessages = path === '/v1/messages' || path === '/v1/messages/count_tokens'
    if (req.method !== 'POST' || !isMessages) {
      return sendJson(res, 404, anthropicErrorBody(404, `Not found: ${req.method} ${path}`))
    }
    if (options.apiKey !== undefined && request.apiKey !== options.apiKey) {
      return sendJson(res, 401, anthropicErrorBody(401))
    }
    if (badJson || typeof body !== 'object' || body === null) {
      return sendJson(res, 400, anthropicErrorBody(400, 'Request body is not valid JSON'))
    }
    for (const field of ['model', 'messages'].concat(
      path === '/v1/messages' ? ['max_tokens'] : [],
    )) {
      if (body[field] === undefined) {
        return sendJson(res, 400, anthropicErrorBody(400, `${field}: Field required`))
      }
    }
    if (options.knownModels && !options.knownModels.includes(body.model)) {
      return sendJson(res, 404, anthropicErrorBody(404, `model: ${body.model}`))
    }
    if (path === '/v1/messages/count_tokens') {
      return sendJson(res, 200, { input_tokens: usageFor(body, '').input_tokens })
    }

    let response = queue.shift()
    if (response === undefined) {
      const answer = responder(body, request)
      response = typeof answer === 'string' ? { text: answer } : answer
    }
    if ('status' in response) return sendStatus(res, response)
    if (body.stream === true) return stream(res, body, response, request)
    return sendMessage(res, body, response)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy()
      else sendJson(res, 500, anthropicErrorBody(500, `fake server failure: ${String(error)}`))
    })
  })
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

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...responses) => {
      queue.push(...responses)
    },
    setDefault: (next) => {
      responder = next
    },
    pending: () => queue.length,
    clearCache: () => cache.clear(),
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
}
