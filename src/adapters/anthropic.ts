/**
 * Claude's Messages API behind the engine's `ModelClient`: one streamed turn per call, system
 * prompt cached, no tools. The Anthropic API is served here; Amazon Bedrock and Vertex AI speak the
 * same API through Anthropic's SDK packages for them, loaded only when chosen
 * (`./platforms/`).
 *
 * Retries happen at two levels:
 * - HTTP errors before the stream starts (408, 409, 429, 5xx, 529, connection failures) are
 *   retried by the SDK itself (`maxRetries`, honouring `retry-after` / `retry-after-ms`). A
 *   request that got no answer at all is retried only as often as its kind allows (see
 *   ./network-failure.ts: never after a TLS failure, once after a name that did not resolve),
 *   then fails as a ModelUnreachableError naming the host the request went to.
 * - A stream that breaks off mid-way (connection cut, SSE `error` event, or an end without
 *   `message_stop`) is not retried by the SDK; this adapter re-sends the whole request up to
 *   `streamRetries` times and discards the partial text.
 *
 * Usage accounting: `ModelResponse.usage` is what was billed as far as the stream told us — the
 * successful attempt's final usage plus, for each attempt that broke off after `message_start`,
 * its input/cache tokens and its output tokens (the larger of the last reported count and the
 * received text's length / 4). HTTP errors are not billed and count nothing. A `ModelError`
 * carries the same running total in `usage`, so a failed run can still report its cost.
 */
import Anthropic, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type Middleware,
} from '@anthropic-ai/sdk'
import type {
  MessageCreateParamsStreaming,
  RawMessageStreamEvent,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages'
import { PROVIDER_NAMES, type Provider } from '../core/model-id.js'
import { ACTION_SETTING_NAMES, type SettingNames } from '../core/setting-names.js'
import type { ModelClient, ModelRequest, ModelResponse, Usage } from '../core/types.js'
import { addUsage, emptyUsage } from '../core/usage.js'
import { MOST_OUTPUT_TOKENS } from '../defaults.js'
import {
  describeNetworkFailure,
  findNetworkFailure,
  hostOf,
  networkAdvice,
  networkRetryLimit,
  type NetworkFailure,
} from './network-failure.js'
import type { ClientOptions, MessagesClient } from './platforms/types.js'

export interface AnthropicModelOptions {
  /** Which platform serves Claude. Default 'anthropic'. */
  provider?: Provider
  /**
   * Anthropic API key. Empty or null only behind a gateway that authorises requests itself;
   * unused on Bedrock and Vertex, which take the runner's cloud credentials.
   */
  apiKey?: string | null
  /** Bedrock: the AWS region. Vertex: the Google Cloud region (or "global"). */
  region?: string
  /** Vertex: the Google Cloud project. */
  projectId?: string
  /**
   * API origin: a gateway or private endpoint. Defaults to the SDK's (ANTHROPIC_BASE_URL or
   * api.anthropic.com; the regional Bedrock or Vertex endpoint).
   */
  baseURL?: string
  /** The model id in the platform's form (see core/model-id). */
  model: string
  /** `max_tokens` of every request. */
  maxOutputTokens: number
  /** SDK retries of 408/409/429/5xx/529 and connection errors before the stream starts. Default 4. */
  maxRetries?: number
  /** Re-sends of the whole request when the stream breaks off mid-way. Default 2. */
  streamRetries?: number
  /** Deadline for one `complete()` call, all retries included. Default 10 minutes. */
  timeoutMs?: number
  /** Least time between two `onProgress` calls while streaming. Default 2000; 0 = every delta. */
  progressIntervalMs?: number
  /** Sent with every request, e.g. a gateway's own credentials. */
  defaultHeaders?: Record<string, string>
  /** Replaces the global fetch, e.g. one that goes through a proxy. */
  fetch?: typeof fetch
  /** Pause before stream retry n (1-based) is this × 2^(n-1) ms. Default 1000; tests use 0. */
  streamRetryDelayMs?: number
  /** How messages name the settings they point at. Default: the action's inputs. */
  settingNames?: SettingNames
}

export type ModelErrorCode =
  | 'auth'
  | 'model_not_found'
  | 'bad_request'
  | 'unavailable'
  | 'unreachable'
  | 'timeout'
  | 'output_truncated'
  | 'refusal'

/** A failed model call. Messages are plain words for the workflow log and never hold the key. */
export class ModelError extends Error {
  readonly code: ModelErrorCode
  /** HTTP status of the API's answer, when the failure was one. */
  readonly status: number | undefined
  /** Tokens billed before the failure, as far as known (see the module comment). */
  usage: Usage = emptyUsage()

  constructor(code: ModelErrorCode, message: string, status?: number) {
    super(message)
    this.name = new.target.name
    this.code = code
    this.status = status
  }
}

/** 401/403: the API key was rejected or lacks permission. */
export class ModelAuthError extends ModelError {
  constructor(message: string, status?: number) {
    super('auth', message, status)
  }
}

/** 404: the model (or the endpoint) does not exist. */
export class ModelNotFoundError extends ModelError {
  constructor(message: string, status?: number) {
    super('model_not_found', message, status)
  }
}

/** 400 and other non-retryable 4xx: the API refused the request as sent. */
export class ModelRequestError extends ModelError {
  constructor(message: string, status?: number) {
    super('bad_request', message, status)
  }
}

/** Overloaded, rate-limited, server errors or broken streams, after every retry. */
export class ModelUnavailableError extends ModelError {
  constructor(message: string, status?: number) {
    super('unavailable', message, status)
  }
}

/**
 * The request got no answer at all: the host's name did not resolve, the connection was refused
 * or timed out, the TLS handshake failed. `failure` says which, and names the host.
 */
export class ModelUnreachableError extends ModelError {
  constructor(
    message: string,
    readonly failure: NetworkFailure,
  ) {
    super('unreachable', message)
  }
}

/** No complete response within the deadline. */
export class ModelTimeoutError extends ModelError {
  constructor(message: string) {
    super('timeout', message)
  }
}

/** The model stopped at `max_tokens`, or when its context window was full. */
export class ModelOutputTruncatedError extends ModelError {
  constructor(
    message: string,
    /** The `max_tokens` the request was sent with. */
    readonly maxOutputTokens: number,
    /** The output tokens the answer had reached when it stopped. */
    readonly outputTokens: number,
  ) {
    super('output_truncated', message)
  }
}

/** The model declined to answer (`stop_reason: refusal`). */
export class ModelRefusalError extends ModelError {
  constructor(message: string) {
    super('refusal', message)
  }
}

const DEFAULTS = {
  maxRetries: 4,
  streamRetries: 2,
  timeoutMs: 10 * 60 * 1000,
  progressIntervalMs: 2000,
  streamRetryDelayMs: 1000,
}

/** SSE `error` event types that are worth re-sending the request for (Bedrock's too). */
const TRANSIENT_STREAM_ERRORS = new Set([
  'overloaded_error',
  'api_error',
  'rate_limit_error',
  'timeout_error',
  'throttlingException',
  'serviceUnavailableException',
  'internalServerException',
  'modelStreamErrorException',
  'modelTimeoutException',
  'modelNotReadyException',
])

const estimateTokens = (text: string): number => Math.ceil(text.length / 4)

/**
 * Thrown by the adapter's middleware to stop the SDK retrying a request that got no answer (an
 * error from middleware that is not a fetch error is passed on as it is). Its message and lack
 * of `cause` keep the SDK from taking it for a timeout, which it would retry.
 */
class GiveUpOnNetwork extends Error {
  constructor(
    readonly failure: NetworkFailure,
    /** What the SDK would have retried. */
    readonly original: unknown,
  ) {
    super('No answer; not retried again.')
    this.name = 'GiveUpOnNetwork'
  }
}

interface CredentialHints {
  what: string
  check: string
  permissions: string
  missing: string
  model: string
}

/** What to check when a platform refuses the credentials, in its own terms and the interface's. */
function credentialHints(provider: Provider, names: SettingNames): CredentialHints {
  switch (provider) {
    case 'anthropic':
      return {
        what: 'the API key',
        check: `Check ${names.apiKey}.`,
        permissions: `Check the key’s permissions (and the gateway’s, if you set ${names.baseUrl}).`,
        missing: `Set ${names.apiKey}.`,
        model: `Check ${names.model} (and ${names.baseUrl}, if you set it).`,
      }
    case 'bedrock':
      return {
        what: 'the AWS credentials',
        check: `Check ${names.awsCredentials} and ${names.awsRegion}.`,
        permissions:
          'The role needs bedrock:InvokeModelWithResponseStream on the model or inference profile, and the model must be enabled in Bedrock’s model access.',
        missing: names.awsSignIn,
        model: `Use a Bedrock model id or inference profile offered in the region, such as us.anthropic.claude-sonnet-5-5, in ${names.model}.`,
      }
    case 'vertex':
      return {
        what: 'the Google Cloud credentials',
        check: `Check ${names.googleCredentials} and ${names.vertexProjectId}.`,
        permissions:
          'The identity needs the Vertex AI User role (aiplatform.endpoints.predict) in the project, and the Claude model must be enabled in the Model Garden.',
        missing: names.googleSignIn,
        model: `Use a Claude model enabled in the project’s Model Garden for this region, such as claude-sonnet-5-5, in ${names.model}, and check ${names.vertexRegion}.`,
      }
  }
}

/** How the platform SDKs report that no cloud credentials could be found. */
const CREDENTIAL_FAILURE = /^Failed to (resolve AWS credentials|acquire Google OAuth credentials)/

/**
 * The cloud metadata services the credential chains try last: off the cloud, not reaching one
 * means there are no credentials, not that the network is down.
 */
const METADATA_SERVICE =
  /^(\[?fd00:ec2::254\]?|169\.254\.169\.254|169\.254\.170\.2|metadata\.google\.internal)(:\d+)?$/

function isMetadataService(failure: NetworkFailure): boolean {
  return [failure.host, failure.address].some((host) => host != null && METADATA_SERVICE.test(host))
}

/** The network failure that kept a platform SDK from getting credentials, if that was it. */
function credentialNetworkFailure(error: unknown): NetworkFailure | undefined {
  if (!(error instanceof APIConnectionError) || !CREDENTIAL_FAILURE.test(error.message)) {
    return undefined
  }
  const failure = findNetworkFailure(error.cause)
  return failure && !isMetadataService(failure) ? failure : undefined
}

/** The API's own words: Anthropic's `error.message`, or Bedrock's top-level `message`. */
function messageOf(error: InstanceType<typeof APIError>): string {
  const body = error.error as { message?: unknown } | undefined
  return error.apiMessage ?? (typeof body?.message === 'string' ? body.message : error.message)
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`The model client needs the ${name} option for this provider.`)
  return value
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve()
    const onAbort = () => {
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

const count = (n: number): string => n.toLocaleString('en-US')

/** The size of text as a file on disk: "120 KB", "3.4 KB", "600 bytes". */
function formatSize(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes < 1000) return plural(bytes, 'byte')
  const kb = bytes / 1000
  return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`
}

/** What to do when an answer reached the output limit: a higher one, while there is one. */
function raiseOutputLimit(limit: number, names: SettingNames): string {
  if (limit >= MOST_OUTPUT_TOKENS) {
    return (
      `That is as long as current Claude models write; ask for a shorter design (fewer or ` +
      'shorter requirements, or instructions that ask for brevity) and run again.'
    )
  }
  const higher = Math.min(limit * 2, MOST_OUTPUT_TOKENS)
  return `Raise ${names.maxOutputTokens} (for example to ${count(higher)}) and run again.`
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 0))} s`
}

/** The messages of an error and its causes, e.g. "terminated: other side closed (UND_ERR_SOCKET)". */
function describeCause(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current != null; depth++) {
    if (typeof current !== 'object') {
      parts.push(String(current))
      break
    }
    const { message, code } = current as { message?: unknown; code?: unknown }
    let part = typeof message === 'string' ? message : ''
    if (typeof code === 'string' && !part.includes(code)) part = part ? `${part} (${code})` : code
    if (part && !parts.includes(part)) parts.push(part)
    current = (current as { cause?: unknown }).cause
  }
  return parts.join(': ') || 'unknown error'
}

function describeStatus(status: number): string {
  if (status === 529) return 'overloaded'
  if (status === 429) return 'rate limit reached'
  if (status === 408) return 'request timed out'
  if (status === 409) return 'conflict'
  if (status === 500) return 'internal server error'
  if (status === 502 || status === 503) return 'unavailable'
  if (status === 504) return 'gateway timeout'
  return 'server error'
}

/** How one streamed attempt ended, when it did not throw. */
type Attempt =
  | { ok: true; text: string; usage: Usage; model: string; stopReason: string | null }
  | { ok: false; cause: string; usage: Usage }

export function createAnthropicModel(options: AnthropicModelOptions): ModelClient {
  const model = options.model
  const maxRetries = options.maxRetries ?? DEFAULTS.maxRetries
  const streamRetries = options.streamRetries ?? DEFAULTS.streamRetries
  const timeoutMs = Math.max(1, Math.round(options.timeoutMs ?? DEFAULTS.timeoutMs))
  const progressIntervalMs = options.progressIntervalMs ?? DEFAULTS.progressIntervalMs
  const streamRetryDelayMs = options.streamRetryDelayMs ?? DEFAULTS.streamRetryDelayMs
  const provider = options.provider ?? 'anthropic'
  const apiKey = options.apiKey || null
  /** "the Anthropic API", "Amazon Bedrock", "Vertex AI" */
  const api = PROVIDER_NAMES[provider]
  const Api = api.charAt(0).toUpperCase() + api.slice(1)
  /** "Anthropic API", "Amazon Bedrock", "Vertex AI": as a name before a noun. */
  const apiName = api.replace(/^the /, '')
  const names = options.settingNames ?? ACTION_SETTING_NAMES
  const credentials = credentialHints(provider, names)

  // Values shorter than this are not real secrets; replacing them would garble every message.
  const secrets = [apiKey, ...Object.values(options.defaultHeaders ?? {})].filter(
    (value): value is string => value != null && value.length >= 8,
  )
  const redact = (text: string): string =>
    secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text)

  // Counts HTTP requests (retries included) of the current complete() call, for messages.
  let httpAttempts = 0
  // Requests that got no answer, classified with the host they went to (after the platform SDK
  // rewrote the URL), keyed by the error fetch threw and by its cause: the SDK passes on one or
  // the other (a copy with the same cause, for an error from another realm).
  const networkFailures = new WeakMap<object, NetworkFailure>()
  let lastNetworkFailure: NetworkFailure | null = null
  let lastHost: string | null = null
  const baseFetch = options.fetch ?? fetch
  const countingFetch: typeof fetch = async (input, init) => {
    httpAttempts++
    const url = input instanceof Request ? input.url : input
    lastHost = hostOf(url) ?? lastHost
    lastNetworkFailure = null
    try {
      return await baseFetch(input, init)
    } catch (error) {
      const failure = findNetworkFailure(error, url)
      if (failure && typeof error === 'object' && error !== null) {
        lastNetworkFailure = failure
        networkFailures.set(error, failure)
        const cause = (error as { cause?: unknown }).cause
        if (typeof cause === 'object' && cause !== null) networkFailures.set(cause, failure)
      }
      throw error
    }
  }
  const failureOf = (error: unknown): NetworkFailure | undefined => {
    if (typeof error !== 'object' || error === null) return undefined
    const cause = (error as { cause?: unknown }).cause
    return (
      networkFailures.get(error) ??
      (typeof cause === 'object' && cause !== null ? networkFailures.get(cause) : undefined)
    )
  }
  /**
   * Per request: lets the SDK retry a request that got no answer only as often as its kind
   * allows, and then stops it.
   */
  const limitNetworkRetries = (): Middleware => {
    let retries = 0
    return async (request, next) => {
      try {
        return await next(request)
      } catch (error) {
        const failure = failureOf(error) ?? credentialNetworkFailure(error)
        if (!failure) throw error
        if (retries >= networkRetryLimit(failure)) throw new GiveUpOnNetwork(failure, error)
        retries++
        throw error
      }
    }
  }
  /** Where requests go: what to check when they cannot get there. */
  const endpointSetting =
    options.baseURL || provider === 'anthropic'
      ? names.baseUrl
      : provider === 'bedrock'
        ? names.awsRegion
        : names.vertexRegion
  const unreachable = (failure: NetworkFailure, attempts: number): ModelUnreachableError => {
    const host = failure.host ?? lastHost ?? hostOf(options.baseURL) ?? 'its endpoint'
    const after = attempts > 1 ? ` after ${plural(attempts, 'attempt')}` : ''
    return new ModelUnreachableError(
      redact(
        `Could not reach ${api} at ${host}${after}: ${describeNetworkFailure(failure)}. ` +
          networkAdvice(failure, endpointSetting),
      ),
      failure,
    )
  }
  const clientOptions: ClientOptions = {
    baseURL: options.baseURL,
    maxRetries,
    timeout: timeoutMs,
    defaultHeaders: options.defaultHeaders,
    fetch: countingFetch,
  }
  // One client for every call, so cloud credentials are fetched once and reused.
  let client: Promise<MessagesClient> | null = null
  const getClient = (): Promise<MessagesClient> => (client ??= createClient())

  async function createClient(): Promise<MessagesClient> {
    if (provider === 'bedrock') {
      const { createBedrockClient } = await import('./platforms/bedrock.js')
      return createBedrockClient({ ...clientOptions, region: required(options.region, 'region') })
    }
    if (provider === 'vertex') {
      const { createVertexClient } = await import('./platforms/vertex.js')
      return createVertexClient({
        ...clientOptions,
        region: required(options.region, 'region'),
        projectId: required(options.projectId, 'projectId'),
      })
    }
    return new Anthropic({
      ...clientOptions,
      apiKey,
      // Without a key (a gateway that authorises requests itself) no Authorization is sent.
      defaultHeaders: apiKey
        ? options.defaultHeaders
        : { authorization: null, ...options.defaultHeaders },
    })
  }

  /** Maps an error the SDK threw (after its own retries) to a ModelError. */
  function fromSdkError(error: unknown, httpAttempts: number): ModelError {
    const attempts = plural(httpAttempts, 'attempt')
    if (error instanceof GiveUpOnNetwork) {
      return error.original instanceof APIConnectionError
        ? fromSdkError(error.original, httpAttempts)
        : unreachable(error.failure, httpAttempts)
    }
    if (error instanceof APIConnectionTimeoutError) {
      // undici's connect timeout, which the SDK takes for its own.
      if (lastNetworkFailure?.kind === 'timeout') {
        return unreachable(lastNetworkFailure, httpAttempts)
      }
      return new ModelTimeoutError(
        `No response from ${api} within ${formatSeconds(timeoutMs)} (${attempts}).`,
      )
    }
    if (error instanceof APIConnectionError) {
      const cause = redact(describeCause(error.cause ?? error))
      if (CREDENTIAL_FAILURE.test(error.message)) {
        // The platform SDK could not get cloud credentials: from the runner's environment, or
        // from a token endpoint it could not reach (named by the error, not by a request of ours).
        const network = credentialNetworkFailure(error)
        if (network) {
          const at = network.host ? ` at ${network.host}` : ''
          const setting = provider === 'bedrock' ? names.awsCredentials : names.googleCredentials
          return new ModelUnreachableError(
            redact(
              `${error.message.replace(/\.$/, '')}: the credentials endpoint${at} could not be ` +
                `reached: ${describeNetworkFailure(network)}. ${networkAdvice(network, setting)}`,
            ),
            network,
          )
        }
        return new ModelAuthError(`${error.message} (${cause}). ${credentials.missing}`)
      }
      const failure = failureOf(error.cause)
      if (failure) return unreachable(failure, httpAttempts)
      const host = lastHost ?? hostOf(options.baseURL) ?? 'the default endpoint'
      return new ModelUnavailableError(
        `Could not reach ${api} at ${host} after ${attempts} (${cause}).`,
      )
    }
    if (error instanceof APIError) {
      const status = error.status as number | undefined
      const apiMessage = redact(messageOf(error))
      const type = error.type ?? undefined
      if (status === undefined) return fromErrorType(type, apiMessage)
      if (status === 401) {
        return new ModelAuthError(
          `${Api} rejected ${credentials.what} (401). ${credentials.check}`,
          status,
        )
      }
      if (status === 403) {
        return new ModelAuthError(
          `${Api} refused access with ${credentials.what} (403): ${apiMessage}. ${credentials.check} ${credentials.permissions}`,
          status,
        )
      }
      if (status === 404) {
        return new ModelNotFoundError(
          `${Api} does not know the model "${model}" (404: ${apiMessage}). ${credentials.model}`,
          status,
        )
      }
      if (status === 408 || status === 409 || status === 429 || status >= 500) {
        return new ModelUnavailableError(
          `${apiName} ${describeStatus(status)} (${status}) after ${attempts}: ${apiMessage}. ` +
            'Try again later.',
          status,
        )
      }
      return new ModelRequestError(
        `${Api} rejected the request (${status}${type ? ` ${type}` : ''}): ${apiMessage}`,
        status,
      )
    }
    return new ModelUnavailableError(`The ${apiName} call failed: ${redact(describeCause(error))}`)
  }

  /** Maps a non-transient SSE `error` event to a ModelError. */
  function fromErrorType(type: string | undefined, message: string): ModelError {
    if (type === 'authentication_error' || type === 'permission_error') {
      return new ModelAuthError(
        `${Api} rejected ${credentials.what} mid-stream (${type}): ${message}. ${credentials.check}`,
      )
    }
    if (type === 'not_found_error') {
      return new ModelNotFoundError(
        `${Api} does not know the model "${model}" (${type}): ${message}`,
      )
    }
    if (type === undefined || TRANSIENT_STREAM_ERRORS.has(type)) {
      return new ModelUnavailableError(
        `${apiName} error mid-stream (${type ?? 'unknown'}): ${message}`,
      )
    }
    return new ModelRequestError(`${Api} rejected the request (${type}): ${message}`)
  }

  async function complete(request: ModelRequest): Promise<ModelResponse> {
    const deadline = new AbortController()
    const timer = setTimeout(() => deadline.abort(), timeoutMs)
    let billed = emptyUsage()
    httpAttempts = 0
    let lastText = ''
    const timedOut = () =>
      new ModelTimeoutError(
        `No complete response from the model within ${formatSeconds(timeoutMs)}` +
          (lastText ? ` (about ${estimateTokens(lastText)} output tokens had arrived).` : '.'),
      )

    const system = request.system.filter((text) => text.trim().length > 0)
    const params: MessageCreateParamsStreaming = {
      model,
      max_tokens: options.maxOutputTokens,
      messages: request.messages.map(({ role, content }) => ({ role, content })),
      stream: true,
    }
    if (system.length > 0) {
      params.system = system.map((text, i): TextBlockParam =>
        i === system.length - 1
          ? { type: 'text', text, cache_control: { type: 'ephemeral' } }
          : { type: 'text', text },
      )
    }

    const progress = (outputTokens: number, text: string) => {
      try {
        request.onProgress?.({ outputTokens, text })
      } catch {
        // A progress reporter must not break the call.
      }
    }

    /** One HTTP request and its stream. Throws ModelErrors for what retrying cannot fix. */
    async function attempt(): Promise<Attempt> {
      let stream: AsyncIterable<RawMessageStreamEvent>
      try {
        const messages = (await getClient()).messages
        stream = await messages.create(params, {
          signal: deadline.signal,
          middleware: [limitNetworkRetries()],
        })
      } catch (error) {
        if (deadline.signal.aborted) throw timedOut()
        throw fromSdkError(error, httpAttempts)
      }

      let text = ''
      let started = false
      let stopped = false
      let stopReason: string | null = null
      let responseModel = model
      const usage = emptyUsage()
      let lastProgressAt = -Infinity
      try {
        for await (const event of stream) {
          switch (event.type) {
            case 'message_start': {
              started = true
              responseModel = event.message.model || model
              const u = event.message.usage
              usage.inputTokens = u.input_tokens
              usage.outputTokens = u.output_tokens
              usage.cacheCreationInputTokens = u.cache_creation_input_tokens ?? 0
              usage.cacheReadInputTokens = u.cache_read_input_tokens ?? 0
              break
            }
            case 'content_block_start':
              if (event.content_block.type === 'text') text += event.content_block.text
              break
            case 'content_block_delta':
              if (event.delta.type === 'text_delta') {
                text += event.delta.text
                lastText = text
                const now = Date.now()
                if (now - lastProgressAt >= progressIntervalMs) {
                  lastProgressAt = now
                  progress(estimateTokens(text), text)
                }
              }
              break
            case 'message_delta': {
              stopReason = event.delta.stop_reason ?? stopReason
              const u = event.usage
              usage.outputTokens = u.output_tokens
              if (u.input_tokens != null) usage.inputTokens = u.input_tokens
              if (u.cache_creation_input_tokens != null) {
                usage.cacheCreationInputTokens = u.cache_creation_input_tokens
              }
              if (u.cache_read_input_tokens != null) {
                usage.cacheReadInputTokens = u.cache_read_input_tokens
              }
              break
            }
            case 'message_stop':
              stopped = true
              break
          }
        }
      } catch (error) {
        if (deadline.signal.aborted) throw timedOut()
        if (error instanceof APIError && error.status === undefined) {
          // An SSE `error` event (the SDK throws it as a status-less APIError).
          const type = error.type ?? undefined
          if (type !== undefined && !TRANSIENT_STREAM_ERRORS.has(type)) {
            throw fromErrorType(type, redact(error.apiMessage ?? error.message))
          }
        }
        return { ok: false, cause: describeBreak(error), usage: partialUsage(started, usage, text) }
      }
      // The SDK ends the iteration quietly when the request is aborted.
      if (deadline.signal.aborted) throw timedOut()
      if (!stopped) {
        return {
          ok: false,
          cause: 'the stream ended before message_stop',
          usage: partialUsage(started, usage, text),
        }
      }
      return { ok: true, text, usage, model: responseModel, stopReason }
    }

    function describeBreak(error: unknown): string {
      if (error instanceof APIError && error.status === undefined && error.type) {
        return `${error.type} event: ${redact(error.apiMessage ?? error.message)}`
      }
      return `the connection was cut (${redact(describeCause(error))})`
    }

    try {
      for (let retry = 0; ; retry++) {
        if (retry > 0) await sleep(streamRetryDelayMs * 2 ** (retry - 1), deadline.signal)
        if (deadline.signal.aborted) throw timedOut()
        const result = await attempt()
        billed = addUsage(billed, result.usage)
        if (!result.ok) {
          if (retry < streamRetries) continue
          const tries = retry === 0 ? 'the only attempt' : `all ${retry + 1} attempts`
          throw new ModelUnavailableError(
            `The ${apiName} response stream broke off mid-way on ${tries} ` +
              `(last: ${result.cause}). Try again later.`,
          )
        }
        if (result.stopReason === 'max_tokens') {
          throw new ModelOutputTruncatedError(
            `The answer was cut off at the output limit of ${count(options.maxOutputTokens)} tokens ` +
              `(about ${formatSize(result.text)} of design written). ` +
              raiseOutputLimit(options.maxOutputTokens, names),
            options.maxOutputTokens,
            result.usage.outputTokens,
          )
        }
        if (result.stopReason === 'model_context_window_exceeded') {
          throw new ModelOutputTruncatedError(
            `The answer was cut off at ${count(result.usage.outputTokens)} output tokens ` +
              `(about ${formatSize(result.text)} of design written) because the model's ` +
              'context window is full. Shorten the requirements or use a model with a larger ' +
              'context window.',
            options.maxOutputTokens,
            result.usage.outputTokens,
          )
        }
        if (result.stopReason === 'refusal') {
          throw new ModelRefusalError(
            'The model declined to write this design (stop_reason "refusal"). ' +
              'Review the requirements document for content that may trigger its safety policies.',
          )
        }
        progress(result.usage.outputTokens, result.text)
        return { text: result.text, usage: { ...billed }, model: result.model }
      }
    } catch (error) {
      const failure = error instanceof ModelError ? error : fromSdkError(error, httpAttempts)
      failure.usage = { ...billed }
      if (secrets.some((s) => failure.message.includes(s) || failure.stack?.includes(s))) {
        failure.message = redact(failure.message)
        failure.stack = redact(failure.stack ?? '')
      }
      throw failure
    } finally {
      clearTimeout(timer)
      deadline.abort() // releases anything still attached to the request
    }
  }

  return { model, complete }
}

/** Billed usage of an attempt that broke off: nothing before message_start. */
function partialUsage(started: boolean, usage: Usage, text: string): Usage {
  if (!started) return emptyUsage()
  return { ...usage, outputTokens: Math.max(usage.outputTokens, estimateTokens(text)) }
}
