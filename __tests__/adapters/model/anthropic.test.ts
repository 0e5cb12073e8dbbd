/** The Anthropic adapter against a loopback fake of the Messages API, through the real SDK. */
import Anthropic from '@anthropic-ai/sdk'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createAnthropicModel } from '../../../src/adapters/model/client.js'
import {
  ModelAuthError,
  ModelError,
  ModelNotFoundError,
  ModelOutputTruncatedError,
  ModelRefusalError,
  ModelRequestError,
  ModelTimeoutError,
  ModelUnavailableError,
  ModelUnreachableError,
} from '../../../src/adapters/model/errors.js'
import type { AnthropicModelOptions } from '../../../src/adapters/model/client.js'
import { estimateCostUsd, findModelPrice } from '../../../src/config/pricing.js'
import { CLI_SETTING_NAMES } from '../../../src/config/setting-names.js'
import type { Usage } from '../../../src/config/usage.js'
import type { ModelProgress, ModelRequest } from '../../../src/conversation/model.js'
import {
  planCallSpend,
  SpendCapError,
  STOP_MARGIN_TOKENS,
  type CallSpendCap,
  type SpendLimit,
} from '../../../src/conversation/spend-cap.js'
import { startFakeAnthropic } from '../../fakes/anthropic-server.js'
import type { FakeAnthropic, FakeAnthropicOptions } from '../../fakes/anthropic-server.js'

const API_KEY = 'sk-ant-api03-TEST-SECRET-d0n0tl3ak-0123456789abcdef'
const MODEL = 'claude-sonnet-5-5'

const REQUEST: ModelRequest = {
  system: ['You are a software architect.', 'TEMPLATE: # Technical Design: [Title]'],
  messages: [{ role: 'user', content: 'Requirements: build a todo app.' }],
}

let fake: FakeAnthropic

async function startFake(options?: FakeAnthropicOptions): Promise<void> {
  await fake?.close()
  fake = await startFakeAnthropic(options)
}

beforeEach(async () => {
  fake = await startFakeAnthropic()
})

afterEach(async () => {
  await fake.close()
})

function model(overrides: Partial<AnthropicModelOptions> = {}) {
  return createAnthropicModel({
    apiKey: API_KEY,
    baseURL: fake.url,
    model: MODEL,
    maxOutputTokens: 4096,
    streamRetryDelayMs: 0,
    progressIntervalMs: 0,
    ...overrides,
  })
}

/** Runs a call that must fail; checks the error never carries the key. */
async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ModelError)
  const text = [String(error), (error as Error).stack, JSON.stringify(error)].join('\n')
  expect(text).not.toContain(API_KEY)
  expect(text).not.toContain('TEST-SECRET')
  return error as ModelError
}

describe('createAnthropicModel', () => {
  it('streams the text and sends the request the API expects', async () => {
    fake.enqueue({
      text: '# Technical Design: Todo\n\nA small service.',
      chunkSize: 5,
      usage: {
        input_tokens: 120,
        output_tokens: 30,
        cache_creation_input_tokens: 2000,
        cache_read_input_tokens: 0,
      },
    })

    const response = await model({ defaultHeaders: { 'x-trace': 'abc' } }).complete(REQUEST)

    expect(response).toEqual({
      text: '# Technical Design: Todo\n\nA small service.',
      model: MODEL,
      usage: {
        inputTokens: 120,
        outputTokens: 30,
        cacheCreationInputTokens: 2000,
        cacheReadInputTokens: 0,
      },
    })
    expect(fake.requests).toHaveLength(1)
    const [request] = fake.requests
    expect(request?.method).toBe('POST')
    expect(request?.path).toBe('/v1/messages')
    // SDK 1.14 sends `apiKey` as a bearer token, not as x-api-key.
    expect(request?.apiKey).toBe(API_KEY)
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(request?.headers['anthropic-version']).toBeDefined()
    expect(request?.headers['x-trace']).toBe('abc')
    expect(request?.body).toEqual({
      model: MODEL,
      max_tokens: 4096,
      stream: true,
      system: [
        { type: 'text', text: 'You are a software architect.' },
        {
          type: 'text',
          text: 'TEMPLATE: # Technical Design: [Title]',
          cache_control: { type: 'ephemeral' },
        },
      ],
      messages: [{ role: 'user', content: 'Requirements: build a todo app.' }],
    })
    expect(request?.body).not.toHaveProperty('tools')
  })

  it('reports cache reads on the second call with the same system prompt', async () => {
    await startFake({ minCacheTokens: 0 })
    const client = model()
    const first = await client.complete(REQUEST)
    const second = await client.complete(REQUEST)
    expect(first.usage.cacheCreationInputTokens).toBeGreaterThan(0)
    expect(first.usage.cacheReadInputTokens).toBe(0)
    expect(second.usage.cacheReadInputTokens).toBe(first.usage.cacheCreationInputTokens)
    expect(second.usage.cacheCreationInputTokens).toBe(0)
    expect(second.usage.inputTokens).toBeGreaterThan(0)
  })

  it('lets the SDK retry 429 and 529 before the stream starts', async () => {
    fake.enqueue(
      { status: 429 },
      { status: 529 },
      { text: 'third time lucky', usage: { input_tokens: 77 } },
    )
    const response = await model().complete(REQUEST)
    expect(response.text).toBe('third time lucky')
    expect(fake.requests).toHaveLength(3)
    // Failed HTTP attempts are not billed.
    expect(response.usage.inputTokens).toBe(77)
  })

  it('gives up on a permanently overloaded API with the status and attempt count', async () => {
    fake.setDefault(() => ({ status: 529 }))
    const error = await failure(model({ maxRetries: 2 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.code).toBe('unavailable')
    expect(error.status).toBe(529)
    expect(error.message).toMatch(/Anthropic API overloaded \(529\) after 3 attempts/)
    expect(fake.requests).toHaveLength(3)
    expect(error.usage.inputTokens).toBe(0)
  })

  it('re-sends the request when the connection is cut mid-stream and returns only the new text', async () => {
    fake.enqueue(
      { cutAfterChars: 12, text: 'PARTIAL-FIRST-ATTEMPT-TEXT', usage: { input_tokens: 100 } },
      { text: 'complete second attempt', usage: { input_tokens: 100, output_tokens: 6 } },
    )
    const progress: ModelProgress[] = []
    const response = await model().complete({ ...REQUEST, onProgress: (p) => progress.push(p) })
    expect(response.text).toBe('complete second attempt')
    expect(response.text).not.toContain('PARTIAL')
    expect(fake.requests).toHaveLength(2)
    expect(progress.some((p) => p.text.startsWith('PARTIAL'))).toBe(true)
    expect(progress.at(-1)).toEqual({ outputTokens: 6, text: 'complete second attempt' })
    // Billed: both attempts' input, the cut attempt's ~3 output tokens and the final 6.
    expect(response.usage.inputTokens).toBe(200)
    expect(response.usage.outputTokens).toBe(6 + Math.ceil(12 / 4))
  })

  it('re-sends the request after an SSE error event mid-stream', async () => {
    fake.enqueue(
      { errorEventAfterChars: 8, text: 'BROKEN-STREAM-TEXT' },
      { text: 'recovered answer' },
    )
    const response = await model().complete(REQUEST)
    expect(response.text).toBe('recovered answer')
    expect(fake.requests).toHaveLength(2)
  })

  it('does not re-send after a non-transient error event', async () => {
    fake.enqueue({
      errorEventAfterChars: 4,
      text: 'abcdefgh',
      errorType: 'invalid_request_error',
      errorMessage: 'messages: text content blocks must be non-empty',
    })
    const error = await failure(model().complete(REQUEST))
    expect(error).toBeInstanceOf(ModelRequestError)
    expect(error.message).toContain('text content blocks must be non-empty')
    expect(fake.requests).toHaveLength(1)
  })

  it('fails clearly when every attempt is cut mid-stream', async () => {
    fake.setDefault(() => ({ cutAfterChars: 5, text: 'never finishes' }))
    const error = await failure(model({ streamRetries: 2 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.message).toMatch(/stream broke off mid-way on all 3 attempts/)
    expect(error.message).toMatch(/last: the connection was cut \(/)
    expect(fake.requests).toHaveLength(3)
    expect(error.usage.inputTokens).toBeGreaterThan(0)
  })

  it('treats a stream that ends without message_stop as broken', async () => {
    fake.enqueue({ endAfterChars: 4, text: 'TRUNCATED-BODY' }, { text: 'whole answer' })
    const response = await model().complete(REQUEST)
    expect(response.text).toBe('whole answer')
    expect(fake.requests).toHaveLength(2)
  })

  it('names the last cause when every attempt gets an error event', async () => {
    fake.setDefault(() => ({ errorEventAfterChars: 3, text: 'overloaded' }))
    const error = await failure(model({ streamRetries: 1 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelUnavailableError)
    expect(error.message).toMatch(/all 2 attempts \(last: overloaded_error event: Overloaded\)/)
    expect(fake.requests).toHaveLength(2)
  })

  it('throws ModelOutputTruncatedError at max_tokens, with the size reached and a higher limit', async () => {
    fake.enqueue({
      text: `# Technical Design: Todo\n\n## 1. Overview\n${'x'.repeat(16_000)}`,
      stopReason: 'max_tokens',
      usage: { output_tokens: 4096, input_tokens: 50 },
    })
    const error = await failure(model().complete(REQUEST))
    expect(error).toBeInstanceOf(ModelOutputTruncatedError)
    expect(error.code).toBe('output_truncated')
    expect(error.message).toBe(
      'The answer was cut off at the output limit of 4,096 tokens (about 16 KB of design written). ' +
        'Raise the max-output-tokens input (for example to 8,192) and run again.',
    )
    expect(error).toMatchObject({ maxOutputTokens: 4096, outputTokens: 4096 })
    expect(error.usage).toMatchObject({ inputTokens: 50, outputTokens: 4096 })
    expect(fake.requests).toHaveLength(1)
  })

  it("names the command line's flag at max_tokens, and no higher limit past the models' most", async () => {
    fake.enqueue({ text: 'Short.', stopReason: 'max_tokens' })
    const cli = await failure(
      model({ maxOutputTokens: 32_000, settingNames: CLI_SETTING_NAMES }).complete(REQUEST),
    )
    expect(cli.message).toBe(
      'The answer was cut off at the output limit of 32,000 tokens (about 6 bytes of design written). ' +
        'Raise --max-output-tokens (for example to 64,000) and run again.',
    )
    fake.enqueue({ text: 'Short.', stopReason: 'max_tokens' })
    const near = await failure(model({ maxOutputTokens: 100_000 }).complete(REQUEST))
    expect(near.message).toMatch(/\(for example to 128,000\)/)
    fake.enqueue({ text: 'Short.', stopReason: 'max_tokens' })
    const most = await failure(model({ maxOutputTokens: 128_000 }).complete(REQUEST))
    expect(most.message).not.toMatch(/Raise/)
    expect(most.message).toMatch(/as long as current Claude models write; ask for a shorter design/)
  })

  it('throws ModelRefusalError on a refusal', async () => {
    fake.enqueue({ text: 'I can', stopReason: 'refusal' })
    const error = await failure(model().complete(REQUEST))
    expect(error).toBeInstanceOf(ModelRefusalError)
    expect(error.message).toMatch(/declined/)
  })

  it('throws ModelAuthError on 401 without retrying or leaking the key', async () => {
    await startFake({ apiKey: 'sk-ant-the-right-key' })
    const error = await failure(model().complete(REQUEST))
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.status).toBe(401)
    expect(error.message).toBe(
      'The Anthropic API rejected the API key (401). Check the anthropic-api-key input (the ANTHROPIC_API_KEY secret).',
    )
    expect(fake.requests).toHaveLength(1)
  })

  it("names the command line's settings in its hints when given its names", async () => {
    await startFake({ apiKey: 'sk-ant-the-right-key', knownModels: [MODEL] })
    const rejected = await failure(model({ settingNames: CLI_SETTING_NAMES }).complete(REQUEST))
    expect(rejected.message).toBe(
      'The Anthropic API rejected the API key (401). Check the ANTHROPIC_API_KEY environment variable.',
    )
    await startFake({ knownModels: [MODEL] })
    const unknown = await failure(
      model({ model: 'claude-nonexistent-1', settingNames: CLI_SETTING_NAMES }).complete(REQUEST),
    )
    expect(unknown.message).toMatch(/Check --model \(and ANTHROPIC_BASE_URL, if you set it\)\.$/)
    expect(unknown.message).not.toMatch(/input/)
  })

  it('redacts the key even when the API echoes it', async () => {
    fake.enqueue({
      status: 403,
      body: {
        type: 'error',
        error: { type: 'permission_error', message: `key ${API_KEY} blocked` },
      },
    })
    const error = await failure(model().complete(REQUEST))
    expect(error).toBeInstanceOf(ModelAuthError)
    expect(error.message).toContain('key *** blocked')
  })

  it('redacts a header secret of only 4 to 7 characters when the API echoes it', async () => {
    const token = 'gw7x9'
    fake.enqueue({
      status: 403,
      body: {
        type: 'error',
        error: { type: 'permission_error', message: `gateway token ${token} refused` },
      },
    })
    const error = await failure(
      model({ defaultHeaders: { 'x-gateway-token': token } }).complete(REQUEST),
    )
    expect(fake.requests[0]?.headers['x-gateway-token']).toBe(token)
    expect(error.message).toContain('gateway token *** refused')
    expect([error.message, error.stack].join('\n')).not.toContain(token)
  })

  it('throws ModelNotFoundError naming the model on 404', async () => {
    await startFake({ knownModels: ['claude-opus-5-5'] })
    const error = await failure(model({ model: 'claude-nonexistent-1' }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelNotFoundError)
    expect(error.message).toContain('"claude-nonexistent-1"')
    expect(fake.requests).toHaveLength(1)
  })

  it('throws ModelRequestError with the API message on 400', async () => {
    fake.enqueue({
      status: 400,
      body: {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'prompt is too long: 250000 tokens' },
      },
    })
    const error = await failure(model().complete(REQUEST))
    expect(error).toBeInstanceOf(ModelRequestError)
    expect(error.message).toContain('prompt is too long: 250000 tokens')
    expect(error.message).toContain('400')
  })

  it('reports an unreachable API in plain words, naming its host', async () => {
    const url = fake.url
    const host = new URL(url).host
    await fake.close()
    const error = await failure(model({ baseURL: url, maxRetries: 0 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelUnreachableError)
    expect(error.code).toBe('unreachable')
    expect(error.message).toBe(
      `Could not reach the Anthropic API at ${host}: the connection to ${host} was refused ` +
        '(ECONNREFUSED). Check the anthropic-base-url input, and that the server there is up ' +
        '(and HTTPS_PROXY, if the runner uses a proxy).',
    )
  })

  it('times out a stalled stream', async () => {
    fake.enqueue({ hangAfterChars: 6, text: 'stalled forever' })
    const started = Date.now()
    const error = await failure(model({ timeoutMs: 150 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelTimeoutError)
    expect(error.message).toMatch(/^No complete response from the model within 0\.15 s/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('times out a slow but alive stream at the deadline', async () => {
    fake.enqueue({ text: 'x'.repeat(400), chunkSize: 4, chunkDelayMs: 20 })
    const error = await failure(model({ timeoutMs: 200 }).complete(REQUEST))
    expect(error).toBeInstanceOf(ModelTimeoutError)
    expect(error.message).toMatch(/output tokens had arrived/)
  })

  it('reports progress with rising token counts and the real count at the end', async () => {
    fake.enqueue({ text: 'abcdefgh'.repeat(10), chunkSize: 8, usage: { output_tokens: 25 } })
    const progress: ModelProgress[] = []
    await model().complete({ ...REQUEST, onProgress: (p) => progress.push({ ...p }) })
    expect(progress.length).toBe(11)
    const streamed = progress.slice(0, -1).map((p) => p.outputTokens)
    expect(streamed).toEqual([...streamed].sort((a, b) => a - b))
    expect(streamed[0]).toBe(2)
    expect(streamed.at(-1)).toBe(20)
    expect(progress.at(-1)).toEqual({ outputTokens: 25, text: 'abcdefgh'.repeat(10) })
  })

  it('throttles progress to progressIntervalMs', async () => {
    fake.enqueue({ text: 'y'.repeat(200), chunkSize: 10 })
    const progress: ModelProgress[] = []
    await model({ progressIntervalMs: 60_000 }).complete({
      ...REQUEST,
      onProgress: (p) => progress.push(p),
    })
    expect(progress.map((p) => p.text.length)).toEqual([10, 200])
  })

  it('omits an empty system prompt', async () => {
    await model().complete({ system: [], messages: REQUEST.messages })
    expect(fake.requests[0]?.body).not.toHaveProperty('system')
  })
})

describe('createAnthropicModel under a spend cap', () => {
  const RUN_CAP: SpendLimit = { cap: 'run', limitUsd: 2, spentUsd: 1.5 }
  /** About 10,000 output tokens, streamed slowly enough to be stopped long before the end. */
  const LONG_ANSWER = { text: 'word '.repeat(8_000), chunkSize: 40, chunkDelayMs: 2 }
  const capped = (stopWhen: CallSpendCap['stopWhen'], limit = RUN_CAP): CallSpendCap => ({
    limit,
    stopWhen,
  })

  /** Runs a call that must end at the cap. */
  async function capFailure(promise: Promise<unknown>): Promise<SpendCapError> {
    const error = await promise.then(
      () => {
        throw new Error('expected the call to stop at the cap')
      },
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(SpendCapError)
    expect(String((error as Error).stack)).not.toContain(API_KEY)
    return error as SpendCapError
  }

  /** The fake hears of the closed connection a moment after the client closed it. */
  async function closedByClient(index = 0): Promise<boolean> {
    for (let i = 0; i < 100 && !fake.requests[index]?.closedByClient; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    return fake.requests[index]?.closedByClient === true
  }

  it('sends the max_tokens a request asks for, never above the client’s', async () => {
    await model().complete({ ...REQUEST, maxOutputTokens: 1_500 })
    await model().complete({ ...REQUEST, maxOutputTokens: 99_000 })
    expect(fake.requests.map((request) => request.body.max_tokens)).toEqual([1_500, 4096])
  })

  it('stops a long answer when stopWhen says so: the request is aborted, nothing is returned', async () => {
    fake.enqueue({ ...LONG_ANSWER, usage: { input_tokens: 300 } })
    const asked: Usage[] = []
    const progress: ModelProgress[] = []
    const error = await capFailure(
      model().complete({
        ...REQUEST,
        onProgress: (p) => progress.push(p),
        spendCap: capped((spent) => {
          asked.push(spent)
          return spent.outputTokens >= 500
        }),
      }),
    )
    expect(error).toMatchObject({ stop: 'stopped', cap: 'run', limitUsd: 2, spentUsd: 1.5 })
    expect(error.message).toBe(
      "The answer was stopped because it reached the run's spend cap of $2.00 (the max-cost-usd " +
        'input), with $1.50 spent before this call; nothing was written. Raise the max-cost-usd ' +
        'input, or lower the max-output-tokens input so each call is sized to what is left, and ' +
        'run again.',
    )
    // Billed: the input message_start reported, and the output received before the stop.
    expect(error.usage.inputTokens).toBe(300)
    expect(error.usage.outputTokens).toBeGreaterThanOrEqual(500)
    expect(error.usage.outputTokens).toBeLessThan(510)
    expect(asked.at(-1)).toEqual(error.usage)
    expect(asked.map((u) => u.outputTokens)).toEqual(
      [...asked.map((u) => u.outputTokens)].sort((a, b) => a - b),
    )
    expect(await closedByClient()).toBe(true)
    expect(fake.requests[0]?.sentChars).toBeLessThan(LONG_ANSWER.text.length / 2)
    expect(fake.requests).toHaveLength(1)
    expect(progress.at(-1)?.text.length).toBeLessThan(LONG_ANSWER.text.length)
  })

  it('does not re-send a request the cap stopped', async () => {
    fake.setDefault(() => LONG_ANSWER)
    const error = await capFailure(
      model({ streamRetries: 2 }).complete({
        ...REQUEST,
        spendCap: capped((spent) => spent.outputTokens > 100),
      }),
    )
    expect(error.stop).toBe('stopped')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(fake.requests).toHaveLength(1)
  })

  it('counts the attempts that broke off before, and can stop at message_start', async () => {
    fake.enqueue(
      { cutAfterChars: 400, text: 'x'.repeat(800), usage: { input_tokens: 100 } },
      { ...LONG_ANSWER, firstTokenDelayMs: 200, usage: { input_tokens: 100 } },
    )
    const error = await capFailure(
      model().complete({ ...REQUEST, spendCap: capped((spent) => spent.inputTokens > 150) }),
    )
    // The first attempt's 100 input and 100 output tokens, and the second's input.
    expect(error.usage).toMatchObject({ inputTokens: 200, outputTokens: 100 + 1 })
    expect(fake.requests).toHaveLength(2)
    expect(await closedByClient(1)).toBe(true)
    expect(fake.requests[1]?.sentChars).toBe(0)
  })

  it('reads an answer cut at a max_tokens the cap lowered as the cap’s doing', async () => {
    fake.enqueue({
      text: 'x'.repeat(6_000),
      stopReason: 'max_tokens',
      usage: { input_tokens: 80, output_tokens: 1_500 },
    })
    const error = await capFailure(
      model().complete({ ...REQUEST, maxOutputTokens: 1_500, spendCap: capped(() => false) }),
    )
    expect(error).toMatchObject({ stop: 'cut', cap: 'run' })
    expect(error.message).toBe(
      "The answer was cut off at 1,500 output tokens, as many as the run's spend cap of $2.00 " +
        '(the max-cost-usd input) left room for with $1.50 spent before this call: the design ' +
        'was cut to fit the cap, and nothing was written. Raise the max-cost-usd input and run again.',
    )
    expect(error.usage).toMatchObject({ inputTokens: 80, outputTokens: 1_500 })
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]?.body.max_tokens).toBe(1_500)
  })

  it("keeps max_tokens the output limit's doing when the cap did not lower it", async () => {
    fake.enqueue({ text: 'Short.', stopReason: 'max_tokens' })
    const atClientMax = await failure(
      model().complete({ ...REQUEST, maxOutputTokens: 4096, spendCap: capped(() => false) }),
    )
    expect(atClientMax).toBeInstanceOf(ModelOutputTruncatedError)
    expect(atClientMax.message).toMatch(/Raise the max-output-tokens input/)
    fake.enqueue({ text: 'Short.', stopReason: 'max_tokens' })
    const uncapped = await failure(model().complete({ ...REQUEST, maxOutputTokens: 1_000 }))
    expect(uncapped).toMatchObject({ maxOutputTokens: 1_000 })
    expect(uncapped.message).toMatch(/^The answer was cut off at the output limit of 1,000 tokens/)
  })

  it('holds a planned call to its cap: billed no more than the cap', async () => {
    fake.enqueue(LONG_ANSWER)
    const limit: SpendLimit = { cap: 'pull-request', limitUsd: 10, spentUsd: 9.96875 }
    const plan = planCallSpend({
      limits: [limit],
      price: findModelPrice(MODEL),
      model: MODEL,
      estimatedInputTokens: 0,
      maxOutputTokens: 4096,
      minOutputTokens: 500,
    })
    if (plan.kind !== 'call') throw new Error(`expected a call, got ${plan.kind}`)
    // $0.03125 left: 3,125 output tokens at $10 per million, less the stop's margin.
    expect(plan).toMatchObject({ maxOutputTokens: 3_125 - STOP_MARGIN_TOKENS, lowered: true })
    // The fake does not stop at max_tokens, so the stop check must.
    const error = await capFailure(model().complete({ ...REQUEST, ...plan.request }))
    expect(fake.requests[0]?.body.max_tokens).toBe(3_125 - STOP_MARGIN_TOKENS)
    expect(error).toMatchObject({ stop: 'stopped', cap: 'pull-request' })
    const cost = estimateCostUsd(error.usage, MODEL) ?? Number.NaN
    const margin = (STOP_MARGIN_TOKENS + LONG_ANSWER.chunkSize / 4) * (10 / 1_000_000)
    expect(limit.spentUsd + cost).toBeLessThanOrEqual(limit.limitUsd)
    expect(limit.spentUsd + cost).toBeGreaterThan(limit.limitUsd - margin)
  })
})

describe('the fake Anthropic API', () => {
  it('answers non-streaming requests with a JSON message', async () => {
    fake.enqueue({ text: 'plain JSON answer', usage: { input_tokens: 9 } })
    const client = new Anthropic({ apiKey: API_KEY, baseURL: fake.url, maxRetries: 0 })
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 100,
      messages: [{ role: 'user', content: 'hi' }],
    })
    expect(message.content).toEqual([{ type: 'text', text: 'plain JSON answer' }])
    expect(message.stop_reason).toBe('end_turn')
    expect(message.usage).toMatchObject({ input_tokens: 9, output_tokens: 5 })
  })

  it('records what a stream sent, and whether the client left before its end', async () => {
    fake.enqueue({ text: 'z'.repeat(100), chunkSize: 10 })
    await model().complete(REQUEST)
    expect(fake.requests[0]).toMatchObject({ responseChars: 100, sentChars: 100 })
    expect(fake.requests[0]?.closedByClient).toBeUndefined()
  })

  it('paces a stream at tokensPerSecond', async () => {
    fake.enqueue({ text: 'z'.repeat(160), chunkSize: 40, tokensPerSecond: 500 })
    const started = Date.now()
    await model().complete(REQUEST)
    // 4 chunks of 10 tokens at 500 tokens/s: 3 pauses of 20 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(55)
  })
})
