/**
 * A forward HTTP proxy on a loopback port, for tests that check the action honours
 * `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY`: point the variables (or an undici `ProxyAgent`) at
 * `url` and look at what passed through.
 *
 * It speaks both proxy dialects:
 * - `CONNECT host:port` tunnels: the client socket is piped to the target as raw bytes. This is
 *   what undici's `ProxyAgent` / `EnvHttpProxyAgent` do for https targets AND, by default
 *   (`proxyTunnel: true`), for plain-http targets too.
 * - Absolute-form forward requests (`GET http://127.0.0.1:1234/path`), what undici sends for
 *   http targets with `proxyTunnel: false` (and curl, and most other clients): forwarded with
 *   streaming request and response bodies, so an SSE response flows through event by event.
 *
 * Counting: a tunnel is one entry in `requests` (kind 'connect'), however many HTTP requests the
 * client sends over it with keep-alive; the proxy parses nothing inside a tunnel. A forwarded
 * request is one entry (kind 'forward') each. To assert that traffic really passed, also use
 * `bytesFor(target)`: the bytes that went each way for that target (raw tunnel bytes, headers and
 * TLS included; for forwarded requests the bodies only). Tunnel counts are a floor, not a request
 * count: undici's pool may open a second connection (so a second tunnel) for a request sent right
 * after another, and again after an aborted request. Assert `countFor(t) >= 1` and bytes when a
 * test makes several requests; exact counts are safe for one request, or for forwarded requests.
 *
 * With `auth`, a request without the right `Proxy-Authorization: Basic …` is answered 407 (for a
 * CONNECT: `HTTP/1.1 407` on the raw socket, then closed), recorded in `rejected`, not in
 * `requests`.
 *
 * Only node built-ins are imported and no TypeScript-only runtime syntax is used, so the file
 * also runs under `node --experimental-strip-types`.
 */
import { createServer, request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { connect as netConnect } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'

/** One tunnel or one forwarded request. */
export interface ProxiedRequest {
  kind: 'connect' | 'forward'
  /** "host:port", e.g. "127.0.0.1:41234" (port 80 / 443 filled in when the URL has none). */
  target: string
  /** The forwarded request's method (forward only). */
  method?: string
  /** The forwarded request's path and query, e.g. "/v1/messages?beta=true" (forward only). */
  path?: string
  /** `Date.now()` when the proxy received it. */
  at: number
}

/** Bytes that went through the proxy for one target. */
export interface ProxiedBytes {
  /** Client to target. */
  up: number
  /** Target to client. */
  down: number
}

export interface FakeProxy {
  /** "http://127.0.0.1:PORT", or "http://user:pass@127.0.0.1:PORT" when started with `auth`. */
  url: string
  /** Tunnels and forwarded requests, in arrival order. */
  requests: ProxiedRequest[]
  /** Requests answered 407 (wrong or missing `Proxy-Authorization`). */
  rejected: ProxiedRequest[]
  /** Entries of `requests` for "host:port": tunnels plus forwarded requests. */
  countFor(target: string): number
  /** The distinct targets of `requests`, in first-seen order. */
  targets(): string[]
  /** Bytes each way for "host:port" (zeros when nothing passed). */
  bytesFor(target: string): ProxiedBytes
  /** Destroys every socket (clients', tunnels', upstream) and stops listening. */
  close(): Promise<void>
}

export interface FakeProxyOptions {
  /** Require `Proxy-Authorization: Basic base64(username:password)`. */
  auth?: { username: string; password: string }
}

/** Hop-by-hop headers: meant for the proxy, never forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase()),
  )
  const out: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue
    out[name] = value
  }
  return out
}

/** "host:port" of a CONNECT authority ("host:port", "[v6]:port"), or null when it is not one. */
function authorityTarget(authority: string): string | null {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^\s:/?#@[\]]+):(\d{1,5})$/.exec(authority)
  if (!match || Number(match[2]) > 65535) return null
  return `${match[1]?.toLowerCase()}:${Number(match[2])}`
}

/** The URL of an absolute-form http:// request target, or null. */
function absoluteHttpUrl(raw: string): URL | null {
  if (!/^http:\/\//i.test(raw)) return null
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

function hostAndPort(target: string): { host: string; port: number } {
  const colon = target.lastIndexOf(':')
  const host = target.slice(0, colon)
  // URL keeps IPv6 hosts bracketed; net and http want them bare.
  return {
    host: host.startsWith('[') ? host.slice(1, -1) : host,
    port: Number(target.slice(colon + 1)),
  }
}

export async function startFakeProxy(options: FakeProxyOptions = {}): Promise<FakeProxy> {
  const requests: ProxiedRequest[] = []
  const rejected: ProxiedRequest[] = []
  const bytes = new Map<string, ProxiedBytes>()
  const sockets = new Set<Duplex>()
  let closed = false

  const expected = options.auth
    ? `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`
    : null

  function authorized(req: IncomingMessage): boolean {
    if (expected === null) return true
    const given = req.headers['proxy-authorization'] ?? ''
    const [scheme = '', token = ''] = given.trim().split(/\s+/)
    return `${scheme.toLowerCase() === 'basic' ? 'Basic' : scheme} ${token}` === expected
  }

  function track<T extends Duplex>(socket: T): T {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    // Resets are expected (clients abort, close() destroys): never crash the test process.
    socket.on('error', () => {})
    if (closed) socket.destroy()
    return socket
  }

  function tally(target: string): ProxiedBytes {
    let entry = bytes.get(target)
    if (!entry) {
      entry = { up: 0, down: 0 }
      bytes.set(target, entry)
    }
    return entry
  }

  const server = createServer((req, res) => {
    // Absolute form only: an origin-form request ("GET /path") was meant for a server, not us.
    const url = absoluteHttpUrl(req.url ?? '')
    if (!url) {
      res.writeHead(400, { 'content-type': 'text/plain' })
      res.end('fake proxy: expected an absolute-form http:// request or CONNECT\n')
      return
    }
    const target = `${url.hostname}:${url.port || '80'}`
    const entry: ProxiedRequest = {
      kind: 'forward',
      target,
      method: req.method,
      path: url.pathname + url.search,
      at: Date.now(),
    }
    if (!authorized(req)) {
      rejected.push(entry)
      req.resume()
      res.writeHead(407, {
        'proxy-authenticate': 'Basic realm="fake-proxy"',
        'content-type': 'text/plain',
      })
      res.end('proxy authentication required\n')
      return
    }
    requests.push(entry)
    const count = tally(target)
    const { host, port } = hostAndPort(target)

    // agent: false: one upstream connection per request, closed with it (nothing lingers).
    const upstream = httpRequest({
      host,
      port,
      method: req.method,
      path: entry.path,
      headers: endToEnd(req.headers),
      agent: false,
    })
    upstream.on('socket', (socket) => track(socket))
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers))
      res.flushHeaders()
      answer.on('data', (chunk: Buffer) => {
        count.down += chunk.length
      })
      // Each chunk is written as it arrives: an SSE stream reaches the client event by event.
      answer.pipe(res)
      answer.on('error', () => res.destroy())
      res.on('close', () => {
        if (!answer.complete) answer.destroy()
      })
    })
    upstream.on('error', () => {
      if (res.headersSent) {
        res.destroy()
      } else {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end('fake proxy: upstream unreachable\n')
      }
    })
    req.on('data', (chunk: Buffer) => {
      count.up += chunk.length
    })
    req.pipe(upstream)
    req.on('aborted', () => upstream.destroy())
  })

  server.on('connection', (socket: Socket) => track(socket))

  server.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    track(client)
    const target = authorityTarget(req.url ?? '')
    if (!target) {
      client.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const entry: ProxiedRequest = { kind: 'connect', target, at: Date.now() }
    if (!authorized(req)) {
      rejected.push(entry)
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\n' +
          'Proxy-Authenticate: Basic realm="fake-proxy"\r\n' +
          'Connection: close\r\nContent-Length: 0\r\n\r\n',
      )
      return
    }
    requests.push(entry)
    const count = tally(target)
    const { host, port } = hostAndPort(target)
    const upstream = track(netConnect({ host, port }))
    upstream.once('error', () => {
      if (!client.writable) return
      client.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    })
    upstream.once('connect', () => {
      upstream.removeAllListeners('error')
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) {
        count.up += head.length
        upstream.write(head)
      }
      client.on('data', (chunk: Buffer) => {
        count.up += chunk.length
      })
      upstream.on('data', (chunk: Buffer) => {
        count.down += chunk.length
      })
      client.pipe(upstream)
      upstream.pipe(client)
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const credentials = options.auth
    ? `${encodeURIComponent(options.auth.username)}:${encodeURIComponent(options.auth.password)}@`
    : ''

  return {
    url: `http://${credentials}127.0.0.1:${port}`,
    requests,
    rejected,
    countFor: (target) => requests.filter((entry) => entry.target === target).length,
    targets: () => [...new Set(requests.map((entry) => entry.target))],
    bytesFor: (target) => ({ ...(bytes.get(target) ?? { up: 0, down: 0 }) }),
    close: async () => {
      if (closed) return
      closed = true
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      server.closeAllConnections()
      await stopped
    },
  }
}
