/**
 * How a model call fails: the ModelError classes the engine and the command line tell apart, and
 * the mapping from what the SDK threw (an HTTP status and body, an SSE error event, a request that
 * got no answer, cloud credentials that could not be had) to one of them, with a message that
 * says what to check, in the terms of the platform and of the interface's settings.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk'
import { emptyUsage, type Usage } from '../../config/usage.js'
import { redact } from '../../text/describe-error.js'
import { estimateTokens } from '../../text/tokens.js'
import { plural } from '../../text/wording.js'
import {
  describeNetworkFailure,
  findNetworkFailure,
  hostOf,
  networkAdvice,
  type NetworkFailure,
} from '../network-failure.js'
import type { ProviderHints } from './provider-hints.js'
import type { RequestsSoFar } from './request-log.js'
import { GiveUpOnNetwork, isTransientStreamError } from './retry.js'

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
  /** Tokens billed before the failure, as far as known (see client.ts). */
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

/** What a message about a failed call may name. */
export interface CallFacts {
  hints: ProviderHints
  /** The model id the request was sent with. */
  model: string
  /** The endpoint set, if one was. */
  baseURL: string | undefined
  /** The deadline of one call. */
  timeoutMs: number
  /** Values never to show: the API key and the default headers' values. */
  secrets: readonly string[]
  requests: RequestsSoFar
}

/** The values an error message must never show: the key and every header's value. */
export function secretsOf(
  apiKey: string | null | undefined,
  headers: Record<string, string> | undefined,
): string[] {
  return [apiKey, ...Object.values(headers ?? {})].filter(
    (value): value is string => value != null && value !== '',
  )
}

/** Removes the secrets from an error's message and stack, whichever part built them. */
export function redactError<E extends Error>(error: E, secrets: readonly string[]): E {
  error.message = redact(error.message, secrets)
  if (error.stack !== undefined) error.stack = redact(error.stack, secrets)
  return error
}

/** Maps an error the SDK threw (after its own retries) to a ModelError. */
export function fromSdkError(error: unknown, call: CallFacts): ModelError {
  if (error instanceof GiveUpOnNetwork) {
    return error.original instanceof APIConnectionError
      ? fromSdkError(error.original, call)
      : unreachable(error.failure, call)
  }
  if (error instanceof APIConnectionTimeoutError) return fromConnectionTimeout(call)
  if (error instanceof APIConnectionError) return fromConnectionError(error, call)
  if (error instanceof APIError) return fromApiError(error, call)
  return new ModelUnavailableError(
    `The ${call.hints.apiName} call failed: ${redact(describeCause(error), call.secrets)}`,
  )
}

function fromConnectionTimeout(call: CallFacts): ModelError {
  const last = call.requests.lastNetworkFailure
  // undici's connect timeout, which the SDK takes for its own.
  if (last?.kind === 'timeout') return unreachable(last, call)
  return new ModelTimeoutError(
    `No response from ${call.hints.api} within ${formatSeconds(call.timeoutMs)} ` +
      `(${plural(call.requests.attempts, 'attempt')}).`,
  )
}

function fromConnectionError(error: APIConnectionError, call: CallFacts): ModelError {
  if (isCredentialFailure(error.message)) return fromCredentialFailure(error, call)
  const failure = call.requests.networkFailureOf(error.cause)
  if (failure) return unreachable(failure, call)
  const host = call.requests.lastHost ?? hostOf(call.baseURL) ?? 'the default endpoint'
  const cause = redact(describeCause(error.cause ?? error), call.secrets)
  return new ModelUnavailableError(
    `Could not reach ${call.hints.api} at ${host} after ` +
      `${plural(call.requests.attempts, 'attempt')} (${cause}).`,
  )
}

/**
 * The platform SDK could not get cloud credentials: from the runner's environment, or from a
 * token endpoint it could not reach (named by the error, not by a request of ours).
 */
function fromCredentialFailure(error: APIConnectionError, call: CallFacts): ModelError {
  const network = credentialNetworkFailure(error)
  if (network) {
    const at = network.host ? ` at ${network.host}` : ''
    return new ModelUnreachableError(
      redact(
        `${error.message.replace(/\.$/, '')}: the credentials endpoint${at} could not be ` +
          `reached: ${describeNetworkFailure(network)}. ` +
          networkAdvice(network, call.hints.credentialsSetting),
        call.secrets,
      ),
      network,
    )
  }
  const cause = redact(describeCause(error.cause ?? error), call.secrets)
  return new ModelAuthError(`${error.message} (${cause}). ${call.hints.credentials.missing}`)
}

/** An answer with an HTTP status, or an SSE `error` event (a status-less APIError). */
function fromApiError(error: InstanceType<typeof APIError>, call: CallFacts): ModelError {
  const apiMessage = redact(messageOf(error), call.secrets)
  const type = error.type ?? undefined
  if (error.status === undefined) return fromErrorType(type, apiMessage, call)
  return fromHttpStatus(error.status, type, apiMessage, call)
}

/** Maps the API's answer to a ModelError, by its status: each with what to check. */
export function fromHttpStatus(
  status: number,
  type: string | undefined,
  apiMessage: string,
  call: CallFacts,
): ModelError {
  const { Api, apiName, credentials } = call.hints
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
      `${Api} does not know the model "${call.model}" (404: ${apiMessage}). ${credentials.model}`,
      status,
    )
  }
  if (status === 408 || status === 409 || status === 429 || status >= 500) {
    return new ModelUnavailableError(
      `${apiName} ${describeStatus(status)} (${status}) after ` +
        `${plural(call.requests.attempts, 'attempt')}: ${apiMessage}. Try again later.`,
      status,
    )
  }
  return new ModelRequestError(
    `${Api} rejected the request (${status}${type ? ` ${type}` : ''}): ${apiMessage}`,
    status,
  )
}

/** Maps an SSE `error` event, by its type, to a ModelError. */
export function fromErrorType(
  type: string | undefined,
  message: string,
  call: Pick<CallFacts, 'hints' | 'model'>,
): ModelError {
  const { Api, apiName, credentials } = call.hints
  if (type === 'authentication_error' || type === 'permission_error') {
    return new ModelAuthError(
      `${Api} rejected ${credentials.what} mid-stream (${type}): ${message}. ${credentials.check}`,
    )
  }
  if (type === 'not_found_error') {
    return new ModelNotFoundError(
      `${Api} does not know the model "${call.model}" (${type}): ${message}`,
    )
  }
  if (isTransientStreamError(type)) {
    return new ModelUnavailableError(
      `${apiName} error mid-stream (${type ?? 'unknown'}): ${message}`,
    )
  }
  return new ModelRequestError(`${Api} rejected the request (${type}): ${message}`)
}

/** A request that got no answer: the host it went to, why, and what to check. */
export function unreachable(failure: NetworkFailure, call: CallFacts): ModelUnreachableError {
  const { attempts, lastHost } = call.requests
  const host = failure.host ?? lastHost ?? hostOf(call.baseURL) ?? 'its endpoint'
  const after = attempts > 1 ? ` after ${plural(attempts, 'attempt')}` : ''
  return new ModelUnreachableError(
    redact(
      `Could not reach ${call.hints.api} at ${host}${after}: ${describeNetworkFailure(failure)}. ` +
        networkAdvice(failure, call.hints.endpointSetting),
      call.secrets,
    ),
    failure,
  )
}

/** The deadline passed; `partialText` is what had arrived of the answer. */
export function noCompleteResponse(timeoutMs: number, partialText: string): ModelTimeoutError {
  return new ModelTimeoutError(
    `No complete response from the model within ${formatSeconds(timeoutMs)}` +
      (partialText ? ` (about ${estimateTokens(partialText)} output tokens had arrived).` : '.'),
  )
}

/** How the platform SDKs report that no cloud credentials could be found. */
const CREDENTIAL_FAILURE = /^Failed to (resolve AWS credentials|acquire Google OAuth credentials)/

export function isCredentialFailure(message: string): boolean {
  return CREDENTIAL_FAILURE.test(message)
}

/**
 * The cloud metadata services the credential chains try last: off the cloud, not reaching one
 * means there are no credentials, not that the network is down.
 */
const METADATA_SERVICE =
  /^(\[?fd00:ec2::254\]?|169\.254\.169\.254|169\.254\.170\.2|metadata\.google\.internal)(:\d+)?$/

export function isMetadataService(failure: NetworkFailure): boolean {
  return [failure.host, failure.address].some((host) => host != null && METADATA_SERVICE.test(host))
}

/** The network failure that kept a platform SDK from getting credentials, if that was it. */
export function credentialNetworkFailure(error: unknown): NetworkFailure | undefined {
  if (!(error instanceof APIConnectionError) || !isCredentialFailure(error.message)) {
    return undefined
  }
  const failure = findNetworkFailure(error.cause)
  return failure && !isMetadataService(failure) ? failure : undefined
}

/** The API's own words: Anthropic's `error.message`, or Bedrock's top-level `message`. */
export function messageOf(error: InstanceType<typeof APIError>): string {
  const body = error.error as { message?: unknown } | undefined
  return error.apiMessage ?? (typeof body?.message === 'string' ? body.message : error.message)
}

/** The messages of an error and its causes, e.g. "terminated: other side closed (UND_ERR_SOCKET)". */
export function describeCause(error: unknown): string {
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

export function describeStatus(status: number): string {
  if (status === 529) return 'overloaded'
  if (status === 429) return 'rate limit reached'
  if (status === 408) return 'request timed out'
  if (status === 409) return 'conflict'
  if (status === 500) return 'internal server error'
  if (status === 502 || status === 503) return 'unavailable'
  if (status === 504) return 'gateway timeout'
  return 'server error'
}

/** "0.15 s" under ten seconds, "600 s" above. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 0))} s`
}
