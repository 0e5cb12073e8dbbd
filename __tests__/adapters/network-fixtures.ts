/**
 * Requests that get no answer, made without anything leaving the loopback: a port nobody listens
 * on, a name that does not resolve (a lookup answered here, for a host under `.invalid`), a
 * connection that never gets made, and a TLS server with a certificate nobody trusts.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer as createHttpsServer } from 'node:https'
import { createServer, type AddressInfo, type LookupFunction } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent, fetch as undiciFetch } from 'undici'

/** A loopback port that was free a moment ago and is closed now: connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A fetch that counts its calls. */
export function counting(base: typeof fetch = fetch): { fetch: typeof fetch; calls: () => number } {
  let calls = 0
  return {
    fetch: (input, init) => {
      calls++
      return base(input, init)
    },
    calls: () => calls,
  }
}

/** The real network stack (undici's fetch and Agent), with this lookup in place of DNS. */
function fetchWithLookup(lookup: LookupFunction, connectTimeoutMs?: number): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup, timeout: connectTimeoutMs } })
  return ((input: string | URL, init?: RequestInit) =>
    undiciFetch(input, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    })) as unknown as typeof fetch
}

/** Every name fails to resolve, as getaddrinfo reports it: ENOTFOUND. */
export function unresolvingFetch(): typeof fetch {
  return fetchWithLookup((hostname, _options, callback) =>
    callback(
      Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
        code: 'ENOTFOUND',
        errno: -3008,
        syscall: 'getaddrinfo',
        hostname,
      }),
      '',
      0,
    ),
  )
}

/** The lookup never answers, so no connection is made within `timeoutMs`. */
export function stalledFetch(timeoutMs: number): typeof fetch {
  return fetchWithLookup(() => {}, timeoutMs)
}

export interface UntrustedServer {
  url: string
  port: number
  /** Requests that got through the handshake (none should). */
  requests: () => number
  close(): Promise<void>
}

/** An HTTPS server on the loopback with a self-signed certificate, made here with openssl. */
export async function untrustedTlsServer(): Promise<UntrustedServer> {
  const dir = await mkdtemp(join(tmpdir(), 'tech-design-tls-'))
  try {
    const key = join(dir, 'key.pem')
    const cert = join(dir, 'cert.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    )
    let requests = 0
    const server = createHttpsServer(
      { key: await readFile(key), cert: await readFile(cert) },
      (_req, res) => {
        requests++
        res.end('{}')
      },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return {
      url: `https://127.0.0.1:${port}`,
      port,
      requests: () => requests,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
