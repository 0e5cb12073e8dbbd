/** When a model call is tried again: the pure decisions, and the middleware around them. No HTTP. */
import type { Middleware } from '@anthropic-ai/sdk'
import { describe, expect, it } from '@jest/globals'
import {
  GiveUpOnNetwork,
  isTransientStreamError,
  limitNetworkRetries,
  networkRetryGate,
  sleep,
  streamRetryDelay,
} from '../../../src/adapters/model/retry.js'
import type { NetworkFailure, NetworkFailureKind } from '../../../src/adapters/network-failure.js'

const failure = (kind: NetworkFailureKind, transient = true): NetworkFailure => ({
  kind,
  code: 'CODE',
  host: 'api.anthropic.invalid',
  address: null,
  transient,
  timeoutMs: null,
})

/** Runs the gate on the same error until it gives up; the errors passed back to retry. */
function triesBeforeGivingUp(found: NetworkFailure): number {
  const error = new TypeError('fetch failed')
  const gate = networkRetryGate((e) => (e === error ? found : undefined))
  for (let tries = 0; tries < 10; tries++) {
    const thrown = gate(error)
    if (thrown instanceof GiveUpOnNetwork) {
      expect(thrown).toMatchObject({ failure: found, original: error })
      return tries
    }
    expect(thrown).toBe(error)
  }
  throw new Error('never gave up')
}

describe('isTransientStreamError', () => {
  it('is true for the event types a new request may not meet, and for none', () => {
    for (const type of ['overloaded_error', 'api_error', 'rate_limit_error', 'timeout_error']) {
      expect(isTransientStreamError(type)).toBe(true)
    }
    expect(isTransientStreamError('throttlingException')).toBe(true)
    expect(isTransientStreamError('modelStreamErrorException')).toBe(true)
    expect(isTransientStreamError(undefined)).toBe(true)
  })

  it('is false for what the same request meets again', () => {
    for (const type of ['invalid_request_error', 'authentication_error', 'not_found_error']) {
      expect(isTransientStreamError(type)).toBe(false)
    }
  })
})

describe('streamRetryDelay', () => {
  it('doubles from the base before each re-send', () => {
    expect([1, 2, 3].map((retry) => streamRetryDelay(retry, 1000))).toEqual([1000, 2000, 4000])
    expect(streamRetryDelay(3, 0)).toBe(0)
  })
})

describe('networkRetryGate', () => {
  it('passes an error that got an answer as it is, every time', () => {
    const gate = networkRetryGate(() => undefined)
    const answered = new Error('500')
    expect([gate(answered), gate(answered), gate(answered)]).toEqual([answered, answered, answered])
  })

  it('retries a request that got no answer only as often as its kind allows', () => {
    expect(triesBeforeGivingUp(failure('tls', false))).toBe(0)
    expect(triesBeforeGivingUp(failure('dns', false))).toBe(1)
    expect(triesBeforeGivingUp(failure('timeout'))).toBe(1)
    expect(triesBeforeGivingUp(failure('refused'))).toBe(2)
    expect(triesBeforeGivingUp(failure('dns', true))).toBe(2)
  })
})

describe('limitNetworkRetries', () => {
  const request = {
    url: 'https://api.anthropic.invalid/v1/messages',
    method: 'POST',
    headers: new Headers(),
  }
  const run = (middleware: Middleware, next: () => Promise<Response>) =>
    middleware(request, next, {} as Parameters<Middleware>[2])

  it('passes the answer through', async () => {
    const response = new Response('ok')
    const middleware = limitNetworkRetries(() => undefined)
    await expect(run(middleware, () => Promise.resolve(response))).resolves.toBe(response)
  })

  it('stops the SDK once a request that got no answer has had its retries', async () => {
    const error = new TypeError('fetch failed')
    const middleware = limitNetworkRetries(() => failure('dns', false))
    const next = () => Promise.reject(error)
    await expect(run(middleware, next)).rejects.toBe(error)
    await expect(run(middleware, next)).rejects.toBeInstanceOf(GiveUpOnNetwork)
  })
})

describe('GiveUpOnNetwork', () => {
  it('has no cause, so the SDK does not take it for a timeout to retry', () => {
    const error = new GiveUpOnNetwork(failure('tls', false), new TypeError('fetch failed'))
    expect(error.cause).toBeUndefined()
    expect(error.name).toBe('GiveUpOnNetwork')
    expect(error.message).toBe('No answer; not retried again.')
  })
})

describe('sleep', () => {
  it('returns at once for no time or an aborted signal', async () => {
    const aborted = new AbortController()
    aborted.abort()
    const started = Date.now()
    await sleep(0, new AbortController().signal)
    await sleep(60_000, aborted.signal)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('waits, and stops waiting when the signal aborts', async () => {
    const started = Date.now()
    await sleep(20, new AbortController().signal)
    expect(Date.now() - started).toBeGreaterThanOrEqual(15)
    const deadline = new AbortController()
    setTimeout(() => deadline.abort(), 10)
    await sleep(60_000, deadline.signal)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
