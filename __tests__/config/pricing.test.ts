import { describe, expect, it } from '@jest/globals'
import {
  costAtPrice,
  estimateCostUsd,
  findModelPrice,
  formatUsd,
  modelPrice,
  outputTokensAffordable,
  parsePriceOverride,
  PRICES_AS_OF,
  worstCaseCostUsd,
} from '../../src/config/pricing.js'
import type { Usage } from '../../src/config/usage.js'

const usage = (u: Partial<Usage>): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadInputTokens: 0,
  cacheCreationInputTokens: 0,
  ...u,
})

describe('estimateCostUsd', () => {
  it('prices a known model at list prices', () => {
    expect(PRICES_AS_OF).toBe('2026-11-01')
    // 1M input at $2 + 100k output at $10.
    expect(
      estimateCostUsd(
        usage({ inputTokens: 1_000_000, outputTokens: 100_000 }),
        'claude-sonnet-5-5',
      ),
    ).toBeCloseTo(3, 10)
    expect(estimateCostUsd(usage({ outputTokens: 1_000_000 }), 'claude-opus-5-5')).toBeCloseTo(20)
    expect(estimateCostUsd(usage({ inputTokens: 1_000_000 }), 'claude-haiku-5-5')).toBeCloseTo(1)
  })

  it('prices cache writes at 1.25× and cache reads at 0.1× input', () => {
    const cost = estimateCostUsd(
      usage({ cacheCreationInputTokens: 1_000_000, cacheReadInputTokens: 1_000_000 }),
      'claude-sonnet-5-5',
    )
    expect(cost).toBeCloseTo(2.5 + 0.2, 10)
  })

  it('matches dated model ids by prefix', () => {
    expect(findModelPrice('claude-sonnet-5-5-20261001')).toEqual({ input: 2, output: 10 })
    expect(estimateCostUsd(usage({ outputTokens: 1_000_000 }), 'claude-opus-5-5-20261015')).toBe(20)
    expect(findModelPrice('claude-sonnet-5-50')).toBeNull()
  })

  it('returns null for an unknown model without an override', () => {
    expect(estimateCostUsd(usage({ inputTokens: 10 }), 'gpt-9')).toBeNull()
    expect(estimateCostUsd(usage({ inputTokens: 10 }), 'claude-sonnet-9')).toBeNull()
  })

  it('uses an override, also for unknown models', () => {
    const price = parsePriceOverride('{"input": 3, "output": 15, "cacheRead": 0.5}')
    expect(price).toEqual({ input: 3, output: 15, cacheRead: 0.5 })
    const cost = estimateCostUsd(
      usage({
        inputTokens: 1_000_000,
        outputTokens: 1_000_000,
        cacheReadInputTokens: 1_000_000,
        cacheCreationInputTokens: 1_000_000,
      }),
      'my-proxy-model',
      price,
    )
    expect(cost).toBeCloseTo(3 + 15 + 0.5 + 3.75, 10)
  })
})

describe('modelPrice', () => {
  it('is the override when one is given, else the list price, else none', () => {
    const mine = { input: 3, output: 15 }
    expect(modelPrice('claude-sonnet-5-5', mine)).toBe(mine)
    expect(modelPrice('claude-sonnet-5-5-20261001')).toEqual({ input: 2, output: 10 })
    expect(modelPrice('my-proxy-model', mine)).toBe(mine)
    expect(modelPrice('my-proxy-model')).toBeNull()
  })
})

describe('costAtPrice', () => {
  it('prices every kind of token, the cache at its own or the derived price', () => {
    const all = usage({
      inputTokens: 1_000_000,
      outputTokens: 1_000_000,
      cacheCreationInputTokens: 1_000_000,
      cacheReadInputTokens: 1_000_000,
    })
    expect(costAtPrice(all, { input: 2, output: 10 })).toBeCloseTo(2 + 10 + 2.5 + 0.2, 10)
    expect(costAtPrice(all, { input: 2, output: 10, cacheWrite: 3, cacheRead: 1 })).toBeCloseTo(
      2 + 10 + 3 + 1,
      10,
    )
    expect(costAtPrice(usage({}), { input: 2, output: 10 })).toBe(0)
  })
})

describe('worstCaseCostUsd', () => {
  it('prices the input as if all of it were written to the cache, and every output token', () => {
    // 100k input at $2 × 1.25 = $0.25, 10k output at $10 = $0.10.
    expect(worstCaseCostUsd({ input: 2, output: 10 }, 100_000, 10_000)).toBeCloseTo(0.35, 10)
    expect(worstCaseCostUsd({ input: 2, output: 10 }, 0, 0)).toBe(0)
  })

  it('takes the dearer of the input and the cache-write price, whichever an override makes dearer', () => {
    expect(worstCaseCostUsd({ input: 2, output: 10, cacheWrite: 5 }, 1_000_000, 0)).toBeCloseTo(5)
    expect(worstCaseCostUsd({ input: 2, output: 10, cacheWrite: 1 }, 1_000_000, 0)).toBeCloseTo(2)
  })
})

describe('outputTokensAffordable', () => {
  it('is the whole output tokens the dollars pay for, rounded down', () => {
    expect(outputTokensAffordable({ input: 2, output: 10 }, 0.1)).toBe(10_000)
    expect(outputTokensAffordable({ input: 2, output: 10 }, 0.000_019_9)).toBe(1)
    expect(outputTokensAffordable({ input: 4, output: 20 }, 1.23)).toBe(61_500)
  })

  it('is none for nothing or less, and unbounded when output is free', () => {
    expect(outputTokensAffordable({ input: 2, output: 10 }, 0)).toBe(0)
    expect(outputTokensAffordable({ input: 2, output: 10 }, -0.5)).toBe(0)
    expect(outputTokensAffordable({ input: 2, output: 10 }, Number.NaN)).toBe(0)
    expect(outputTokensAffordable({ input: 0, output: 0 }, 0.01)).toBe(Number.POSITIVE_INFINITY)
  })

  it('never pays for more than the dollars: the tokens it gives cost at most that', () => {
    const price = { input: 3, output: 15 }
    for (const usd of [0.07, 0.1, 0.3, 1.1, 2.675, 9.99]) {
      const tokens = outputTokensAffordable(price, usd)
      expect(worstCaseCostUsd(price, 0, tokens)).toBeLessThanOrEqual(usd)
      expect(worstCaseCostUsd(price, 0, tokens + 1)).toBeGreaterThan(usd)
    }
  })
})

describe('parsePriceOverride', () => {
  it('accepts all four prices', () => {
    expect(parsePriceOverride('{"input":1,"output":2,"cacheRead":0.1,"cacheWrite":1.25}')).toEqual({
      input: 1,
      output: 2,
      cacheRead: 0.1,
      cacheWrite: 1.25,
    })
  })

  it('explains bad JSON', () => {
    expect(() => parsePriceOverride('input=2')).toThrow(
      'The price override is not valid JSON: "input=2". Expected USD per million tokens, e.g. {"input": 2, "output": 10}.',
    )
  })

  it('names the fields that are wrong', () => {
    expect(() => parsePriceOverride('{"input": -1}')).toThrow(/The price override is invalid/)
    expect(() => parsePriceOverride('{"input": -1}')).toThrow(/"input"/)
    expect(() => parsePriceOverride('{"input": -1}')).toThrow(/"output"/)
    expect(() => parsePriceOverride('{"input": "2", "output": 10}')).toThrow(/"input"/)
    expect(() => parsePriceOverride('{"input": 2, "output": 10, "cached": 1}')).toThrow(/cached/)
    expect(() => parsePriceOverride('[2, 10]')).toThrow(/e\.g\. \{"input": 2, "output": 10\}/)
  })
})

describe('formatUsd', () => {
  it('formats dollars and small amounts', () => {
    expect(formatUsd(12.5)).toBe('$12.50')
    expect(formatUsd(0.4213)).toBe('$0.42')
    expect(formatUsd(0.00314)).toBe('$0.0031')
    expect(formatUsd(5 - 4.99)).toBe('$0.01')
    expect(formatUsd(0)).toBe('$0.00')
    expect(formatUsd(0.00001)).toBe('<$0.0001')
  })
})
