import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createAnthropicModel } from '../../src/adapters/model/client.js'
import { defaultInstructions, defaultTemplate } from '../../src/assets/index.js'
import { InputError } from '../../src/config/input-error.js'
import {
  costAtPrice,
  findModelPrice,
  worstCaseCostUsd,
  type ModelPrice,
} from '../../src/config/pricing.js'
import { CLI_SETTING_NAMES } from '../../src/config/setting-names.js'
import { addUsage, emptyUsage, type Usage } from '../../src/config/usage.js'
import {
  SpendCapError,
  STOP_MARGIN_TOKENS,
  type SpendLimit,
} from '../../src/conversation/spend-cap.js'
import { DesignValidationError, failureDetails } from '../../src/engine/failure.js'
import { generateDesign } from '../../src/engine/generate.js'
import { reviseDesign } from '../../src/engine/revise.js'
import type { DesignOptions } from '../../src/engine/design-loop.js'
import { estimateTokens } from '../../src/text/tokens.js'
import { count } from '../../src/text/wording.js'
import {
  startFakeAnthropic,
  type FakeAnthropic,
  type FakeRequest,
} from '../fakes/anthropic-server.js'
import { section } from '../support/architect.js'
import { readFixture } from '../support/fixtures.js'

const MODEL = 'claude-sonnet-5-5'
const CLIENT_MAX_TOKENS = 16_000
const LIST_PRICE = findModelPrice(MODEL) as ModelPrice

let fake: FakeAnthropic
let design: string
beforeAll(async () => {
  fake = await startFakeAnthropic({ chunkSize: 400 })
  design = await readFixture('designs/conforming.md')
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
  // Every run writes the prompt cache afresh, so the same answers are billed the same.
  fake.clearCache()
  fake.setDefault(() => 'unexpected request')
})

const input = () => ({
  requirements: 'Library members borrow books for three weeks and may renew a loan once.',
  source: 'docs/requirements.md',
  instructions: defaultInstructions(),
  template: defaultTemplate(),
})
const model = (id = MODEL) =>
  createAnthropicModel({
    apiKey: 'sk-ant-engine',
    baseURL: fake.url,
    model: id,
    maxOutputTokens: CLIENT_MAX_TOKENS,
    progressIntervalMs: 0,
  })
const runCap = (limitUsd: number): SpendLimit => ({ cap: 'run', limitUsd, spentUsd: 0 })
const generate = (options: Partial<DesignOptions> = {}) =>
  generateDesign(input(), { model: model(), ...options })
const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected the run to fail')
    },
    (e: unknown) => e,
  )
async function capFailure(promise: Promise<unknown>): Promise<SpendCapError> {
  const error = await failure(promise)
  expect(error).toBeInstanceOf(SpendCapError)
  return error as SpendCapError
}

const messagesRequests = (): FakeRequest[] =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages')
/** The input tokens of a request as the model received it, each block and message estimated. */
function estimatedInput(request: FakeRequest | undefined): number {
  if (!request) throw new Error('a request expected')
  const system = (request.body.system as { text: string }[]).map((b) => b.text)
  const messages = (request.body.messages as { content: string }[]).map((m) => m.content)
  return [...system, ...messages].reduce((sum, text) => sum + estimateTokens(text), 0)
}
/** The most output tokens a call may be given under `leftUsd`: its worst case fits, one more does not. */
function affordable(request: FakeRequest | undefined, leftUsd: number, price = LIST_PRICE): number {
  const input = estimatedInput(request)
  // The stop's margin is kept out of max_tokens as well.
  const room = (tokens: number) => worstCaseCostUsd(price, input, tokens + STOP_MARGIN_TOKENS)
  let tokens = Math.floor((leftUsd - room(0)) / (price.output / 1e6))
  while (room(tokens) > leftUsd) tokens--
  while (room(tokens + 1) <= leftUsd) tokens++
  return tokens
}
/** The fake hears of the closed connection a moment after the client closed it. */
async function closedByClient(request: FakeRequest | undefined): Promise<boolean> {
  for (let i = 0; i < 100 && !request?.closedByClient; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return request?.closedByClient === true
}
const broken = () =>
  design.replace('- **Estimated Complexity**: Medium', '- **Estimated Complexity**: Medium-High')

describe('generateDesign under a run spend cap', () => {
  it('sends the client’s max_tokens when the cap leaves room for it', async () => {
    fake.enqueue({ text: design })
    const result = await generate({ spendLimits: [runCap(5)] })
    expect(result.document).toBe(design)
    expect(messagesRequests()[0]?.body.max_tokens).toBe(CLIENT_MAX_TOKENS)
  })

  it('refuses a run whose cap is too small for even one useful answer, and sends nothing', async () => {
    const error = await capFailure(generate({ spendLimits: [runCap(0.01)] }))
    expect(error).toMatchObject({ stop: 'refused', cap: 'run', limitUsd: 0.01, spentUsd: 0 })
    expect(error.message).toMatch(
      /^The model call was not made: the run's spend cap of \$0\.01 \(the max-cost-usd input\) has \$0\.01 left, with \$0\.00 spent before this call, and the shortest answer worth asking for \(2,000 output tokens, after about [\d,]+ input tokens\) could cost up to \$0\.02\d*\. Nothing was written\. Raise the max-cost-usd input and run again\.$/,
    )
    expect(fake.requests).toHaveLength(0)
    // Nothing was spent, so there is nothing to report.
    expect(failureDetails(error)).toEqual({})
  })

  it('lowers max_tokens to what the cap leaves room for', async () => {
    fake.enqueue({ text: design })
    const logged: string[] = []
    const result = await generate({
      spendLimits: [runCap(0.1)],
      log: (message) => logged.push(message),
    })
    const [request] = messagesRequests()
    const maxTokens = request?.body.max_tokens as number
    expect(maxTokens).toBe(affordable(request, 0.1))
    expect(maxTokens).toBeLessThan(CLIENT_MAX_TOKENS)
    expect(maxTokens).toBeGreaterThan(2_000)
    expect(logged).toContain(
      `The spend cap leaves room for ${count(maxTokens)} output tokens in this call.`,
    )
    expect(result.document).toBe(design)
    expect(costAtPrice(result.usage, LIST_PRICE)).toBeLessThanOrEqual(0.1)
  })

  it('stops an answer that streams past the cap, closes the request, and reports what it cost', async () => {
    // About 10,000 output tokens ($0.10), paced so that it can be stopped long before its end.
    const long = { text: 'word '.repeat(8_000), chunkSize: 40, chunkDelayMs: 1 }
    fake.enqueue(long)
    const error = await capFailure(generate({ spendLimits: [runCap(0.05)] }))
    expect(error).toMatchObject({ stop: 'stopped', cap: 'run', limitUsd: 0.05, spentUsd: 0 })
    expect(error.message).toMatch(/^The answer was stopped because it reached the run's spend cap/)

    const [request] = messagesRequests()
    expect(messagesRequests()).toHaveLength(1)
    expect(await closedByClient(request)).toBe(true)
    expect(request?.sentChars).toBeLessThan(long.text.length)

    const { spending } = failureDetails(error)
    expect(spending).toEqual({ usage: error.usage, model: MODEL, modelCalls: 1 })
    expect(error.usage.outputTokens).toBeGreaterThan(0)
    // Stopped within the stop's margin and one delta of the cap, never past it.
    const cost = costAtPrice(error.usage, LIST_PRICE)
    const margin = (STOP_MARGIN_TOKENS + long.chunkSize / 4) * (LIST_PRICE.output / 1e6)
    expect(cost).toBeLessThanOrEqual(0.05)
    expect(cost).toBeGreaterThan(0.05 - margin)
  })

  it('reads an answer cut at the lowered max_tokens as cut by the cap', async () => {
    // The fake reports whatever max_tokens it was given as written: a model that reached it.
    fake.setDefault((body) => ({
      text: design.slice(0, 4_000),
      stopReason: 'max_tokens',
      usage: { output_tokens: body.max_tokens as number },
    }))
    const error = await capFailure(generate({ spendLimits: [runCap(0.05)] }))
    const maxTokens = messagesRequests()[0]?.body.max_tokens as number
    expect(maxTokens).toBeLessThan(CLIENT_MAX_TOKENS)
    expect(error).toMatchObject({ stop: 'cut', cap: 'run' })
    expect(error.message).toContain(`The answer was cut off at ${count(maxTokens)} output tokens`)
    expect(error.usage.outputTokens).toBe(maxTokens)
    expect(failureDetails(error).spending).toEqual({
      usage: error.usage,
      model: MODEL,
      modelCalls: 1,
    })
  })
})

describe('generateDesign under the pull request’s spend cap', () => {
  const limits = (earlierUsd: number, limitUsd = 5): SpendLimit[] => [
    runCap(1),
    { cap: 'pull-request', limitUsd, spentUsd: earlierUsd },
  ]

  it('is held to the pull request’s cap when its earlier spending leaves less than the run’s', async () => {
    fake.enqueue({ text: design })
    await generate({ spendLimits: limits(4.9) })
    const [request] = messagesRequests()
    // The run's cap alone ($1) leaves room for the client's max_tokens; the pull request's $0.10 does not.
    expect(request?.body.max_tokens).toBe(affordable(request, 0.1))
    expect(request?.body.max_tokens).toBeLessThan(CLIENT_MAX_TOKENS)
  })

  it('refuses the run when the pull request’s cap is all but spent, naming its setting', async () => {
    const error = await capFailure(generate({ spendLimits: limits(4.99) }))
    expect(error).toMatchObject({
      stop: 'refused',
      cap: 'pull-request',
      limitUsd: 5,
      spentUsd: 4.99,
    })
    expect(error.message).toMatch(
      /^The model call was not made: the pull request's spend cap of \$5\.00 \(the max-cost-usd-per-pull-request input\) has \$[\d.]+ left, with \$4\.99 spent on the pull request before this call,/,
    )
    expect(error.message).toMatch(/Raise the max-cost-usd-per-pull-request input and run again\.$/)
    expect(fake.requests).toHaveLength(0)
  })

  // 5 - 4.99 is 0.00999… in floating point: it must still read as the cent it is.
  it('says what is left in cents when it rounds to a cent', async () => {
    const error = await capFailure(generate({ spendLimits: limits(4.99) }))
    expect(error.message).toContain('has $0.01 left')
  })

  it('is not bound by a pull request cap with more left than the run’s', async () => {
    fake.enqueue({ text: design })
    await generate({
      spendLimits: [runCap(0.1), { cap: 'pull-request', limitUsd: 5, spentUsd: 1 }],
    })
    const [request] = messagesRequests()
    expect(request?.body.max_tokens).toBe(affordable(request, 0.1))
  })
})

describe('a repair under a spend cap', () => {
  /** The first call of a run whose first answer is broken, measured without a cap. */
  async function firstCall(): Promise<{ usd: number; usage: Usage; request: FakeRequest }> {
    fake.enqueue({ text: broken() })
    const error = await failure(generate({ maxRepairs: 0 }))
    expect(error).toBeInstanceOf(DesignValidationError)
    const { usage } = error as DesignValidationError
    const [request] = messagesRequests()
    if (!request) throw new Error('a request expected')
    fake.requests.length = 0
    fake.clearCache()
    return { usd: costAtPrice(usage, LIST_PRICE), usage, request }
  }
  /**
   * Less than the least a section repair may cost: its request holds at least the first one's
   * input and the design, and it asks for 500 output tokens.
   */
  const belowRepair = (first: FakeRequest) =>
    worstCaseCostUsd(LIST_PRICE, estimatedInput(first) + estimateTokens(broken()), 500) / 2

  it('is planned with what the first call spent: a cap that fits one call but not two refuses it', async () => {
    const first = await firstCall()
    // Only the first answer is scripted: a repair request would get an answer that is no design.
    fake.enqueue({ text: broken() })
    const error = await capFailure(
      generate({ spendLimits: [runCap(first.usd + belowRepair(first.request))] }),
    )
    expect(messagesRequests()).toHaveLength(1)
    expect(error.stop).toBe('refused')
    expect(error.cap).toBe('run')
    expect(error.spentUsd).toBeCloseTo(first.usd, 10)
    expect(error.message).toMatch(/shortest answer worth asking for \(500 output tokens/)
    const details = failureDetails(error)
    expect(details.spending).toEqual({ usage: first.usage, model: MODEL, modelCalls: 1 })
    expect(details.rejectedDraft?.document).toBe(broken())
  })

  it('adds the run’s spending to the pull request’s earlier spending', async () => {
    const first = await firstCall()
    const earlier = 3
    fake.enqueue({ text: broken() })
    const error = await capFailure(
      generate({
        spendLimits: [
          runCap(1),
          {
            cap: 'pull-request',
            limitUsd: earlier + first.usd + belowRepair(first.request),
            spentUsd: earlier,
          },
        ],
      }),
    )
    expect(messagesRequests()).toHaveLength(1)
    expect(error).toMatchObject({ stop: 'refused', cap: 'pull-request' })
    expect(error.spentUsd).toBeCloseTo(earlier + first.usd, 10)
    expect(failureDetails(error).spending?.usage).toEqual(first.usage)
  })

  it('makes the repair with what the cap leaves after the first call', async () => {
    const first = await firstCall()
    fake.enqueue({ text: broken() }, { text: section(design, '## 1. Overview') })
    const result = await generate({ spendLimits: [runCap(0.1)] })
    expect(result.modelCalls).toBe(2)
    expect(result.document).toBe(design)
    const [, repair] = messagesRequests()
    expect(repair?.body.max_tokens).toBe(affordable(repair, 0.1 - first.usd))
  })

  it('stops a repair that streams past the cap, and reports both calls', async () => {
    const first = await firstCall()
    fake.enqueue(
      { text: broken() },
      { text: 'word '.repeat(8_000), chunkSize: 40, chunkDelayMs: 1 },
    )
    const error = await capFailure(generate({ spendLimits: [runCap(0.1)] }))
    expect(error.stop).toBe('stopped')
    expect(error.spentUsd).toBeCloseTo(first.usd, 10)
    expect(await closedByClient(messagesRequests()[1])).toBe(true)
    const details = failureDetails(error)
    expect(details.spending).toEqual({
      usage: addUsage(first.usage, error.usage),
      model: MODEL,
      modelCalls: 2,
    })
    expect(costAtPrice(details.spending?.usage ?? emptyUsage(), LIST_PRICE)).toBeLessThanOrEqual(
      0.1,
    )
    expect(details.rejectedDraft?.document).toBe(broken())
  })
})

describe('a revision under a spend cap', () => {
  const revision = () => ({
    ...input(),
    currentDesign: design,
    requirementsChanges: '',
    answered: [],
  })

  it('is asked for as few as 500 output tokens, fewer than a whole design needs', async () => {
    fake.enqueue({ text: 'NO CHANGES' })
    await reviseDesign(revision(), { model: model() })
    const [uncapped] = messagesRequests()
    // Room for 1,000 output tokens: too few for a whole design, enough for a few sections.
    const cap = worstCaseCostUsd(LIST_PRICE, estimatedInput(uncapped), 1_000)
    fake.requests.length = 0
    fake.clearCache()

    fake.enqueue({ text: 'NO CHANGES' })
    const result = await reviseDesign(revision(), { model: model(), spendLimits: [runCap(cap)] })
    expect(result.document).toBe(design)
    const [request] = messagesRequests()
    expect(request?.body.max_tokens).toBe(affordable(request, cap))
    expect(request?.body.max_tokens).toBeGreaterThanOrEqual(500)
    expect(request?.body.max_tokens).toBeLessThan(2_000)
  })
})

describe('the price spending is counted at', () => {
  it('refuses a cap for a model with no known price, naming the setting, before any request', async () => {
    const error = await failure(
      generateDesign(input(), { model: model('claude-lark-1'), spendLimits: [runCap(5)] }),
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(
      'The spend cap (the max-cost-usd input) cannot be checked: the model "claude-lark-1" has no known price. Use a model with a known price, or leave the max-cost-usd input empty to run without it.',
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('names the command line’s settings, the price flag among them', async () => {
    const error = await failure(
      generateDesign(input(), {
        model: model('claude-lark-1'),
        spendLimits: [runCap(5)],
        settingNames: CLI_SETTING_NAMES,
      }),
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(
      'The spend cap (--max-cost-usd) cannot be checked: the model "claude-lark-1" has no known price. Give its prices with --price, use a model with a known price, or leave --max-cost-usd empty to run without it.',
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('runs a model with no known price when no cap is set', async () => {
    fake.enqueue({ text: design })
    const result = await generateDesign(input(), { model: model('claude-lark-1') })
    expect(result.document).toBe(design)
  })

  it('holds a model with no known price to the cap at the price given', async () => {
    fake.enqueue({ text: design })
    const price = { input: 2, output: 10 }
    await generateDesign(input(), {
      model: model('claude-lark-1'),
      spendLimits: [runCap(0.1)],
      price,
    })
    const [request] = messagesRequests()
    expect(request?.body.max_tokens).toBe(affordable(request, 0.1, price))
  })

  it('uses the price override rather than the list price', async () => {
    // At the list price, $0.05 leaves room for fewer tokens than the client's max_tokens …
    fake.enqueue({ text: design })
    await generate({ spendLimits: [runCap(0.05)] })
    expect(messagesRequests()[0]?.body.max_tokens).toBeLessThan(CLIENT_MAX_TOKENS)

    // … at a tenth of it, for all of them;
    fake.requests.length = 0
    fake.enqueue({ text: design })
    await generate({ spendLimits: [runCap(0.05)], price: { input: 0.2, output: 1 } })
    expect(messagesRequests()[0]?.body.max_tokens).toBe(CLIENT_MAX_TOKENS)

    // … and at a hundred times it, for too few to ask.
    fake.requests.length = 0
    const error = await capFailure(
      generate({ spendLimits: [runCap(0.05)], price: { input: 200, output: 1_000 } }),
    )
    expect(error.stop).toBe('refused')
    expect(fake.requests).toHaveLength(0)
  })
})
