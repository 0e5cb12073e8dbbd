/**
 * The fake proxy, driven by the real undici `ProxyAgent` / `EnvHttpProxyAgent` and undici's own
 * `fetch` (in process, dispatcher passed explicitly: nothing global is changed).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { EnvHttpProxyAgent, ProxyAgent, fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { startFakeProxy } from './proxy-server.js'
import type { FakeProxy } from './proxy-server.js'

/** A loopback origin: `/plain` answers at once, `/stream` is written by the test. */
interface Origin {
  url: string
  /** "127.0.0.1:PORT", as the proxy names it. */
  target: string
  /** Paths received, in order. */
  paths: string[]
  /** The next `/stream` response, handed to the test with its headers sent. */
  nextStream(): Promise<ServerResponse>
  close(): Promise<void>
}

async function startOrigin(): Promise<Origin> {
  const paths: string[] = []
  const waiting: ((res: ServerResponse) => void)[] = []
  const server: Server = createServer((req, res) => {
    paths.push(req.url ?? '')
    if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
      res.flushHeaders()
      waiting.shift()?.(res)
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(`${req.method} ${req.url} ${Buffer.concat(chunks).toString()}`.trim())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    target: `127.0.0.1:${port}`,
    paths,
    nextStream: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** The undici error chain of a failed fetch, as one string ("fetch failed <- … <- …"). */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const messages: string[] = []
    // Duck-typed: undici's errors may come from another realm than this test's `Error`.
    for (let e = error as { message?: unknown; cause?: unknown } | undefined; e;) {
      messages.push(String(e.message))
      e = e.cause as typeof e
    }
    return messages.join(' <- ')
  }
  throw new Error('expected the request to fail')
}

const modes = [
  { mode: 'tunnel', proxyTunnel: true, kind: 'connect' },
  { mode: 'forward', proxyTunnel: false, kind: 'forward' },
] as const

let origin: Origin
let proxy: FakeProxy | undefined
const dispatchers: Dispatcher[] = []

/** Registers a dispatcher to be closed after the test (keep-alive sockets would linger). */
function using<T extends Dispatcher>(dispatcher: T): T {
  dispatchers.push(dispatcher)
  return dispatcher
}

beforeAll(async () => {
  origin = await startOrigin()
})

afterEach(async () => {
  await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.destroy()))
  await proxy?.close()
  proxy = undefined
})

afterAll(async () => {
  await origin.close()
})

describe('forwarding', () => {
  it('tunnels with CONNECT by default, also for an http:// target, and counts the tunnel', async () => {
    proxy = await startFakeProxy()
    const dispatcher = using(new ProxyAgent({ uri: proxy.url }))
    const before = origin.paths.length

    const first = await fetch(`${origin.url}/plain?n=1`, { dispatcher })
    expect(await first.text()).toBe('GET /plain?n=1')
    const second = await fetch(`${origin.url}/plain?n=2`, { dispatcher })
    expect(await second.text()).toBe('GET /plain?n=2')

    expect(origin.paths.slice(before)).toEqual(['/plain?n=1', '/plain?n=2'])
    // One entry per tunnel, not per request: keep-alive carries several requests over one, but
    // undici's pool may open a second connection for a request sent right after another.
    expect(proxy.requests.length).toBeGreaterThanOrEqual(1)
    expect(proxy.requests.length).toBeLessThanOrEqual(2)
    for (const entry of proxy.requests) {
      expect(entry).toEqual({ kind: 'connect', target: origin.target, at: expect.any(Number) })
    }
    expect(proxy.countFor(origin.target)).toBe(proxy.requests.length)
    expect(proxy.targets()).toEqual([origin.target])
    // The bytes show both requests passed, whatever the number of tunnels.
    const bytes = proxy.bytesFor(origin.target)
    expect(bytes.up).toBeGreaterThan(2 * 'GET /plain?n=1 HTTP/1.1\r\n'.length)
    expect(bytes.down).toBeGreaterThan(
      2 * 'HTTP/1.1 200 OK\r\n'.length + 2 * 'GET /plain?n=1'.length,
    )
    expect(proxy.bytesFor('127.0.0.1:1')).toEqual({ up: 0, down: 0 })
  })

  it('forwards absolute-form requests with their bodies (proxyTunnel: false)', async () => {
    proxy = await startFakeProxy()
    const dispatcher = using(new ProxyAgent({ uri: proxy.url, proxyTunnel: false }))

    const response = await fetch(`${origin.url}/plain?q=1`, {
      dispatcher,
      method: 'POST',
      body: 'x'.repeat(5000),
    })

    expect(response.status).toBe(200)
    expect(await response.text()).toBe(`POST /plain?q=1 ${'x'.repeat(5000)}`)
    expect(proxy.requests).toEqual([
      {
        kind: 'forward',
        target: origin.target,
        method: 'POST',
        path: '/plain?q=1',
        at: expect.any(Number),
      },
    ])
    expect(proxy.countFor(origin.target)).toBe(1)
    expect(proxy.bytesFor(origin.target)).toEqual({
      up: 5000,
      down: 'POST /plain?q=1 '.length + 5000,
    })
  })

  it('answers 502 when the target cannot be reached', async () => {
    proxy = await startFakeProxy()
    const closed = await startOrigin()
    await closed.close()
    const dispatcher = using(new ProxyAgent({ uri: proxy.url, proxyTunnel: false }))

    const response = await fetch(`${closed.url}/plain`, { dispatcher })

    expect(response.status).toBe(502)
    await response.text()
  })
})

describe.each(modes)('streaming ($mode)', ({ proxyTunnel, kind }) => {
  it('passes each chunk on as it arrives: the first before the response ends', async () => {
    proxy = await startFakeProxy()
    const dispatcher = using(new ProxyAgent({ uri: proxy.url, proxyTunnel }))
    const streamed = origin.nextStream()

    const response = await fetch(`${origin.url}/stream`, { dispatcher })
    const res = await streamed
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    res.write('event: ping\ndata: 1\n\n')
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const decoder = new TextDecoder()

    // The origin has not ended the response: this read only resolves if the chunk was passed on.
    const first = await reader.read()
    expect(res.writableEnded).toBe(false)
    expect(decoder.decode(first.value)).toBe('event: ping\ndata: 1\n\n')

    res.end('event: ping\ndata: 2\n\n')
    let rest = ''
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += decoder.decode(chunk.value, { stream: true })
    }
    expect(rest).toBe('event: ping\ndata: 2\n\n')
    expect(proxy.requests.map((entry) => entry.kind)).toEqual([kind])
    expect(proxy.bytesFor(origin.target).down).toBeGreaterThanOrEqual(2 * 20)
  })

  it('close() cuts an open stream', async () => {
    proxy = await startFakeProxy()
    const dispatcher = using(new ProxyAgent({ uri: proxy.url, proxyTunnel }))
    const streamed = origin.nextStream()
    const response = await fetch(`${origin.url}/stream`, { dispatcher })
    const res = await streamed
    res.write('data: 1\n\n')
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    await reader.read()

    await proxy.close()

    await expect(reader.read()).rejects.toThrow()
    res.end()
  })
})

describe.each(modes)('authentication ($mode)', ({ proxyTunnel, kind }) => {
  const auth = { username: 'proxy user', password: 'p@ss:word' }

  it('answers 407 without credentials or with wrong ones', async () => {
    proxy = await startFakeProxy({ auth })
    const bare = proxy.url.replace(/\/\/[^@]*@/, '//')
    expect(bare).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const anonymous = using(new ProxyAgent({ uri: bare, proxyTunnel }))
    const wrong = using(
      new ProxyAgent({ uri: bare.replace('//', '//proxy%20user:nope@'), proxyTunnel }),
    )

    for (const dispatcher of [anonymous, wrong]) {
      const message = await failure(fetch(`${origin.url}/plain`, { dispatcher }))
      expect(message).toMatch(/^fetch failed <- .*\b407\b/)
    }

    expect(proxy.requests).toEqual([])
    expect(proxy.rejected.map((entry) => [entry.kind, entry.target])).toEqual([
      [kind, origin.target],
      [kind, origin.target],
    ])
    expect(proxy.bytesFor(origin.target)).toEqual({ up: 0, down: 0 })
  })

  it('lets requests with the right credentials (from its url) through', async () => {
    proxy = await startFakeProxy({ auth })
    expect(proxy.url).toMatch(/^http:\/\/proxy%20user:p%40ss%3Aword@127\.0\.0\.1:\d+$/)
    const dispatcher = using(new ProxyAgent({ uri: proxy.url, proxyTunnel }))

    const response = await fetch(`${origin.url}/plain`, { dispatcher })

    expect(await response.text()).toBe('GET /plain')
    expect(proxy.rejected).toEqual([])
    expect(proxy.countFor(origin.target)).toBe(1)
    expect(proxy.requests[0]?.kind).toBe(kind)
  })
})

describe('EnvHttpProxyAgent and NO_PROXY', () => {
  const names = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']
  const saved = new Map(names.map((name) => [name, process.env[name]]))
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })
  function setProxyEnv(vars: Record<string, string>): void {
    for (const name of names) delete process.env[name]
    Object.assign(process.env, vars)
  }

  it.each([
    ['the target host:port', (o: Origin) => `example.com, ${o.target}`],
    ['the bare host', () => '127.0.0.1'],
    ['*', () => '*'],
  ])('goes direct when NO_PROXY names %s', async (_label, noProxy) => {
    proxy = await startFakeProxy()
    setProxyEnv({ HTTP_PROXY: proxy.url, NO_PROXY: noProxy(origin) })
    const dispatcher = using(new EnvHttpProxyAgent())
    const before = origin.paths.length

    const response = await fetch(`${origin.url}/plain`, { dispatcher })

    expect(await response.text()).toBe('GET /plain')
    expect(origin.paths.length).toBe(before + 1)
    expect(proxy.countFor(origin.target)).toBe(0)
    expect(proxy.requests).toEqual([])
  })

  it.each([
    ['another port', () => '127.0.0.1:1'],
    ['another host', () => 'localhost'],
    ['nothing', () => ''],
  ])('goes through the proxy when NO_PROXY names %s', async (_label, noProxy) => {
    proxy = await startFakeProxy()
    setProxyEnv({ http_proxy: proxy.url, no_proxy: noProxy() })
    const dispatcher = using(new EnvHttpProxyAgent())

    const response = await fetch(`${origin.url}/plain`, { dispatcher })

    expect(await response.text()).toBe('GET /plain')
    expect(proxy.countFor(origin.target)).toBe(1)
    expect(proxy.bytesFor(origin.target).down).toBeGreaterThan(0)
  })
})
