/** The fetch that notes a call's requests, their host and why one got no answer. No HTTP. */
import { describe, expect, it } from '@jest/globals'
import { createRequestLog } from '../../../src/adapters/model/request-log.js'

const refused = (): TypeError =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4321'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 4321,
    }),
  })

describe('createRequestLog', () => {
  it('counts the requests of a call and names the host of the last one', async () => {
    const log = createRequestLog(() => Promise.resolve(new Response('ok')))
    expect(log).toMatchObject({ attempts: 0, lastHost: null, lastNetworkFailure: null })
    await log.fetch('https://api.anthropic.com/v1/messages')
    await log.fetch(new Request('https://bedrock-runtime.eu-central-1.amazonaws.com:8443/model'))
    expect(log.attempts).toBe(2)
    expect(log.lastHost).toBe('bedrock-runtime.eu-central-1.amazonaws.com:8443')
    log.startCall()
    expect(log.attempts).toBe(0)
    // The host stays known for a call that has made no request yet.
    expect(log.lastHost).toBe('bedrock-runtime.eu-central-1.amazonaws.com:8443')
  })

  it('notes why a request got no answer, for the error and for its cause', async () => {
    const error = refused()
    const log = createRequestLog(() => Promise.reject(error))
    await expect(log.fetch('http://127.0.0.1:4321/v1/messages')).rejects.toBe(error)
    const failure = { kind: 'refused', code: 'ECONNREFUSED', host: '127.0.0.1:4321' }
    expect(log.lastNetworkFailure).toMatchObject(failure)
    expect(log.networkFailureOf(error)).toMatchObject(failure)
    expect(log.networkFailureOf(error.cause)).toMatchObject(failure)
    // A copy the SDK made, with the same cause.
    expect(log.networkFailureOf({ message: 'copy', cause: error.cause })).toMatchObject(failure)
    expect(log.networkFailureOf(new Error('other'))).toBeUndefined()
    expect(log.networkFailureOf('a string')).toBeUndefined()
  })

  it('forgets the failure once a request gets an answer, and ignores what is no network failure', async () => {
    let fail = true
    const log = createRequestLog(() =>
      fail ? Promise.reject(refused()) : Promise.resolve(new Response('ok')),
    )
    await expect(log.fetch('http://127.0.0.1:4321/')).rejects.toThrow('fetch failed')
    fail = false
    await log.fetch('http://127.0.0.1:4321/')
    expect(log.lastNetworkFailure).toBeNull()

    const aborted = createRequestLog(() =>
      Promise.reject(new DOMException('aborted', 'AbortError')),
    )
    await expect(aborted.fetch('https://api.anthropic.com/')).rejects.toThrow('aborted')
    expect(aborted.lastNetworkFailure).toBeNull()
  })
})
