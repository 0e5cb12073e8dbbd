/** What one model call may spend under the run's and the pull request's caps. Pure. */
import { describe, expect, it } from '@jest/globals'
import { worstCaseCostUsd, type ModelPrice } from '../../src/config/pricing.js'
import { ACTION_SETTING_NAMES, CLI_SETTING_NAMES } from '../../src/config/setting-names.js'
import { emptyUsage, type Usage } from '../../src/config/usage.js'
import {
  answerCutError,
  answerStoppedError,
  planCallSpend,
  SpendCapError,
  STOP_MARGIN_TOKENS,
  type CallSpendInput,
  type CallSpendPlan,
  type SpendLimit,
} from '../../src/conversation/spend-cap.js'

/** Sonnet's list price: $2 in, $10 out per million tokens; cache writes $2.50. */
const SONNET: ModelPrice = { input: 2, output: 10 }

const run = (limitUsd: number, spentUsd = 0): SpendLimit => ({ cap: 'run', limitUsd, spentUsd })
const pullRequest = (limitUsd: number, spentUsd = 0): SpendLimit => ({
  cap: 'pull-request',
  limitUsd,
  spentUsd,
})

const plan = (overrides: Partial<CallSpendInput> = {}): CallSpendPlan =>
  planCallSpend({
    limits: [run(1)],
    price: SONNET,
    model: 'claude-sonnet-5-5',
    estimatedInputTokens: 20_000,
    maxOutputTokens: 32_000,
    minOutputTokens: 4_000,
    ...overrides,
  })

const usage = (u: Partial<Usage>): Usage => ({ ...emptyUsage(), ...u })

function called(result: CallSpendPlan): Extract<CallSpendPlan, { kind: 'call' }> {
  if (result.kind !== 'call') throw new Error(`expected a call, got ${result.kind}`)
  return result
}

function refused(result: CallSpendPlan): Extract<CallSpendPlan, { kind: 'refused' }> {
  if (result.kind !== 'refused') throw new Error(`expected a refusal, got ${result.kind}`)
  return result
}

describe('planCallSpend', () => {
  it('leaves a call as the client makes it when no cap is set', () => {
    expect(plan({ limits: [], price: null })).toEqual({
      kind: 'call',
      request: {},
      maxOutputTokens: 32_000,
      lowered: false,
    })
  })

  it("gives the client's max_tokens when the worst case fits what is left", () => {
    // Worst case: 20k input at $2.50 = $0.05, 32k output at $10 = $0.32; $0.37 of $1.
    const result = called(plan())
    expect(result).toMatchObject({ maxOutputTokens: 32_000, lowered: false })
    expect(result.request.maxOutputTokens).toBeUndefined()
    expect(result.request.spendCap?.limit).toEqual(run(1))
  })

  it('lowers max_tokens to what is left when the worst case does not fit', () => {
    // $0.50 left, $0.05 of it for the input: $0.45 pays for 45,000 output tokens, less the
    // stop's margin.
    const result = called(plan({ limits: [run(1, 0.5)], maxOutputTokens: 64_000 }))
    expect(result).toMatchObject({ maxOutputTokens: 45_000 - STOP_MARGIN_TOKENS, lowered: true })
    expect(result.request.maxOutputTokens).toBe(45_000 - STOP_MARGIN_TOKENS)
    expect(worstCaseCostUsd(SONNET, 20_000, 45_000)).toBeCloseTo(0.5, 10)
  })

  it('sizes every lowered call within what is left', () => {
    for (const [limitUsd, spentUsd, input] of [
      [0.3, 0.1, 7_777],
      [2, 1.93, 1_000],
      [10, 9.5, 150_000],
      [0.07, 0, 3],
    ] as const) {
      const result = called(
        plan({
          limits: [run(limitUsd, spentUsd)],
          estimatedInputTokens: input,
          minOutputTokens: 1,
        }),
      )
      expect(result.lowered).toBe(true)
      const withMargin = (tokens: number) =>
        worstCaseCostUsd(SONNET, input, tokens + STOP_MARGIN_TOKENS)
      expect(spentUsd + withMargin(result.maxOutputTokens)).toBeLessThanOrEqual(limitUsd + 1e-12)
      expect(spentUsd + withMargin(result.maxOutputTokens + 1)).toBeGreaterThan(limitUsd)
    }
  })

  it('is bound by the cap with the least left, run or pull request', () => {
    const byPullRequest = called(plan({ limits: [run(5, 1), pullRequest(10, 9.7)] }))
    // $0.30 left of the pull request's $10: $0.25 for output, 25,000 tokens less the margin.
    expect(byPullRequest).toMatchObject({
      maxOutputTokens: 25_000 - STOP_MARGIN_TOKENS,
      lowered: true,
    })
    expect(byPullRequest.request.spendCap?.limit).toEqual(pullRequest(10, 9.7))
    const byRun = called(plan({ limits: [pullRequest(10, 2), run(0.2, 0)] }))
    expect(byRun.request.spendCap?.limit).toEqual(run(0.2, 0))
    expect(byRun.maxOutputTokens).toBe(15_000 - STOP_MARGIN_TOKENS)
  })

  it('refuses the call when less than the least worth asking for is left, with the figures', () => {
    // $0.08 left: the input's $0.05 leaves 3,000 output tokens, under the 4,000 asked for.
    const result = refused(plan({ limits: [run(2, 1.92)] }))
    expect(result.leftUsd).toBeCloseTo(0.08, 10)
    expect(result.neededUsd).toBeCloseTo(0.09, 10)
    const { error } = result
    expect(error).toBeInstanceOf(SpendCapError)
    expect(error).toMatchObject({
      name: 'SpendCapError',
      stop: 'refused',
      cap: 'run',
      limitUsd: 2,
      spentUsd: 1.92,
      usage: emptyUsage(),
    })
    expect(error.message).toBe(
      "The model call was not made: the run's spend cap of $2.00 (the max-cost-usd input) has " +
        '$0.08 left, with $1.92 spent before this call, and the shortest answer worth asking for ' +
        '(4,000 output tokens, after about 20,000 input tokens) could cost up to $0.09. Nothing ' +
        'was written. Raise the max-cost-usd input and run again.',
    )
  })

  it('refuses when the cap is spent already, or the input alone would pass it', () => {
    expect(refused(plan({ limits: [run(1, 1.4)] })).leftUsd).toBe(0)
    const huge = refused(plan({ limits: [pullRequest(10, 9.9)], estimatedInputTokens: 100_000 }))
    expect(huge.error.cap).toBe('pull-request')
    expect(huge.error.message).toMatch(
      /^The model call was not made: the pull request's spend cap of \$10\.00 \(the max-cost-usd-per-pull-request input\) has \$0\.10 left, with \$9\.90 spent on the pull request before this call,/,
    )
    expect(huge.error.message).toMatch(
      /Raise the max-cost-usd-per-pull-request input and run again\.$/,
    )
  })

  it('asks for at least one output token, and keeps a client max below the least when it fits', () => {
    // The input's $0.50 takes all that is left: not even one output token fits.
    const none = refused(
      plan({ limits: [run(1, 0.5)], estimatedInputTokens: 200_000, minOutputTokens: 0 }),
    )
    expect(none.neededUsd).toBeCloseTo(0.50001, 10)
    expect(none.error.message).toMatch(/\(1 output token, after about 200,000 input tokens\)/)
    expect(called(plan({ maxOutputTokens: 1_000, minOutputTokens: 4_000 }))).toMatchObject({
      maxOutputTokens: 1_000,
      lowered: false,
    })
  })

  it('names the command line’s flag', () => {
    const { error } = refused(plan({ limits: [run(0.05)], names: CLI_SETTING_NAMES }))
    expect(error.message).toMatch(/\(--max-cost-usd\) has \$0\.05 left/)
    expect(error.message).toMatch(/Raise --max-cost-usd and run again\.$/)
  })

  it('cannot check a cap without a price, and says what to do', () => {
    expect(plan({ price: null, model: 'my-proxy-model' })).toEqual({
      kind: 'unpriced',
      reason:
        'The spend cap (the max-cost-usd input) cannot be checked: the model "my-proxy-model" ' +
        'has no known price. Use a model with a known price, or leave the max-cost-usd input ' +
        'empty to run without it.',
    })
    const both = plan({ price: null, limits: [run(1), pullRequest(10)] })
    expect(both.kind === 'unpriced' && both.reason).toBe(
      'The spend caps (the max-cost-usd input and the max-cost-usd-per-pull-request input) ' +
        'cannot be checked: the model "claude-sonnet-5-5" has no known price. Use a model with a ' +
        'known price, or leave the max-cost-usd input and the max-cost-usd-per-pull-request ' +
        'input empty to run without them.',
    )
    const cli = plan({ price: null, model: 'gateway-model', names: CLI_SETTING_NAMES })
    expect(cli.kind === 'unpriced' && cli.reason).toBe(
      'The spend cap (--max-cost-usd) cannot be checked: the model "gateway-model" has no known ' +
        'price. Give its prices with --price, use a model with a known price, or leave ' +
        '--max-cost-usd empty to run without it.',
    )
  })

  it('plans at free prices without limit', () => {
    expect(called(plan({ price: { input: 0, output: 0 }, limits: [run(0)] }))).toMatchObject({
      maxOutputTokens: 32_000,
      lowered: false,
    })
  })
})

describe('stopWhen', () => {
  const stopWhen = (limits: SpendLimit[], price = SONNET) => {
    const cap = called(plan({ limits, price, maxOutputTokens: 128_000 })).request.spendCap
    if (!cap) throw new Error('expected a cap')
    return (spent: Usage) => cap.stopWhen(spent)
  }

  it('stops once the call’s cost comes within the margin of the cap, and not before', () => {
    const stop = stopWhen([run(1, 0.5)])
    expect(stop(emptyUsage())).toBe(false)
    // $0.50 of output reaches the cap: the answer stops the margin's tokens before it.
    expect(stop(usage({ outputTokens: 50_000 - STOP_MARGIN_TOKENS }))).toBe(false)
    expect(stop(usage({ outputTokens: 50_001 - STOP_MARGIN_TOKENS }))).toBe(true)
  })

  it('counts input and cache tokens at their prices', () => {
    const stop = stopWhen([run(1, 0.5)])
    // $0.05 + $0.25 (cache writes at $2.50) + $0.02 (reads at $0.20) + $0.18 = $0.50.
    const reached = usage({
      inputTokens: 25_000,
      cacheCreationInputTokens: 100_000,
      cacheReadInputTokens: 100_000,
      outputTokens: 18_000 - STOP_MARGIN_TOKENS,
    })
    expect(stop(reached)).toBe(false)
    expect(stop({ ...reached, inputTokens: 25_001 })).toBe(true)
    expect(stop({ ...reached, cacheReadInputTokens: 100_010 })).toBe(true)
  })

  it('watches the cap with the least left', () => {
    const stop = stopWhen([run(5, 0), pullRequest(10, 9.9)])
    expect(stop(usage({ outputTokens: 10_000 - STOP_MARGIN_TOKENS }))).toBe(false)
    expect(stop(usage({ outputTokens: 10_001 - STOP_MARGIN_TOKENS }))).toBe(true)
  })

  it('uses the price it was planned with, such as an override', () => {
    const stop = stopWhen([run(1)], { input: 1, output: 100 })
    expect(stop(usage({ outputTokens: 10_000 - STOP_MARGIN_TOKENS }))).toBe(false)
    expect(stop(usage({ outputTokens: 10_001 - STOP_MARGIN_TOKENS }))).toBe(true)
  })
})

describe('answerStoppedError', () => {
  it('says the answer was stopped at the cap, nothing was written, and what to change', () => {
    const billed = usage({ inputTokens: 900, outputTokens: 1_200 })
    const error = answerStoppedError(run(2, 1.2), billed)
    expect(error).toBeInstanceOf(SpendCapError)
    expect(error).toMatchObject({ stop: 'stopped', cap: 'run', limitUsd: 2, spentUsd: 1.2 })
    expect(error.usage).toBe(billed)
    expect(error.message).toBe(
      "The answer was stopped because it reached the run's spend cap of $2.00 (the max-cost-usd " +
        'input), with $1.20 spent before this call; nothing was written. Raise the max-cost-usd ' +
        'input, or lower the max-output-tokens input so each call is sized to what is left, and ' +
        'run again.',
    )
  })

  it('names the pull request’s cap, and the command line’s flags', () => {
    expect(answerStoppedError(pullRequest(10, 9.5), emptyUsage()).message).toMatch(
      /^The answer was stopped because it reached the pull request's spend cap of \$10\.00 \(the max-cost-usd-per-pull-request input\), with \$9\.50 spent on the pull request before this call;/,
    )
    expect(answerStoppedError(run(1), emptyUsage(), CLI_SETTING_NAMES).message).toMatch(
      /Raise --max-cost-usd, or lower --max-output-tokens so each call/,
    )
  })
})

describe('answerCutError', () => {
  it('says the design was cut to fit the cap, not that the output limit is too low', () => {
    const billed = usage({ inputTokens: 900, outputTokens: 3_200 })
    const error = answerCutError(run(2, 1.2), 3_200, billed, ACTION_SETTING_NAMES)
    expect(error).toMatchObject({ stop: 'cut', cap: 'run', usage: billed })
    expect(error.message).toBe(
      "The answer was cut off at 3,200 output tokens, as many as the run's spend cap of $2.00 " +
        '(the max-cost-usd input) left room for with $1.20 spent before this call: the design ' +
        'was cut to fit the cap, and nothing was written. Raise the max-cost-usd input and run again.',
    )
    expect(error.message).not.toMatch(/max-output-tokens/)
  })

  it('without the pull request cap’s own name, names the run’s flag', () => {
    expect(answerCutError(pullRequest(3, 1), 10, emptyUsage(), CLI_SETTING_NAMES).message).toMatch(
      /the pull request's spend cap of \$3\.00 \(--max-cost-usd\)/,
    )
  })
})
