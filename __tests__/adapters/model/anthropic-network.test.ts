/**
 * Model calls that get no answer, through the real SDKs (Anthropic, Bedrock, Vertex): the
 * message names the host the request went to and the cause, and the SDK's retries are bounded by
 * the kind of failure. Nothing leaves the loopback: a closed port, a lookup answered here for
 * `.invalid` names (and for the platforms' default hosts), a self-signed server.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  createAnthropicModel,
  type AnthropicModelOptions,
} from '../../../src/adapters/model/client.js'
import { ModelError, ModelUnreachableError } from '../../../src/adapters/model/errors.js'
import { CLI_SETTING_NAMES } from '../../../src/config/setting-names.js'
import {
  startFakeAnthropic,
  writeGoogleExternalAccountCredentials,
} from '../../fakes/anthropic-server.js'
import {
  closedPort,
  counting,
  stalledFetch,
  unresolvingFetch,
  untrustedTlsServer,
} from '../network-fixtures.js'

const API_KEY = 'sk-ant-api03-NETWORK-SECRET-0123456789abcdef'
const REQUEST = {
  system: ['You are a software architect.'],
  messages: [{ role: 'user' as const, content: 'Requirements: refunds within 30 days.' }],
}

function model(overrides: Partial<AnthropicModelOptions>) {
  return createAnthropicModel({
    apiKey: API_KEY,
    model: 'claude-sonnet-5-5',
    maxOutputTokens: 1024,
    streamRetryDelayMs: 0,
    ...overrides,
  })
}

async function unreachable(promise: Promise<unknown>): Promise<ModelUnreachableError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ModelUnreachableError)
  const failure = error as ModelUnreachableError
  expect(failure).toBeInstanceOf(ModelError)
  expect(failure.code).toBe('unreachable')
  expect(failure.status).toBeUndefined()
  expect([failure.message, failure.stack].join('\n')).not.toContain(API_KEY)
  return failure
}

const saved = { ...process.env }
let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanup.map((close) => close()))
  cleanup = []
  process.env = { ...saved }
})

describe('the Anthropic API', () => {
  it('at a closed port: refused, naming host and port, after 3 attempts (not the SDK’s 5)', async () => {
    const port = await closedPort()
    const counted = counting()
    const error = await unreachable(
      model({ baseURL: `http://127.0.0.1:${port}`, fetch: counted.fetch }).complete(REQUEST),
    )
    expect(error.message).toBe(
      `Could not reach the Anthropic API at 127.0.0.1:${port} after 3 attempts: the connection ` +
        `to 127.0.0.1:${port} was refused (ECONNREFUSED). Check the anthropic-base-url input, ` +
        'and that the server there is up (and HTTPS_PROXY, if the runner uses a proxy).',
    )
    expect(error.failure).toMatchObject({ kind: 'refused', code: 'ECONNREFUSED' })
    expect(counted.calls()).toBe(3)
  })

  it('at a name that does not resolve: says so, after one quick retry', async () => {
    const counted = counting(unresolvingFetch())
    const error = await unreachable(
      model({ baseURL: 'https://api.anthropic.invalid', fetch: counted.fetch }).complete(REQUEST),
    )
    expect(error.message).toBe(
      'Could not reach the Anthropic API at api.anthropic.invalid after 2 attempts: its name did ' +
        "not resolve (DNS lookup failed: ENOTFOUND). Check the runner's network and DNS, or the " +
        'anthropic-base-url input.',
    )
    expect(counted.calls()).toBe(2)
  })

  it('names the gateway’s host and port, never its path or query, in the command line’s terms', async () => {
    const counted = counting(unresolvingFetch())
    const error = await unreachable(
      model({
        baseURL: 'https://llm.corp.invalid:8443/anthropic?team=design',
        fetch: counted.fetch,
        maxRetries: 0,
        settingNames: CLI_SETTING_NAMES,
      }).complete(REQUEST),
    )
    expect(error.message).toMatch(
      /^Could not reach the Anthropic API at llm\.corp\.invalid:8443: its name did not resolve/,
    )
    expect(error.message).toMatch(/, or ANTHROPIC_BASE_URL\.$/)
    expect(error.message).not.toMatch(/anthropic\?|team=/)
    expect(counted.calls()).toBe(1)
  })

  it('with an untrusted certificate: a TLS failure, naming the host, not retried', async () => {
    const server = await untrustedTlsServer()
    cleanup.push(() => server.close())
    const counted = counting()
    const error = await unreachable(
      model({ baseURL: server.url, fetch: counted.fetch }).complete(REQUEST),
    )
    expect(error.message).toBe(
      `Could not reach the Anthropic API at 127.0.0.1:${server.port}: the TLS handshake failed: ` +
        "the server's certificate is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT). Behind a " +
        'TLS-inspecting proxy, or for a server with a private CA, point NODE_EXTRA_CA_CERTS at ' +
        'the CA certificate.',
    )
    expect(counted.calls()).toBe(1)
    expect(server.requests()).toBe(0)
  })

  it('with no connection in time: says how long it waited, after one retry', async () => {
    const counted = counting(stalledFetch(500))
    const error = await unreachable(
      model({ baseURL: 'https://api.anthropic.invalid', fetch: counted.fetch }).complete(REQUEST),
    )
    // The SDK takes undici's connect timeout for its own timeout; it is not that.
    expect(error.message).toMatch(
      /^Could not reach the Anthropic API at api\.anthropic\.invalid after 2 attempts: no connection within 0\.5 s \(UND_ERR_CONNECT_TIMEOUT\)\. A firewall/,
    )
    expect(counted.calls()).toBe(2)
  })

  it('with no connection in time and no retries: the same, not "no response within 600 s"', async () => {
    const error = await unreachable(
      model({
        baseURL: 'https://api.anthropic.invalid',
        fetch: stalledFetch(500),
        maxRetries: 0,
      }).complete(REQUEST),
    )
    expect(error.message).toMatch(/at api\.anthropic\.invalid: no connection within 0\.5 s/)
  })

  it('still answers after a connection refused once', async () => {
    const fake = await startFakeAnthropic({ defaultResponder: () => 'The design.' })
    cleanup.push(() => fake.close())
    const port = await closedPort()
    let calls = 0
    // The first request goes to a closed port, the retry to the fake.
    const flaky: typeof fetch = (input, init) => {
      calls++
      const url = String(input instanceof Request ? input.url : input)
      return fetch(calls === 1 ? url.replace(fake.url, `http://127.0.0.1:${port}`) : url, init)
    }
    const response = await model({ baseURL: fake.url, fetch: flaky }).complete(REQUEST)
    expect(response.text).toBe('The design.')
    expect(calls).toBe(2)
  })
})

describe('Amazon Bedrock', () => {
  it('names the regional endpoint the request went to', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'ASIAFAKEKEYID0000001'
    process.env.AWS_SECRET_ACCESS_KEY = 'fake/secret+Access0Key1for2the3Bedrock4fake'
    process.env.AWS_EC2_METADATA_DISABLED = 'true'
    delete process.env.AWS_PROFILE
    delete process.env.AWS_BEARER_TOKEN_BEDROCK
    const counted = counting(unresolvingFetch())
    const error = await unreachable(
      model({
        provider: 'bedrock',
        apiKey: null,
        region: 'eu-central-1',
        model: 'eu.anthropic.claude-sonnet-5-5',
        fetch: counted.fetch,
      }).complete(REQUEST),
    )
    expect(error.message).toBe(
      'Could not reach Amazon Bedrock at bedrock-runtime.eu-central-1.amazonaws.com after 2 ' +
        "attempts: its name did not resolve (DNS lookup failed: ENOTFOUND). Check the runner's " +
        'network and DNS, or the aws-region input.',
    )
    expect(counted.calls()).toBe(2)
  })
})

describe('Vertex AI', () => {
  const GOOGLE = { projectId: 'design-bots', region: 'us-east5', subjectToken: 'eyJhbGci.fake' }

  async function credentialsFor(url: string): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'tech-design-gcp-'))
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    process.env.GOOGLE_APPLICATION_CREDENTIALS = await writeGoogleExternalAccountCredentials(
      dir,
      url,
      GOOGLE.subjectToken,
    )
  }
  const vertex = (overrides: Partial<AnthropicModelOptions>) =>
    model({
      provider: 'vertex',
      apiKey: null,
      region: GOOGLE.region,
      projectId: GOOGLE.projectId,
      ...overrides,
    })

  it('names the regional endpoint the request went to', async () => {
    // Credentials from the fake's token exchange, then a request to Vertex's own host.
    const fake = await startFakeAnthropic({ platform: 'vertex', google: GOOGLE })
    cleanup.push(() => fake.close())
    await credentialsFor(fake.url)
    const counted = counting(unresolvingFetch())
    const error = await unreachable(vertex({ fetch: counted.fetch }).complete(REQUEST))
    expect(error.message).toBe(
      'Could not reach Vertex AI at us-east5-aiplatform.googleapis.com after 2 attempts: its ' +
        "name did not resolve (DNS lookup failed: ENOTFOUND). Check the runner's network and " +
        'DNS, or the vertex-region input.',
    )
    expect(counted.calls()).toBe(2)
  })

  it('says when the credentials endpoint cannot be reached, rather than that there are none', async () => {
    const port = await closedPort()
    await credentialsFor(`http://127.0.0.1:${port}`)
    const counted = counting()
    const error = await unreachable(vertex({ fetch: counted.fetch }).complete(REQUEST))
    expect(error.message).toMatch(
      new RegExp(
        `^Failed to acquire Google OAuth credentials: the credentials endpoint at 127\\.0\\.0\\.1:${port} ` +
          `could not be reached: the connection to 127\\.0\\.0\\.1:${port} was refused \\(ECONNREFUSED\\)\\. ` +
          'Check the credentials the job has',
      ),
    )
    expect(error.message).not.toContain(GOOGLE.subjectToken)
    // No request to Vertex itself was made.
    expect(counted.calls()).toBe(0)
  })
})
