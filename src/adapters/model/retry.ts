/**
 * When a model call is tried again. Retries happen at two levels:
 * - HTTP errors before the stream starts (408, 409, 429, 5xx, 529, connection failures) are
 *   retried by the SDK itself (`maxRetries`, honouring `retry-after` / `retry-after-ms`). A
 *   request that got no answer at all is retried only as often as its kind allows (see
 *   ../network-failure.ts: never after a TLS failure, once after a name that did not resolve):
 *   `limitNetworkRetries` stops the SDK there, and the call fails as a ModelUnreachableError.
 * - A stream that breaks off mid-way (connection cut, SSE `error` event, or an end without
 *   `message_stop`) is not retried by the SDK; the client re-sends the whole request up to
 *   `streamRetries` times, pausing `streamRetryDelay` before each, and discards the partial text.
 */
import type { Middleware } from '@anthropic-ai/sdk'
import { networkRetryLimit, type NetworkFailure } from '../network-failure.js'

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

/** Whether an SSE `error` event may pass if the request is sent again; one without a type may. */
export function isTransientStreamError(type: string | undefined): boolean {
  return type === undefined || TRANSIENT_STREAM_ERRORS.has(type)
}

/** The pause before stream retry `retry` (1-based): `baseMs`, doubling each time. */
export function streamRetryDelay(retry: number, baseMs: number): number {
  return baseMs * 2 ** (retry - 1)
}

/**
 * Thrown by the middleware to stop the SDK retrying a request that got no answer (an error from
 * middleware that is not a fetch error is passed on as it is). Its message and lack of `cause`
 * keep the SDK from taking it for a timeout, which it would retry.
 */
export class GiveUpOnNetwork extends Error {
  constructor(
    readonly failure: NetworkFailure,
    /** What the SDK would have retried. */
    readonly original: unknown,
  ) {
    super('No answer; not retried again.')
    this.name = 'GiveUpOnNetwork'
  }
}

/**
 * For one request: what to throw to the SDK for each failed attempt. An error that got an answer
 * passes as it is; one that got none passes (to be retried) while its kind allows another try,
 * then becomes a GiveUpOnNetwork.
 */
export function networkRetryGate(
  failureOf: (error: unknown) => NetworkFailure | undefined,
): (error: unknown) => unknown {
  let retries = 0
  return (error) => {
    const failure = failureOf(error)
    if (!failure) return error
    if (retries >= networkRetryLimit(failure)) return new GiveUpOnNetwork(failure, error)
    retries++
    return error
  }
}

/** The SDK middleware for one request that applies `networkRetryGate` to its attempts. */
export function limitNetworkRetries(
  failureOf: (error: unknown) => NetworkFailure | undefined,
): Middleware {
  const gate = networkRetryGate(failureOf)
  return async (request, next) => {
    try {
      return await next(request)
    } catch (error) {
      throw gate(error)
    }
  }
}

/** Waits `ms`, or less if the signal aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
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
