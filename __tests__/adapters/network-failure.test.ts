/** Telling a request that got no answer apart by its cause, as both adapters do. */
import { describe, expect, it } from '@jest/globals'
import {
  describeNetworkFailure,
  findNetworkFailure,
  hostOf,
  networkAdvice,
  networkRetryLimit,
  type NetworkFailure,
} from '../../src/adapters/network-failure.js'

/** Node's fetch: `TypeError: fetch failed`, the system or undici error as its cause. */
const fetchFailed = (cause: unknown): TypeError =>
  Object.assign(new TypeError('fetch failed'), { cause })

const systemError = (message: string, fields: Record<string, unknown>): Error =>
  Object.assign(new Error(message), fields)

const ENOTFOUND = systemError('getaddrinfo ENOTFOUND api.github.invalid', {
  code: 'ENOTFOUND',
  errno: -3008,
  syscall: 'getaddrinfo',
  hostname: 'api.github.invalid',
})
const ECONNREFUSED = systemError('connect ECONNREFUSED 127.0.0.1:4321', {
  code: 'ECONNREFUSED',
  errno: -111,
  syscall: 'connect',
  address: '127.0.0.1',
  port: 4321,
})
const CONNECT_TIMEOUT = Object.assign(
  systemError(
    'Connect Timeout Error (attempted address: api.github.invalid:443, timeout: 10000ms)',
    { code: 'UND_ERR_CONNECT_TIMEOUT' },
  ),
  { name: 'ConnectTimeoutError' },
)

const ENDPOINT = 'GITHUB_API_URL on GitHub Enterprise Server'

describe('findNetworkFailure', () => {
  it.each([
    ['ENOTFOUND', 'dns', false],
    ['EAI_NONAME', 'dns', false],
    ['EAI_AGAIN', 'dns', true],
    ['ECONNREFUSED', 'refused', true],
    ['ENETUNREACH', 'unreachable', true],
    ['EHOSTUNREACH', 'unreachable', true],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', true],
    ['ETIMEDOUT', 'timeout', true],
    ['ECONNRESET', 'reset', true],
    ['UND_ERR_SOCKET', 'reset', true],
    ['EPIPE', 'reset', true],
    ['CERT_HAS_EXPIRED', 'tls', false],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls', false],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls', false],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', false],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', false],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls', false],
  ])('classifies %s as %s', (code, kind, transient) => {
    const failure = findNetworkFailure(fetchFailed(systemError('x', { code })), 'https://h.test/')
    expect(failure).toMatchObject({ kind, transient, code, host: 'h.test' })
  })

  it('walks the whole cause chain: Octokit wraps the fetch error in a RequestError', () => {
    const requestError = Object.assign(new Error('getaddrinfo ENOTFOUND api.github.invalid'), {
      status: 500,
      request: { url: 'https://api.github.invalid/repos/a/b' },
      cause: fetchFailed(ENOTFOUND),
    })
    expect(findNetworkFailure(requestError, 'https://api.github.invalid/repos/a/b')).toEqual({
      kind: 'dns',
      code: 'ENOTFOUND',
      host: 'api.github.invalid',
      address: null,
      transient: false,
      timeoutMs: null,
    })
  })

  it('looks inside an AggregateError, as happy eyeballs throws one per address tried', () => {
    const both = Object.assign(
      new AggregateError([
        systemError('connect ECONNREFUSED ::1:4321', {
          code: 'ECONNREFUSED',
          address: '::1',
          port: 4321,
        }),
        ECONNREFUSED,
      ]),
      { code: 'ECONNREFUSED' },
    )
    expect(findNetworkFailure(fetchFailed(both), 'http://localhost:4321/')).toMatchObject({
      kind: 'refused',
      host: 'localhost:4321',
      address: '[::1]:4321',
    })
    // Without a code of its own, the first classified member decides.
    const uncoded = new AggregateError([new Error('nope'), ECONNREFUSED])
    expect(findNetworkFailure(uncoded)).toMatchObject({ kind: 'refused', host: '127.0.0.1:4321' })
  })

  it('names the host of the URL, with its port only when it is not the default', () => {
    const at = (url: string) => findNetworkFailure(fetchFailed(ENOTFOUND), url)?.host
    expect(at('https://api.github.com/repos?per_page=100')).toBe('api.github.com')
    expect(at('https://api.github.com:443/')).toBe('api.github.com')
    expect(at('http://gateway.corp:80/v1')).toBe('gateway.corp')
    expect(at('https://ghes.corp:8443/api/v3')).toBe('ghes.corp:8443')
    expect(at('https://user:secret@llm.corp/v1?key=abc')).toBe('llm.corp')
  })

  it('names what the error names when there is no URL', () => {
    expect(findNetworkFailure(fetchFailed(ENOTFOUND))?.host).toBe('api.github.invalid')
    expect(findNetworkFailure(fetchFailed(ECONNREFUSED))?.host).toBe('127.0.0.1:4321')
    expect(findNetworkFailure(fetchFailed(CONNECT_TIMEOUT))?.host).toBe('api.github.invalid:443')
  })

  it('names the host of a request made by Google’s auth library (gaxios)', () => {
    const gaxios = Object.assign(new Error('request to http://127.0.0.1:9/v1/token failed'), {
      code: 'ECONNREFUSED',
      config: { url: new URL('http://127.0.0.1:9/v1/token?audience=x') },
    })
    expect(findNetworkFailure(gaxios)).toMatchObject({ kind: 'refused', host: '127.0.0.1:9' })
  })

  it('keeps the address refused when it is not the host: an IP, or the proxy', () => {
    const failure = findNetworkFailure(fetchFailed(ECONNREFUSED), 'https://api.github.com/')
    expect(failure).toMatchObject({ host: 'api.github.com', address: '127.0.0.1:4321' })
    expect(describeNetworkFailure(failure!)).toBe(
      'the connection to 127.0.0.1:4321 was refused (ECONNREFUSED)',
    )
  })

  it('reads how long a connect timeout waited', () => {
    const failure = findNetworkFailure(fetchFailed(CONNECT_TIMEOUT), 'https://api.github.invalid')
    expect(failure).toMatchObject({ kind: 'timeout', timeoutMs: 10_000, address: null })
    expect(describeNetworkFailure(failure!)).toBe(
      'no connection within 10 s (UND_ERR_CONNECT_TIMEOUT)',
    )
  })

  it('is null for what is not a network failure', () => {
    const answered = Object.assign(new Error('Server Error'), {
      status: 502,
      response: { status: 502 },
    })
    const abort = new DOMException('This operation was aborted', 'AbortError')
    expect(findNetworkFailure(answered, 'https://api.github.com')).toBeNull()
    expect(findNetworkFailure(fetchFailed(abort))).toBeNull()
    expect(findNetworkFailure(systemError('no such file', { code: 'ENOENT' }))).toBeNull()
    expect(findNetworkFailure(new Error('fetch failed'))).toBeNull()
    expect(findNetworkFailure('ECONNREFUSED')).toBeNull()
    expect(findNetworkFailure(null)).toBeNull()
  })

  it('stops at a cause that points back at itself', () => {
    const loop: Error & { cause?: unknown } = new Error('loop')
    loop.cause = loop
    expect(findNetworkFailure(loop)).toBeNull()
  })
})

describe('hostOf', () => {
  it('is the host, or null for what is not a URL', () => {
    expect(hostOf('http://127.0.0.1:4321/v1/messages')).toBe('127.0.0.1:4321')
    expect(hostOf(new URL('https://[::1]:8443/'))).toBe('[::1]:8443')
    expect(hostOf('not a url')).toBeNull()
    expect(hostOf('')).toBeNull()
    expect(hostOf(undefined)).toBeNull()
  })
})

describe('describeNetworkFailure and networkAdvice', () => {
  const failure = (code: string, host = 'api.github.com'): NetworkFailure =>
    findNetworkFailure(fetchFailed(systemError('x', { code })), `https://${host}/`)!

  it.each([
    [
      'ENOTFOUND',
      'its name did not resolve (DNS lookup failed: ENOTFOUND)',
      "Check the runner's network and DNS, or GITHUB_API_URL on GitHub Enterprise Server.",
    ],
    [
      'EAI_AGAIN',
      'its name could not be resolved: the DNS server did not answer (EAI_AGAIN)',
      /re-run the job/,
    ],
    [
      'ECONNREFUSED',
      'the connection to api.github.com was refused (ECONNREFUSED)',
      /^Check GITHUB_API_URL on GitHub Enterprise Server, and that the server there is up/,
    ],
    ['ENETUNREACH', 'there is no network route to api.github.com (ENETUNREACH)', /HTTPS_PROXY/],
    ['ETIMEDOUT', 'the connection timed out (ETIMEDOUT)', /firewall/],
    ['ECONNRESET', 'the connection was closed before an answer came (ECONNRESET)', /re-run/i],
    [
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      "the TLS handshake failed: the server's certificate is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)",
      /TLS-inspecting proxy.*NODE_EXTRA_CA_CERTS at the CA certificate\.$/,
    ],
    [
      'CERT_HAS_EXPIRED',
      "the TLS handshake failed: the server's certificate has expired or is not valid yet (CERT_HAS_EXPIRED)",
      /runner's clock/,
    ],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      "the TLS handshake failed: the server's certificate is for another host name (ERR_TLS_CERT_ALTNAME_INVALID)",
      /^Check GITHUB_API_URL on GitHub Enterprise Server: it must name a host/,
    ],
    [
      'CERT_REVOKED',
      "the TLS handshake failed: the server's certificate was revoked (CERT_REVOKED)",
      /new certificate/,
    ],
    [
      'ERR_SSL_WRONG_VERSION_NUMBER',
      'the TLS handshake failed: the server did not speak TLS as expected (ERR_SSL_WRONG_VERSION_NUMBER)',
      /right scheme \(https or http\) and port/,
    ],
  ])('%s: one clause of cause, one sentence of advice', (code, cause, advice) => {
    expect(describeNetworkFailure(failure(code))).toBe(cause)
    const sentence = networkAdvice(failure(code), ENDPOINT)
    if (typeof advice === 'string') expect(sentence).toBe(advice)
    else expect(sentence).toMatch(advice)
    // One sentence, ending in a full stop.
    expect(sentence.match(/\.(\s|$)/g)).toHaveLength(1)
  })

  it('says what failed even without a host', () => {
    const refused = findNetworkFailure(fetchFailed(systemError('x', { code: 'ECONNREFUSED' })))!
    expect(refused.host).toBeNull()
    expect(describeNetworkFailure(refused)).toBe('the connection was refused (ECONNREFUSED)')
  })
})

describe('networkRetryLimit', () => {
  const limit = (code: string) =>
    networkRetryLimit(findNetworkFailure(systemError('x', { code }), 'https://h.test')!)

  it('never retries a TLS failure, and a missing name or a connect timeout only once', () => {
    expect(limit('CERT_HAS_EXPIRED')).toBe(0)
    expect(limit('DEPTH_ZERO_SELF_SIGNED_CERT')).toBe(0)
    expect(limit('ENOTFOUND')).toBe(1)
    expect(limit('UND_ERR_CONNECT_TIMEOUT')).toBe(1)
  })

  it('retries what may pass in a moment twice', () => {
    for (const code of [
      'EAI_AGAIN',
      'ECONNREFUSED',
      'ECONNRESET',
      'UND_ERR_SOCKET',
      'ENETUNREACH',
    ]) {
      expect(limit(code)).toBe(2)
    }
  })
})
