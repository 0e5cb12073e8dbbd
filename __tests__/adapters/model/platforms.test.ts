/**
 * The model adapter on Amazon Bedrock and Vertex AI: the real platform SDKs, loaded on demand,
 * against the fake's Bedrock and Vertex wire formats, with credentials from the environment as
 * the runner's OIDC login steps leave them.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  createAnthropicModel,
  type AnthropicModelOptions,
} from '../../../src/adapters/model/client.js'
import {
  ModelAuthError,
  ModelError,
  ModelNotFoundError,
  ModelUnavailableError,
} from '../../../src/adapters/model/errors.js'
import { SpendCapError } from '../../../src/conversation/spend-cap.js'
import {
  startFakeAnthropic,
  writeGoogleExternalAccountCredentials,
  type FakeAnthropic,
} from '../../fakes/anthropic-server.js'

const AWS = {
  accessKeyId: 'ASIAFAKEKEYID0000001',
  secretAccessKey: 'fake/secret+Access0Key1for2the3Bedrock4fake',
  sessionToken: 'FwoGZXIvYXdzEFAKESESSIONTOKEN0123456789',
  region: 'eu-central-1',
}
const GOOGLE = {
  projectId: 'design-bots',
  region: 'us-east5',
  subjectToken: 'eyJhbGciOiJSUzI1Ni.fake.oidc',
}
const REQUEST = {
  system: ['You are a software architect.'],
  messages: [{ role: 'user' as const, content: 'Requirements: refunds within 30 days.' }],
}
const ANSWER = '# Technical Design: Refunds\n\nOne service, one queue — ünïcödé intact.'

let fake: FakeAnthropic
const saved = { ...process.env }
let dir: string | undefined

afterEach(async () => {
  await fake.close()
  process.env = { ...saved }
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

function model(overrides: Partial<AnthropicModelOptions>) {
  return createAnthropicModel({
    model: 'claude-sonnet-5-5',
    maxOutputTokens: 4096,
    streamRetryDelayMs: 0,
    progressIntervalMs: 0,
    ...overrides,
  })
}

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ModelError)
  const text = [String(error), (error as Error).stack].join('\n')
  for (const secret of [AWS.secretAccessKey, AWS.sessionToken, GOOGLE.subjectToken]) {
    expect(text).not.toContain(secret)
  }
  return error as ModelError
}

describe('on Amazon Bedrock', () => {
  beforeEach(async () => {
    fake = await startFakeAnthropic({
      platform: 'bedrock',
      aws: AWS,
      defaultResponder: () => ANSWER,
    })
    // As aws-actions/configure-aws-credentials exports them after its OIDC exchange.
    process.env.AWS_ACCESS_KEY_ID = AWS.accessKeyId
    process.env.AWS_SECRET_ACCESS_KEY = AWS.secretAccessKey
    process.env.AWS_SESSION_TOKEN = AWS.sessionToken
    process.env.AWS_EC2_METADATA_DISABLED = 'true'
    delete process.env.AWS_PROFILE
    delete process.env.AWS_BEARER_TOKEN_BEDROCK
  })
  const bedrock = (overrides: Partial<AnthropicModelOptions> = {}) =>
    model({
      provider: 'bedrock',
      region: AWS.region,
      baseURL: fake.baseURL,
      model: 'eu.anthropic.claude-sonnet-5-5',
      ...overrides,
    })

  it('streams the answer over a SigV4-signed request with the environment’s credentials', async () => {
    const response = await bedrock().complete(REQUEST)
    expect(response.text).toBe(ANSWER)
    expect(response.usage.outputTokens).toBeGreaterThan(0)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]).toMatchObject({
      model: 'eu.anthropic.claude-sonnet-5-5',
      awsAccessKeyId: AWS.accessKeyId,
    })
    // The system prompt is still cached on Bedrock.
    expect(JSON.stringify(fake.requests[0]!.body.system)).toContain('"cache_control"')
  })

  it('says to check the AWS credentials when Bedrock refuses the signature', async () => {
    process.env.AWS_SECRET_ACCESS_KEY = `${AWS.secretAccessKey}x`
    const error = await failure(bedrock({ maxRetries: 0 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/^Amazon Bedrock refused access with the AWS credentials \(403\)/)
    expect(error.message).toContain('aws-actions/configure-aws-credentials')
    expect(error.message).toContain('bedrock:InvokeModelWithResponseStream')
  })

  it('says how to get credentials when the job has none', async () => {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      delete process.env[name]
    }
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(tmpdir(), 'no-such-aws-credentials')
    process.env.AWS_CONFIG_FILE = join(tmpdir(), 'no-such-aws-config')
    const error = await failure(bedrock({ maxRetries: 0 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.message).toMatch(/^Failed to resolve AWS credentials/)
    expect(error.message).toContain('Run aws-actions/configure-aws-credentials')
    expect(fake.requests).toHaveLength(0)
  })

  it('names a Bedrock model id to use when the model is unknown', async () => {
    await fake.close()
    fake = await startFakeAnthropic({
      platform: 'bedrock',
      aws: AWS,
      knownModels: ['eu.anthropic.claude-sonnet-5-5'],
    })
    const error = await failure(bedrock({ model: 'anthropic.claude-nope' }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelNotFoundError)
    expect(error.message).toMatch(/^Amazon Bedrock does not know the model "anthropic.claude-nope"/)
    expect(error.message).toContain('us.anthropic.claude-sonnet-5-5')
  })

  it('retries throttling, before and during the stream, then answers', async () => {
    fake.enqueue(
      { status: 429 },
      { text: ANSWER, errorEventAfterChars: 10, errorType: 'rate_limit_error' },
    )
    const response = await bedrock().complete(REQUEST)
    expect(response.text).toBe(ANSWER)
    expect(fake.requests).toHaveLength(3)
  })

  it('gives up on a throttled stream after the retries, in Bedrock’s terms', async () => {
    fake.setDefault(() => ({
      text: ANSWER,
      errorEventAfterChars: 5,
      errorType: 'rate_limit_error',
    }))
    const error = await failure(bedrock({ streamRetries: 1 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.message).toMatch(
      /^The Amazon Bedrock response stream broke off mid-way on all 2 attempts \(last: throttlingException event/,
    )
  })

  it('stops an answer at the spend cap and closes the connection, as on the Anthropic API', async () => {
    fake.enqueue({ text: 'word '.repeat(8_000), chunkSize: 40, chunkDelayMs: 2 })
    const error = await bedrock()
      .complete({
        ...REQUEST,
        spendCap: {
          limit: { cap: 'run', limitUsd: 1, spentUsd: 0 },
          stopWhen: (spent) => spent.outputTokens > 200,
        },
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SpendCapError)
    expect((error as SpendCapError).usage.outputTokens).toBeGreaterThan(200)
    for (let i = 0; i < 100 && !fake.requests[0]?.closedByClient; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(fake.requests[0]?.closedByClient).toBe(true)
    expect(fake.requests).toHaveLength(1)
  })
})

describe('on Vertex AI', () => {
  beforeEach(async () => {
    fake = await startFakeAnthropic({
      platform: 'vertex',
      google: GOOGLE,
      defaultResponder: () => ANSWER,
    })
    dir = await mkdtemp(join(tmpdir(), 'tech-design-gcp-'))
    // As google-github-actions/auth leaves them for Workload Identity Federation.
    process.env.GOOGLE_APPLICATION_CREDENTIALS = await writeGoogleExternalAccountCredentials(
      dir,
      fake.url,
      GOOGLE.subjectToken,
    )
    delete process.env.GOOGLE_CLOUD_PROJECT
    delete process.env.GCLOUD_PROJECT
  })
  const vertex = (overrides: Partial<AnthropicModelOptions> = {}) =>
    model({
      provider: 'vertex',
      region: GOOGLE.region,
      projectId: GOOGLE.projectId,
      baseURL: fake.baseURL,
      ...overrides,
    })

  it('exchanges the OIDC token once and reuses the access token for later calls', async () => {
    const client = vertex()
    expect((await client.complete(REQUEST)).text).toBe(ANSWER)
    expect((await client.complete(REQUEST)).text).toBe(ANSWER)
    const paths = fake.requests.map((r) => r.path)
    expect(paths.filter((p) => p === '/v1/token')).toHaveLength(1)
    const predictions = fake.requests.filter((r) => r.path.endsWith(':streamRawPredict'))
    expect(predictions).toHaveLength(2)
    expect(predictions[0]).toMatchObject({
      model: 'claude-sonnet-5-5',
      vertex: { project: GOOGLE.projectId, region: GOOGLE.region },
    })
  })

  it('says to check the Google credentials when the token exchange is refused', async () => {
    await fake.close()
    fake = await startFakeAnthropic({
      platform: 'vertex',
      google: { ...GOOGLE, subjectToken: 'another-token' },
    })
    process.env.GOOGLE_APPLICATION_CREDENTIALS = await writeGoogleExternalAccountCredentials(
      dir!,
      fake.url,
      GOOGLE.subjectToken,
    )
    const error = await failure(vertex({ maxRetries: 0 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.message).toMatch(/^Failed to acquire Google OAuth credentials/)
    expect(error.message).toContain('google-github-actions/auth')
  })

  it('names the project setting when Vertex refuses the project', async () => {
    const error = await failure(
      vertex({ projectId: 'someone-elses', maxRetries: 0 }).complete(REQUEST),
    )
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.message).toMatch(
      /^Vertex AI refused access with the Google Cloud credentials \(403\)/,
    )
    expect(error.message).toContain('vertex-project-id')
    expect(error.message).toContain('Vertex AI User')
  })
})
