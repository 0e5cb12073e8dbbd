/**
 * The fake's Bedrock and Vertex wire formats, driven by the real `AnthropicBedrock` and
 * `AnthropicVertex` clients: if the fake drifts from what the SDKs speak, these fail.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { APIConnectionError, APIError } from '@anthropic-ai/sdk'
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk'
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { GoogleAuth } from 'google-auth-library'
import type { AuthClient } from 'google-auth-library'
import {
  FAKE_WORKLOAD_IDENTITY_AUDIENCE,
  startFakeAnthropic,
  writeGoogleExternalAccountCredentials,
} from './anthropic-server.js'
import type { FakeAnthropic, FakeAnthropicOptions } from './anthropic-server.js'

const ANSWER = '# Technical Design: Todo\n\nA small service with a queue — and ünïcödé.'
const PARAMS = {
  max_tokens: 1024,
  system: 'You are a software architect.',
  messages: [{ role: 'user' as const, content: 'Requirements: build a todo app.' }],
}

let fake: FakeAnthropic | undefined

async function start(options: FakeAnthropicOptions): Promise<FakeAnthropic> {
  await fake?.close()
  fake = await startFakeAnthropic(options)
  return fake
}

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

interface Streamable {
  on(event: 'text', listener: (delta: string) => void): unknown
  finalMessage(): Promise<{ model: string; usage: { input_tokens: number; output_tokens: number } }>
}

/** Runs a stream to its end; the text received so far is kept even when it fails. */
async function collect(stream: Streamable) {
  const result = { text: '', message: undefined as unknown, error: undefined as unknown }
  stream.on('text', (delta) => {
    result.text += delta
  })
  try {
    result.message = await stream.finalMessage()
  } catch (error) {
    result.error = error
  }
  return result
}

async function rejection(promise: Promise<unknown>): Promise<APIError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(APIError)
  return error as APIError
}

function withEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]))
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

describe('bedrock', () => {
  const AWS = {
    accessKeyId: 'AKIAFAKE0EXAMPLE0KEY',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYFAKE0SECRET',
    sessionToken: 'IQoJb3JpZ2luX2VjEFAKE//session+token/with=padding==',
    region: 'eu-west-1',
  }
  const MODEL = 'eu.anthropic.claude-sonnet-5-5-20260101-v1:0'
  const ARN = `arn:aws:bedrock:eu-west-1:123456789012:inference-profile/${MODEL}`

  const bedrock = (fake: FakeAnthropic, overrides: object = {}) =>
    new AnthropicBedrock({
      awsRegion: AWS.region,
      awsAccessKey: AWS.accessKeyId,
      awsSecretKey: AWS.secretAccessKey,
      awsSessionToken: AWS.sessionToken,
      baseURL: fake.baseURL,
      maxRetries: 0,
      ...overrides,
    })

  it('streams the scripted text as event-stream chunks to a SigV4-signed request', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS, knownModels: [MODEL] })
    fake.enqueue({ text: ANSWER, chunkSize: 7, usage: { input_tokens: 321, output_tokens: 54 } })

    const result = await collect(bedrock(fake).messages.stream({ model: MODEL, ...PARAMS }))

    expect(result.error).toBeUndefined()
    expect(result.text).toBe(ANSWER)
    expect(result.message).toMatchObject({
      model: MODEL,
      usage: { input_tokens: 321, output_tokens: 54 },
    })
    expect(fake.requests).toHaveLength(1)
    const [request] = fake.requests
    expect(request).toMatchObject({
      path: `/model/${MODEL}/invoke-with-response-stream`,
      model: MODEL,
      awsAccessKeyId: AWS.accessKeyId,
    })
    expect(request?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAFAKE0EXAMPLE0KEY\/\d{8}\/eu-west-1\/bedrock\/aws4_request, /,
    )
    expect(request?.headers['x-amz-security-token']).toBe(AWS.sessionToken)
    expect(request?.body).not.toHaveProperty('model')
    expect(request?.body).not.toHaveProperty('stream')
    expect(request?.body.anthropic_version).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(request?.body.messages).toEqual(PARAMS.messages)
  })

  it('verifies the signature of a model ARN, whose path SigV4 encodes twice', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS, knownModels: [ARN] })
    fake.enqueue({ text: ANSWER })

    const result = await collect(bedrock(fake).messages.stream({ model: ARN, ...PARAMS }))

    expect(result.error).toBeUndefined()
    expect(result.text).toBe(ANSWER)
    expect(fake.requests[0]?.path).toContain('inference-profile%2Feu.anthropic')
    expect(fake.requests[0]?.model).toBe(ARN)
  })

  it('answers a non-streamed invoke with the message JSON', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS })
    fake.enqueue({ text: ANSWER, stopReason: 'max_tokens', usage: { output_tokens: 9 } })

    const { data, response } = await bedrock(fake)
      .messages.create({ model: MODEL, ...PARAMS })
      .withResponse()

    expect(data.content).toEqual([{ type: 'text', text: ANSWER }])
    expect(data).toMatchObject({
      model: MODEL,
      stop_reason: 'max_tokens',
      usage: { output_tokens: 9 },
    })
    expect(response.headers.get('x-amzn-bedrock-output-token-count')).toBe('9')
    expect(fake.requests[0]?.path).toBe(`/model/${MODEL}/invoke`)
  })

  it('rejects a request signed with a wrong secret key with 403', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS })
    const tampered = `${AWS.secretAccessKey.slice(0, -1)}X`

    const error = await rejection(
      bedrock(fake, { awsSecretKey: tampered }).messages.create({ model: MODEL, ...PARAMS }),
    )

    expect(error.status).toBe(403)
    expect(error.headers?.get('x-amzn-errortype')).toBe('InvalidSignatureException')
    expect(error.message).toContain('The request signature we calculated does not match')
    expect(fake.requests).toHaveLength(1)
    expect(fake.pending()).toBe(0)
  })

  it('rejects a request without the session token', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS })

    const error = await rejection(
      bedrock(fake, { awsSessionToken: null }).messages.create({ model: MODEL, ...PARAMS }),
    )

    expect(error.status).toBe(403)
    expect(error.headers?.get('x-amzn-errortype')).toBe('UnrecognizedClientException')
    expect(fake.requests[0]?.headers['x-amz-security-token']).toBeUndefined()
  })

  it('rejects a signature scoped to another region', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS })

    const error = await rejection(
      bedrock(fake, { awsRegion: 'us-east-1' }).messages.create({ model: MODEL, ...PARAMS }),
    )

    expect(error.status).toBe(403)
    expect(error.message).toContain('Credential should be scoped to a valid region')
  })

  it('signs with credentials from the AWS_* environment variables', async () => {
    const fake = await start({
      platform: 'bedrock',
      aws: { ...AWS, accessKeyId: 'AKIAFROM0THE0ENVIRON' },
    })
    fake.enqueue({ text: ANSWER })
    const restore = withEnv({
      AWS_ACCESS_KEY_ID: 'AKIAFROM0THE0ENVIRON',
      AWS_SECRET_ACCESS_KEY: AWS.secretAccessKey,
      AWS_SESSION_TOKEN: AWS.sessionToken,
      AWS_PROFILE: undefined,
      AWS_BEARER_TOKEN_BEDROCK: undefined,
    })
    try {
      const client = new AnthropicBedrock({
        awsRegion: AWS.region,
        baseURL: fake.baseURL,
        maxRetries: 0,
      })
      const result = await collect(client.messages.stream({ model: MODEL, ...PARAMS }))

      expect(result.error).toBeUndefined()
      expect(result.text).toBe(ANSWER)
      expect(fake.requests[0]?.awsAccessKeyId).toBe('AKIAFROM0THE0ENVIRON')
    } finally {
      restore()
    }
  })

  it('answers an unknown model with 404 ResourceNotFoundException', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS, knownModels: [MODEL] })

    const error = await rejection(
      bedrock(fake).messages.create({ model: 'anthropic.claude-nope-v1:0', ...PARAMS }),
    )

    expect(error.status).toBe(404)
    expect(error.headers?.get('x-amzn-errortype')).toBe('ResourceNotFoundException')
    expect(fake.requests[0]?.model).toBe('anthropic.claude-nope-v1:0')
  })

  it('lets the SDK retry a 429 ThrottlingException, re-signing each attempt', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS })
    fake.enqueue({ status: 429 }, { status: 429 }, { text: ANSWER })

    const result = await collect(
      bedrock(fake, { maxRetries: 2 }).messages.stream({ model: MODEL, ...PARAMS }),
    )

    expect(result.error).toBeUndefined()
    expect(result.text).toBe(ANSWER)
    expect(fake.requests).toHaveLength(3)
    expect(fake.requests.map((r) => r.headers['x-stainless-retry-count'])).toEqual(['0', '1', '2'])
  })

  it('reports a scripted 429 as Bedrock does once retries run out', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS })
    fake.enqueue({ status: 429 })

    const error = await rejection(bedrock(fake).messages.create({ model: MODEL, ...PARAMS }))

    expect(error.status).toBe(429)
    expect(error.headers?.get('x-amzn-errortype')).toBe('ThrottlingException')
    expect(error.error).toEqual({ message: 'Too many requests, please wait before trying again.' })
    expect(error.type).toBeNull()
  })

  it.each([
    ['rate_limit_error', 'throttlingException'],
    ['overloaded_error', 'serviceUnavailableException'],
    ['api_error', 'internalServerException'],
    ['invalid_request_error', 'modelStreamErrorException'],
  ])('turns a mid-stream %s into a %s frame the SDK raises', async (errorType, exception) => {
    const fake = await start({ platform: 'bedrock', aws: AWS })
    fake.enqueue({
      text: ANSWER,
      chunkSize: 4,
      errorEventAfterChars: 12,
      errorType,
      errorMessage: 'scripted failure',
    })

    const result = await collect(bedrock(fake).messages.stream({ model: MODEL, ...PARAMS }))

    expect(result.text).toBe(ANSWER.slice(0, 12))
    expect(result.error).toBeInstanceOf(APIError)
    expect(result.error).toMatchObject({ type: exception, apiMessage: 'scripted failure' })
  })

  it('fails the stream when the connection is cut mid-stream', async () => {
    const fake = await start({ platform: 'bedrock', aws: AWS })
    fake.enqueue({ text: ANSWER, chunkSize: 4, cutAfterChars: 8 })

    const result = await collect(bedrock(fake).messages.stream({ model: MODEL, ...PARAMS }))

    expect(result.text).toBe(ANSWER.slice(0, 8))
    expect(result.error).toBeInstanceOf(Error)
    expect(result.message).toBeUndefined()
  })

  it('accepts a Bedrock API key as a bearer token', async () => {
    const fake = await start({ platform: 'bedrock', apiKey: 'ABSKfake-bedrock-api-key' })
    fake.enqueue({ text: ANSWER })
    const client = new AnthropicBedrock({
      apiKey: 'ABSKfake-bedrock-api-key',
      awsRegion: AWS.region,
      baseURL: fake.baseURL,
      maxRetries: 0,
    })

    const message = await client.messages.create({ model: MODEL, ...PARAMS })
    const error = await rejection(
      client.withOptions({ apiKey: 'ABSKwrong' }).messages.create({ model: MODEL, ...PARAMS }),
    )

    expect(message.content).toEqual([{ type: 'text', text: ANSWER }])
    expect(fake.requests[0]?.apiKey).toBe('ABSKfake-bedrock-api-key')
    expect(error.status).toBe(403)
  })

  it('rejects bodies Bedrock would not take', async () => {
    const fake = await start({ platform: 'bedrock' })
    const invoke = (body: object) =>
      fetch(`${fake.url}/model/${encodeURIComponent(MODEL)}/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const valid = { anthropic_version: 'bedrock-2023-05-31', ...PARAMS }

    const withModel = await invoke({ ...valid, model: MODEL })
    const withStream = await invoke({ ...valid, stream: true })
    const noVersion = await invoke({ ...valid, anthropic_version: undefined })
    const ok = await invoke(valid)

    expect(withModel.status).toBe(400)
    expect(withModel.headers.get('x-amzn-errortype')).toBe('ValidationException')
    expect(await withModel.json()).toEqual({
      message: expect.stringContaining('extraneous key [model]'),
    })
    expect(withStream.status).toBe(400)
    expect(noVersion.status).toBe(400)
    expect(await noVersion.json()).toEqual({
      message: expect.stringContaining('required key [anthropic_version]'),
    })
    expect(ok.status).toBe(200)
    expect(fake.requests.map((r) => r.model)).toEqual([MODEL, MODEL, MODEL, MODEL])
  })
})

describe('vertex', () => {
  const PROJECT = 'fake-project-42'
  const REGION = 'europe-west1'
  const MODEL = 'claude-sonnet-5-5@20260101'
  const SUBJECT_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.fake-github-oidc.signature'
  const google = { projectId: PROJECT, region: REGION, subjectToken: SUBJECT_TOKEN }
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fake-vertex-'))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function vertex(
    fake: FakeAnthropic,
    overrides: object = {},
    subjectToken = SUBJECT_TOKEN,
  ): Promise<AnthropicVertex> {
    const keyFilename = await writeGoogleExternalAccountCredentials(
      await mkdtemp(join(dir, 'creds-')),
      fake.url,
      subjectToken,
    )
    const googleAuth = new GoogleAuth({
      keyFilename,
      scopes: 'https://www.googleapis.com/auth/cloud-platform',
    })
    return new AnthropicVertex({
      region: REGION,
      projectId: PROJECT,
      baseURL: fake.baseURL,
      googleAuth,
      maxRetries: 0,
      ...overrides,
    })
  }

  const predicts = (fake: FakeAnthropic) => fake.requests.filter((r) => r.path !== '/v1/token')
  const exchanges = (fake: FakeAnthropic) => fake.requests.filter((r) => r.path === '/v1/token')

  it('streams the scripted text to a request authorised by an STS-exchanged token', async () => {
    const fake = await start({ platform: 'vertex', google, knownModels: [MODEL] })
    fake.enqueue({ text: ANSWER, chunkSize: 5, usage: { input_tokens: 77, output_tokens: 13 } })

    const client = await vertex(fake)
    const result = await collect(client.messages.stream({ model: MODEL, ...PARAMS }))

    expect(result.error).toBeUndefined()
    expect(result.text).toBe(ANSWER)
    expect(result.message).toMatchObject({
      model: MODEL,
      usage: { input_tokens: 77, output_tokens: 13 },
    })
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/v1/token',
      `/v1/projects/${PROJECT}/locations/${REGION}/publishers/anthropic/models/${MODEL}:streamRawPredict`,
    ])
    const [exchange, predict] = fake.requests
    expect(exchange?.body).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: SUBJECT_TOKEN,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      audience: FAKE_WORKLOAD_IDENTITY_AUDIENCE,
      scope: 'https://www.googleapis.com/auth/cloud-platform',
    })
    expect(predict).toMatchObject({
      apiKey: 'ya29.fake-1',
      model: MODEL,
      vertex: { project: PROJECT, region: REGION },
    })
    expect(predict?.body).not.toHaveProperty('model')
    expect(predict?.body.anthropic_version).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('exchanges the subject token once for two requests', async () => {
    const fake = await start({ platform: 'vertex', google })
    const client = await vertex(fake)

    await client.messages.create({ model: MODEL, ...PARAMS })
    await collect(client.messages.stream({ model: MODEL, ...PARAMS }))

    expect(exchanges(fake)).toHaveLength(1)
    expect(predicts(fake).map((r) => r.apiKey)).toEqual(['ya29.fake-1', 'ya29.fake-1'])
  })

  it('answers a non-streamed rawPredict with the message JSON', async () => {
    const fake = await start({ platform: 'vertex', google })
    fake.enqueue({ text: ANSWER, usage: { input_tokens: 5 } })

    const message = await (await vertex(fake)).messages.create({ model: MODEL, ...PARAMS })

    expect(message.content).toEqual([{ type: 'text', text: ANSWER }])
    expect(message.usage.input_tokens).toBe(5)
    expect(predicts(fake)[0]?.path).toMatch(/:rawPredict$/)
  })

  it('fails to authenticate with a subject token the pool does not accept', async () => {
    const fake = await start({ platform: 'vertex', google })

    const client = await vertex(fake, {}, 'eyJ.not-the-configured-token.sig')
    const error = await client.messages.create({ model: MODEL, ...PARAMS }).catch((e) => e)

    expect(error).toBeInstanceOf(APIConnectionError)
    expect(String((error as Error).cause)).toContain('invalid_grant')
    expect(exchanges(fake)).toHaveLength(1)
    expect(predicts(fake)).toHaveLength(0)
  })

  it('rejects a token the fake never issued with 401', async () => {
    const fake = await start({ platform: 'vertex', google })
    const authClient = {
      getRequestHeaders: async () => new Headers({ authorization: 'Bearer ya29.forged' }),
    } as unknown as AuthClient
    const client = new AnthropicVertex({
      region: REGION,
      projectId: PROJECT,
      baseURL: fake.baseURL,
      authClient,
      maxRetries: 0,
    })

    const error = await rejection(client.messages.create({ model: MODEL, ...PARAMS }))

    expect(error.status).toBe(401)
    expect(error.error).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } })
  })

  it('denies another project with 403 and another region with 404', async () => {
    const fake = await start({ platform: 'vertex', google })

    const project = await rejection(
      (await vertex(fake, { projectId: 'someone-elses' })).messages.create({
        model: MODEL,
        ...PARAMS,
      }),
    )
    const region = await rejection(
      (await vertex(fake, { region: 'us-east5' })).messages.create({ model: MODEL, ...PARAMS }),
    )

    expect(project.status).toBe(403)
    expect(project.error).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } })
    expect(region.status).toBe(404)
    expect(region.error).toMatchObject({ error: { status: 'NOT_FOUND' } })
    expect(predicts(fake).map((r) => r.vertex)).toEqual([
      { project: 'someone-elses', region: REGION },
      { project: PROJECT, region: 'us-east5' },
    ])
  })

  it('answers an unknown model with 404', async () => {
    const fake = await start({ platform: 'vertex', google, knownModels: [MODEL] })

    const error = await rejection(
      (await vertex(fake)).messages.create({ model: 'claude-nope@1', ...PARAMS }),
    )

    expect(error.status).toBe(404)
    expect(predicts(fake)[0]?.model).toBe('claude-nope@1')
  })

  it('lets the SDK retry a 429 RESOURCE_EXHAUSTED, reusing the token', async () => {
    const fake = await start({ platform: 'vertex', google })
    fake.enqueue({ status: 429 }, { text: ANSWER })

    const client = await vertex(fake, { maxRetries: 1 })
    const result = await collect(client.messages.stream({ model: MODEL, ...PARAMS }))

    expect(result.error).toBeUndefined()
    expect(result.text).toBe(ANSWER)
    expect(predicts(fake)).toHaveLength(2)
    expect(exchanges(fake)).toHaveLength(1)
  })

  it('raises a mid-stream error event and fails a cut stream', async () => {
    const fake = await start({ platform: 'vertex', google })
    fake.enqueue(
      { text: ANSWER, chunkSize: 4, errorEventAfterChars: 8 },
      { text: ANSWER, chunkSize: 4, cutAfterChars: 8 },
    )
    const client = await vertex(fake)

    const errored = await collect(client.messages.stream({ model: MODEL, ...PARAMS }))
    const cut = await collect(client.messages.stream({ model: MODEL, ...PARAMS }))

    expect(errored.text).toBe(ANSWER.slice(0, 8))
    expect(errored.error).toBeInstanceOf(APIError)
    expect(errored.error).toMatchObject({ type: 'overloaded_error' })
    expect(cut.text).toBe(ANSWER.slice(0, 8))
    expect(cut.error).toBeInstanceOf(Error)
    expect(cut.message).toBeUndefined()
  })

  it('counts tokens on the count-tokens model, whose body keeps the model', async () => {
    const fake = await start({ platform: 'vertex', google })

    const count = await (
      await vertex(fake)
    ).messages.countTokens({
      model: MODEL,
      system: PARAMS.system,
      messages: PARAMS.messages,
    })

    expect(count.input_tokens).toBeGreaterThan(0)
    expect(predicts(fake)[0]).toMatchObject({
      path: `/v1/projects/${PROJECT}/locations/${REGION}/publishers/anthropic/models/count-tokens:rawPredict`,
      model: MODEL,
    })
  })

  it('finds the credentials through GOOGLE_APPLICATION_CREDENTIALS', async () => {
    const fake = await start({ platform: 'vertex', google })
    fake.enqueue({ text: ANSWER })
    const credentials = await writeGoogleExternalAccountCredentials(
      await mkdtemp(join(dir, 'adc-')),
      fake.url,
      SUBJECT_TOKEN,
    )
    // As google-github-actions/auth exports it when it knows the project: without it,
    // google-auth-library asks Cloud Resource Manager for the pool's project.
    const restore = withEnv({
      GOOGLE_APPLICATION_CREDENTIALS: credentials,
      GOOGLE_CLOUD_PROJECT: PROJECT,
    })
    try {
      const client = new AnthropicVertex({
        region: REGION,
        projectId: PROJECT,
        baseURL: fake.baseURL,
        maxRetries: 0,
      })
      const message = await client.messages.create({ model: MODEL, ...PARAMS })

      expect(message.content).toEqual([{ type: 'text', text: ANSWER }])
      expect(exchanges(fake)).toHaveLength(1)
    } finally {
      restore()
    }
  })
})
