/** What a model run costs, from token usage and a dated price table. Pure. */
import { z } from 'zod'
import { anthropicModelName } from './model-id.js'
import type { Usage } from './usage.js'

/** USD per million tokens. */
export interface ModelPrice {
  input: number
  output: number
  /** Writing the prompt cache; defaults to 1.25 × input (5-minute cache). */
  cacheWrite?: number
  /** Reading the prompt cache; defaults to 0.1 × input. */
  cacheRead?: number
}

/** The date the table below was last checked against Anthropic's published prices. */
export const PRICES_AS_OF = '2026-11-01'

/**
 * Anthropic list prices (USD per million tokens) as of {@link PRICES_AS_OF}, standard tier,
 * without batch or volume discounts. Cache prices derive from the input price.
 */
const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-opus-5-5': { input: 4, output: 20 },
  'claude-sonnet-5-5': { input: 2, output: 10 },
  'claude-haiku-5-5': { input: 1, output: 5 },
}

const CACHE_WRITE_MULTIPLIER = 1.25
const CACHE_READ_MULTIPLIER = 0.1

/**
 * The price of a model id: an exact entry, else the longest entry the id starts with followed
 * by "-", so dated ids such as "claude-sonnet-5-5-20261001" find "claude-sonnet-5-5". Bedrock and
 * Vertex ids find the Anthropic model they serve (their list prices follow Anthropic's).
 */
export function findModelPrice(model: string): ModelPrice | null {
  const id = anthropicModelName(model).toLowerCase()
  const exact = MODEL_PRICES[id]
  if (exact) return exact
  let best: string | null = null
  for (const key of Object.keys(MODEL_PRICES)) {
    if (id.startsWith(`${key}-`) && (best === null || key.length > best.length)) best = key
  }
  return best === null ? null : (MODEL_PRICES[best] ?? null)
}

/** The price a run is charged at: the override when one is given, else the model's list price. */
export function modelPrice(model: string, override?: ModelPrice): ModelPrice | null {
  return override ?? findModelPrice(model)
}

/** Estimated cost in USD, or null when the model has no known price and no override is given. */
export function estimateCostUsd(usage: Usage, model: string, override?: ModelPrice): number | null {
  const price = modelPrice(model, override)
  return price ? costAtPrice(usage, price) : null
}

/** What usage costs in USD at a price. */
export function costAtPrice(usage: Usage, price: ModelPrice): number {
  return (
    (usage.inputTokens * price.input +
      usage.outputTokens * price.output +
      usage.cacheCreationInputTokens * cacheWritePrice(price) +
      usage.cacheReadInputTokens * cacheReadPrice(price)) /
    1_000_000
  )
}

/**
 * The most a call can cost in USD: every input token at the dearer of the input and the
 * cache-write price (the system prompt may be written to the cache), and every output token it
 * may write.
 */
export function worstCaseCostUsd(
  price: ModelPrice,
  inputTokens: number,
  outputTokens: number,
): number {
  const input = Math.max(price.input, cacheWritePrice(price))
  return (inputTokens * input + outputTokens * price.output) / 1_000_000
}

/** The whole output tokens `usd` pays for, none for nothing; unbounded when output is free. */
export function outputTokensAffordable(price: ModelPrice, usd: number): number {
  if (!(usd > 0)) return 0
  if (price.output === 0) return Number.POSITIVE_INFINITY
  return Math.floor((usd * 1_000_000) / price.output)
}

function cacheWritePrice(price: ModelPrice): number {
  return price.cacheWrite ?? price.input * CACHE_WRITE_MULTIPLIER
}

function cacheReadPrice(price: ModelPrice): number {
  return price.cacheRead ?? price.input * CACHE_READ_MULTIPLIER
}

const price = z.number().finite().nonnegative()

const priceOverrideSchema = z
  .object({
    input: price,
    output: price,
    cacheWrite: price.optional(),
    cacheRead: price.optional(),
  })
  .strict()

/**
 * Parses a price override such as `{"input": 2, "output": 10}` (USD per million tokens,
 * optional `cacheRead` and `cacheWrite`). Throws an Error that says what is wrong.
 */
export function parsePriceOverride(text: string): ModelPrice {
  const example = '{"input": 2, "output": 10}'
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error(
      `The price override is not valid JSON: ${JSON.stringify(text.slice(0, 80))}. ` +
        `Expected USD per million tokens, e.g. ${example}.`,
    )
  }
  const parsed = priceOverrideSchema.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) =>
        issue.path.length > 0 ? `"${issue.path.join('.')}": ${issue.message}` : issue.message,
      )
      .join('; ')
    throw new Error(
      `The price override is invalid (${problems}). ` +
        `Expected USD per million tokens, e.g. ${example}, with optional "cacheRead" and "cacheWrite".`,
    )
  }
  const { input, output, cacheWrite, cacheRead } = parsed.data
  return {
    input,
    output,
    ...(cacheWrite === undefined ? {} : { cacheWrite }),
    ...(cacheRead === undefined ? {} : { cacheRead }),
  }
}

/** "$12.50", "$0.42"; two significant digits below a cent ("$0.0031"); "<$0.0001" below that. */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return 'n/a'
  const sign = n < 0 ? '-' : ''
  const abs = Math.abs(n)
  if (abs === 0) return '$0.00'
  // Compared in whole cents, so 0.00999… (a float's cent) reads "$0.01" like its neighbours.
  if (Math.round(abs * 100) >= 1) return `${sign}$${abs.toFixed(2)}`
  if (abs < 0.0001) return `${sign}<$0.0001`
  return `${sign}$${abs.toPrecision(2)}`
}
