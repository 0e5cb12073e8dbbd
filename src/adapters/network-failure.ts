/**
 * Requests that got no HTTP answer at all, told apart by their cause: a name that does not
 * resolve, a refused connection, a TLS handshake that failed, no connection in time, a connection
 * cut. Node's fetch throws `TypeError: fetch failed` with the system or undici error as its
 * `cause`; Octokit wraps that again (as a status 500 it never received), the Anthropic SDK as an
 * `APIConnectionError`. Both adapters classify the failure here, name the host, and share one
 * retry policy: what will not change in a moment is not tried again (a certificate) or once
 * more (a name that does not exist), the rest twice, with short waits.
 */

export type NetworkFailureKind = 'dns' | 'refused' | 'unreachable' | 'timeout' | 'reset' | 'tls'

export interface NetworkFailure {
  kind: NetworkFailureKind
  /** The system, undici or TLS error code: ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED… */
  code: string
  /** Where the request went: `host`, or `host:port` when the port is not the scheme's default. */
  host: string | null
  /** The address the error names when it is not the host, e.g. the IP and port refused. */
  address: string | null
  /** Whether the same request may work in a moment (a DNS server that did not answer). */
  transient: boolean
  /** How long a connect timeout waited, when the error says. */
  timeoutMs: number | null
}

const DNS_MISSING = ['ENOTFOUND', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']
const DNS_TEMPORARY = ['EAI_AGAIN']
const REFUSED = ['ECONNREFUSED']
const UNREACHABLE = ['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']
const TIMEOUT = ['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']
const RESET = ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']
const TLS_UNTRUSTED = [
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
]
const TLS_EXPIRED = ['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']
const TLS_HOSTNAME = ['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH']
const TLS_REVOKED = ['CERT_REVOKED']

/** Code → kind, and whether trying again soon may help. */
const KINDS = new Map<string, { kind: NetworkFailureKind; transient: boolean }>([
  ...DNS_MISSING.map((code) => [code, { kind: 'dns', transient: false }] as const),
  ...DNS_TEMPORARY.map((code) => [code, { kind: 'dns', transient: true }] as const),
  ...REFUSED.map((code) => [code, { kind: 'refused', transient: true }] as const),
  ...UNREACHABLE.map((code) => [code, { kind: 'unreachable', transient: true }] as const),
  ...TIMEOUT.map((code) => [code, { kind: 'timeout', transient: true }] as const),
  ...RESET.map((code) => [code, { kind: 'reset', transient: true }] as const),
  ...[...TLS_UNTRUSTED, ...TLS_EXPIRED, ...TLS_HOSTNAME, ...TLS_REVOKED, 'EPROTO'].map(
    (code) => [code, { kind: 'tls', transient: false }] as const,
  ),
])

function kindOf(code: string): { kind: NetworkFailureKind; transient: boolean } | undefined {
  const known = KINDS.get(code)
  if (known) return known
  // OpenSSL's own (ERR_SSL_WRONG_VERSION_NUMBER…) and Node's other TLS errors.
  if (/^ERR_(SSL|TLS)_/.test(code)) return { kind: 'tls', transient: false }
  return undefined
}

/** `host` or `host:port` of a URL (the default port left out, as URL.host does), or null. */
export function hostOf(url: string | URL | null | undefined): string | null {
  if (url == null || url === '') return null
  try {
    return new URL(url).host || null
  } catch {
    return null
  }
}

interface ErrorFields {
  code?: unknown
  message?: unknown
  hostname?: unknown
  host?: unknown
  address?: unknown
  port?: unknown
  errors?: unknown
  cause?: unknown
  /** gaxios (Google's auth library) keeps the request here. */
  config?: { url?: unknown }
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null

function joinAddress(address: string, port: unknown): string {
  const host = address.includes(':') ? `[${address}]` : address
  return typeof port === 'number' || typeof port === 'string' ? `${host}:${port}` : host
}

/** The address an error names: `127.0.0.1:4321` from a refused connect, the name from a lookup. */
function addressIn(error: ErrorFields): string | null {
  const address = text(error.address)
  if (address) return joinAddress(address, error.port)
  // Happy eyeballs: an AggregateError of one connect error per address tried.
  if (Array.isArray(error.errors)) {
    for (const inner of error.errors) {
      const found = typeof inner === 'object' && inner !== null && addressIn(inner as ErrorFields)
      if (found) return found
    }
  }
  // undici: "Connect Timeout Error (attempted address: api.github.com:443, timeout: 10000ms)"
  const attempted = /attempted address: ([^,)\s]+)/.exec(text(error.message) ?? '')
  const requested = error.config?.url
  return (
    attempted?.[1] ??
    text(error.hostname) ??
    text(error.host) ??
    (typeof requested === 'string' || requested instanceof URL ? hostOf(requested) : null)
  )
}

/**
 * The network failure behind an error, found along its `cause` chain (and in an AggregateError's
 * `errors`), or null when it is something else: an HTTP answer, an abort, a bug. `url` is the
 * request's, for the host; without it the host is what the error names.
 */
export function findNetworkFailure(
  error: unknown,
  url?: string | URL | null,
): NetworkFailure | null {
  const seen = new Set<object>()
  const visit = (current: unknown, depth: number): NetworkFailure | null => {
    if (depth > 8 || typeof current !== 'object' || current === null || seen.has(current)) {
      return null
    }
    seen.add(current)
    const fields = current as ErrorFields
    const code = text(fields.code)
    const known = code ? kindOf(code) : undefined
    if (code && known) {
      const named = addressIn(fields)
      const host = hostOf(url) ?? named
      const timeout = /timeout: (\d+) ?ms/.exec(text(fields.message) ?? '')
      return {
        ...known,
        code,
        host,
        address: named && !sameEndpoint(named, host, url) ? named : null,
        timeoutMs: timeout ? Number(timeout[1]) : null,
      }
    }
    if (Array.isArray(fields.errors)) {
      for (const inner of fields.errors) {
        const found = visit(inner, depth + 1)
        if (found) return found
      }
    }
    return visit(fields.cause, depth + 1)
  }
  return visit(error, 0)
}

/** `api.github.com` of `api.github.com:8443`. */
function hostNameOf(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '')
}

/**
 * Whether the address an error names is just the host again: the same, its name alone (a
 * lookup), or with the scheme's default port spelt out (undici's connect timeout).
 */
function sameEndpoint(named: string, host: string | null, url?: string | URL | null): boolean {
  if (host === null || named === host || named === hostNameOf(host)) return true
  let protocol = ''
  try {
    protocol = url ? new URL(url).protocol : ''
  } catch {
    // not a URL: no default port to compare with
  }
  const port = protocol === 'https:' ? 443 : protocol === 'http:' ? 80 : null
  return port !== null && named === `${host}:${port}`
}

/**
 * What went wrong, to follow "could not be reached: ", e.g. "its name did not resolve (DNS lookup
 * failed: ENOTFOUND)". No full stop.
 */
export function describeNetworkFailure(failure: NetworkFailure): string {
  const { code } = failure
  const target = failure.address ?? failure.host
  const to = target ? ` to ${target}` : ''
  switch (failure.kind) {
    case 'dns':
      return failure.transient
        ? `its name could not be resolved: the DNS server did not answer (${code})`
        : `its name did not resolve (DNS lookup failed: ${code})`
    case 'refused':
      return `the connection${to} was refused (${code})`
    case 'unreachable':
      return `there is no network route${to} (${code})`
    case 'timeout':
      return failure.timeoutMs !== null
        ? `no connection within ${Number((failure.timeoutMs / 1000).toFixed(2))} s (${code})`
        : `the connection timed out (${code})`
    case 'reset':
      return `the connection was closed before an answer came (${code})`
    case 'tls':
      return `the TLS handshake failed: ${tlsProblem(code)}`
  }
}

function tlsProblem(code: string): string {
  if (TLS_UNTRUSTED.includes(code)) return `the server's certificate is not trusted (${code})`
  if (TLS_EXPIRED.includes(code)) {
    return `the server's certificate has expired or is not valid yet (${code})`
  }
  if (TLS_HOSTNAME.includes(code)) {
    return `the server's certificate is for another host name (${code})`
  }
  if (TLS_REVOKED.includes(code)) return `the server's certificate was revoked (${code})`
  return `the server did not speak TLS as expected (${code})`
}

/**
 * One sentence on what to do. `endpoint` names the setting that says where requests go, e.g.
 * "GITHUB_API_URL on GitHub Enterprise Server" or "the anthropic-base-url input".
 */
export function networkAdvice(failure: NetworkFailure, endpoint: string): string {
  const proxy = '(and HTTPS_PROXY, if the runner uses a proxy)'
  switch (failure.kind) {
    case 'dns':
      return failure.transient
        ? `Check the runner's network and DNS, then re-run the job.`
        : `Check the runner's network and DNS, or ${endpoint}.`
    case 'refused':
      return `Check ${endpoint}, and that the server there is up ${proxy}.`
    case 'unreachable':
      return `Check the runner's network connection ${proxy}.`
    case 'timeout':
      return `A firewall may be dropping the connection: check the runner's network ${proxy}.`
    case 'reset':
      return `Re-run the job; if it keeps happening, check the runner's network ${proxy}.`
    case 'tls':
      if (TLS_EXPIRED.includes(failure.code)) {
        return `Check the runner's clock; otherwise the server's certificate needs renewing.`
      }
      if (TLS_UNTRUSTED.includes(failure.code)) {
        return (
          'Behind a TLS-inspecting proxy, or for a server with a private CA, point ' +
          'NODE_EXTRA_CA_CERTS at the CA certificate.'
        )
      }
      if (TLS_HOSTNAME.includes(failure.code)) {
        return `Check ${endpoint}: it must name a host the certificate is for.`
      }
      if (TLS_REVOKED.includes(failure.code)) {
        return `The server needs a new certificate; check ${endpoint}.`
      }
      return `Check that ${endpoint} has the right scheme (https or http) and port.`
  }
}

/**
 * How many times a request that failed this way is tried again: never after a TLS failure, once
 * (quickly) after a name that did not resolve or a connect timeout (which has already waited),
 * twice after the rest.
 */
export function networkRetryLimit(failure: NetworkFailure): number {
  if (failure.kind === 'tls') return 0
  if (failure.kind === 'dns' && !failure.transient) return 1
  if (failure.kind === 'timeout') return 1
  return 2
}
