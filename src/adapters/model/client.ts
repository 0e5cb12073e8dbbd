/**
 * Claude's Messages API behind the engine's `ModelClient`: one streamed turn per call, system
 * prompt cached, no tools. The Anthropic API is served here; Amazon Bedrock and Vertex AI speak the
 * same API through Anthropic's SDK packages for them, loaded only when chosen (`./platforms/`).
 * How a call is retried is in ./retry.ts, how its stream is read in ./stream.ts, how its failures
 * read in ./errors.ts.
 *
 * Usage accounting: `ModelResponse.usage` is what was billed as far as the streams told us: the
 * successful attempt's final usage plus what each attempt that broke off was billed (see
 * ./stream.ts). HTTP errors are not billed and count nothing. A `ModelError` carries the same
 * running total in `usage`, so a failed run can still report its cost.
 *
 * Spend caps: a request's `maxOutputTokens` lowers `max_tokens` for that call, and its
 * `spendCap.stopWhen` is asked as the answer streams with what the call has cost so far (every
 * attempt's tokens). When it says stop, the request is aborted, not re-sent, and the call fails
 * with a `SpendCapError` carrying that usage; so does an answer cut off at a `max_tokens` the cap
 * lowered.
 */
import Anthropic from '@anthropic-ai/sdk'
import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages'
import { DEFAULTS } from '../../config/defaults.js'
import type { Provider } from '../../config/model-id.js'
import type { ModelPlatform } from '../../config/platform.js'
import { ACTION_SETTING_NAMES, type SettingNames } from '../../config/setting-names.js'
import { addUsage, emptyUsage, type Usage } from '../../config/usage.js'
import type { ModelClient, ModelRequest, ModelResponse } from '../../conversation/model.js'
import { answerStoppedError, SpendCapError } from '../../conversation/spend-cap.js'
import { redact } from '../../text/describe-error.js'
import { estimateTokens } from '../../text/tokens.js'
import {
  credentialNetworkFailure,
  fromErrorType,
  fromSdkError,
  ModelError,
  noCompleteResponse,
  redactError,
  secretsOf,
  type CallFacts,
} from './errors.js'
import type { ClientOptions, MessagesClient } from './platforms/types.js'
import { providerHints } from './provider-hints.js'
import { callMaxTokens, messageParams } from './request.js'
import { createRequestLog } from './request-log.js'
import { limitNetworkRetries, sleep, streamRetryDelay } from './retry.js'
import {
  attemptOf,
  partialUsage,
  progressReporter,
  progressThrottle,
  readStream,
  stopFailure,
  streamBrokeOff,
  streamRejection,
  type Attempt,
} from './stream.js'

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
  /** The model id in the platform's form (see config/model-id). */
  model: string
  /** `max_tokens` of every request that does not ask for fewer. */
  maxOutputTokens: number
  /** SDK retries of 408/409/429/5xx/529 and connection errors before the stream starts. Default 4. */
  maxRetries?: number
  /** Re-sends of the whole request when the stream breaks off mid-way. Default 2. */
  streamRetries?: number
  /** Deadline for one `complete()` call, all retries included. Default: the model-timeout-seconds default. */
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

/** The client's own tuning; the one setting among them people set, the deadline, is the table's. */
const CLIENT_DEFAULTS = {
  maxRetries: 4,
  streamRetries: 2,
  timeoutMs: DEFAULTS.modelTimeoutSeconds.value * 1000,
  progressIntervalMs: 2000,
  streamRetryDelayMs: 1000,
}

export function createAnthropicModel(options: AnthropicModelOptions): ModelClient {
  const model = options.model
  const streamRetries = options.streamRetries ?? CLIENT_DEFAULTS.streamRetries
  const timeoutMs = Math.max(1, Math.round(options.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs))
  const progressIntervalMs = options.progressIntervalMs ?? CLIENT_DEFAULTS.progressIntervalMs
  const streamRetryDelayMs = options.streamRetryDelayMs ?? CLIENT_DEFAULTS.streamRetryDelayMs
  const provider = options.provider ?? 'anthropic'
  const apiKey = options.apiKey || null
  const names = options.settingNames ?? ACTION_SETTING_NAMES
  const secrets = secretsOf(apiKey, options.defaultHeaders)
  const requests = createRequestLog(options.fetch ?? fetch)
  const call: CallFacts = {
    hints: providerHints(provider, names, options.baseURL),
    model,
    baseURL: options.baseURL,
    timeoutMs,
    secrets,
    requests,
  }
  const networkFailureOf = (error: unknown) =>
    requests.networkFailureOf(error) ?? credentialNetworkFailure(error)

  // One client for every call, so cloud credentials are fetched once and reused.
  let client: Promise<MessagesClient> | null = null
  const getClient = (): Promise<MessagesClient> =>
    (client ??= connect(provider, options, {
      baseURL: options.baseURL,
      maxRetries: options.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
      timeout: timeoutMs,
      defaultHeaders: options.defaultHeaders,
      fetch: requests.fetch,
    }))

  async function complete(request: ModelRequest): Promise<ModelResponse> {
    const deadline = new AbortController()
    const timer = setTimeout(() => deadline.abort(), timeoutMs)
    requests.startCall()
    let billed = emptyUsage()
    let lastText = ''
    const timedOut = () => noCompleteResponse(timeoutMs, lastText)
    const params = messageParams(request, model, options.maxOutputTokens)
    const maxTokens = callMaxTokens(request, options.maxOutputTokens)
    const cap = request.spendCap
    const loweredBy = cap && maxTokens < options.maxOutputTokens ? cap.limit : undefined
    // What the call has cost: the attempts before this one, and this one so far.
    const shouldStop = cap && ((usage: Usage) => cap.stopWhen(addUsage(billed, usage)))
    const progress = progressReporter(request.onProgress)

    /**
     * One HTTP request and its stream. Throws ModelErrors for what retrying cannot fix, and a
     * SpendCapError when the cap halts it.
     */
    async function attempt(): Promise<Attempt> {
      const halt = new AbortController()
      let events: AsyncIterable<RawMessageStreamEvent>
      try {
        const { messages } = await getClient()
        events = await messages.create(params, {
          signal: AbortSignal.any([deadline.signal, halt.signal]),
          middleware: [limitNetworkRetries(networkFailureOf)],
        })
      } catch (error) {
        if (deadline.signal.aborted) throw timedOut()
        throw fromSdkError(error, call)
      }
      const due = progressThrottle(progressIntervalMs)
      progress.restart()
      const end = await readStream(
        events,
        model,
        (text) => {
          lastText = text
          if (due()) progress.report(estimateTokens(text), text)
        },
        shouldStop,
      )
      if (!end.broken && end.halted && cap) {
        // Leaving the iteration aborted the SDK's request; this makes sure on every platform.
        halt.abort()
        // Billed, and not re-sent: that would spend past the cap.
        billed = addUsage(billed, partialUsage(end.state))
        throw answerStoppedError(cap.limit, billed, names)
      }
      // The SDK ends the iteration quietly when the request is aborted.
      if (deadline.signal.aborted) throw timedOut()
      const rejected = end.broken ? streamRejection(end.error) : undefined
      if (rejected) throw fromErrorType(rejected.type, redact(rejected.message, secrets), call)
      return attemptOf(end, secrets)
    }

    try {
      for (let retry = 0; ; retry++) {
        if (retry > 0) await sleep(streamRetryDelay(retry, streamRetryDelayMs), deadline.signal)
        if (deadline.signal.aborted) throw timedOut()
        const result = await attempt()
        billed = addUsage(billed, result.usage)
        if (!result.ok) {
          if (retry < streamRetries) continue
          throw streamBrokeOff(call.hints.apiName, retry + 1, result.cause)
        }
        const stopped = stopFailure(result, maxTokens, names, loweredBy)
        if (stopped) throw stopped
        progress.report(result.usage.outputTokens, result.text)
        return { text: result.text, usage: { ...billed }, model: result.model }
      }
    } catch (error) {
      const failure =
        error instanceof ModelError || error instanceof SpendCapError
          ? error
          : fromSdkError(error, call)
      failure.usage = { ...billed }
      throw redactError(failure, secrets)
    } finally {
      clearTimeout(timer)
      deadline.abort() // releases anything still attached to the request
    }
  }

  return { model, maxOutputTokens: options.maxOutputTokens, complete }
}

/** The SDK client of the platform, its SDK loaded only when it is the one chosen. */
async function connect(
  provider: Provider,
  options: AnthropicModelOptions,
  clientOptions: ClientOptions,
): Promise<MessagesClient> {
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
  const apiKey = options.apiKey || null
  return new Anthropic({
    ...clientOptions,
    apiKey,
    // Without a key (a gateway that authorises requests itself) no Authorization is sent.
    defaultHeaders: apiKey
      ? options.defaultHeaders
      : { authorization: null, ...options.defaultHeaders },
  })
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`The model client needs the ${name} option for this provider.`)
  return value
}

/** The model client's options for this platform, as the action and the command line build it. */
export function modelOptions(
  platform: ModelPlatform,
): Pick<
  AnthropicModelOptions,
  'provider' | 'apiKey' | 'region' | 'projectId' | 'baseURL' | 'defaultHeaders' | 'model'
> {
  return {
    provider: platform.provider,
    apiKey: platform.apiKey,
    region: platform.region ?? undefined,
    projectId: platform.projectId ?? undefined,
    baseURL: platform.baseURL ?? undefined,
    defaultHeaders: platform.headers,
    model: platform.model,
  }
}
