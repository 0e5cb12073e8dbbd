/**
 * The fetch the SDK is given, noting what its errors do not tell: how many HTTP requests a call
 * made (retries included), the host the last one went to (after a platform SDK rewrote the URL),
 * and, for a request that got no answer, why, classified with that host.
 */
import { findNetworkFailure, hostOf, type NetworkFailure } from '../network-failure.js'

/** What the requests of the current call showed, as error messages need it. */
export interface RequestsSoFar {
  /** HTTP requests since the call started, retries included. */
  readonly attempts: number
  /** The host the last request went to, of this call or an earlier one. */
  readonly lastHost: string | null
  /** Why the last request got no answer, if it got none. */
  readonly lastNetworkFailure: NetworkFailure | null
  /** The failure noted for an error fetch threw (or for its cause), as the SDK passes it on. */
  networkFailureOf(error: unknown): NetworkFailure | undefined
}

export interface RequestLog extends RequestsSoFar {
  readonly fetch: typeof fetch
  /** Starts counting the requests of a new call. */
  startCall(): void
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null

export function createRequestLog(baseFetch: typeof fetch): RequestLog {
  let attempts = 0
  let lastHost: string | null = null
  let lastNetworkFailure: NetworkFailure | null = null
  // Keyed by the error fetch threw and by its cause: the SDK passes on one or the other (a copy
  // with the same cause, for an error from another realm).
  const failures = new WeakMap<object, NetworkFailure>()

  const loggingFetch: typeof fetch = async (input, init) => {
    attempts++
    const url = input instanceof Request ? input.url : input
    lastHost = hostOf(url) ?? lastHost
    lastNetworkFailure = null
    try {
      return await baseFetch(input, init)
    } catch (error) {
      const failure = findNetworkFailure(error, url)
      if (failure && isObject(error)) {
        lastNetworkFailure = failure
        failures.set(error, failure)
        const cause = (error as { cause?: unknown }).cause
        if (isObject(cause)) failures.set(cause, failure)
      }
      throw error
    }
  }

  return {
    fetch: loggingFetch,
    get attempts() {
      return attempts
    },
    get lastHost() {
      return lastHost
    },
    get lastNetworkFailure() {
      return lastNetworkFailure
    },
    networkFailureOf(error) {
      if (!isObject(error)) return undefined
      const cause = (error as { cause?: unknown }).cause
      return failures.get(error) ?? (isObject(cause) ? failures.get(cause) : undefined)
    },
    startCall() {
      attempts = 0
    },
  }
}
