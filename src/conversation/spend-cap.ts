/**
 * The spend caps of a run, one model call at a time. Before a call, its worst case (the estimated
 * input at the cache-write price, and every output token it may write) is held against what is
 * left of the tightest cap: the call gets the client's `max_tokens` when that fits, fewer when it
 * does not, and is not made when too few would be left to be worth asking for. While the answer
 * streams, `stopWhen` stops it once its cost, as the API reports it, comes within a few output
 * tokens of the cap: the plan rests on an estimate of the input, the stop on what is billed.
 */
import {
  costAtPrice,
  formatUsd,
  outputTokensAffordable,
  worstCaseCostUsd,
  type ModelPrice,
} from '../config/pricing.js'
import { ACTION_SETTING_NAMES, type SettingNames } from '../config/setting-names.js'
import { emptyUsage, type Usage } from '../config/usage.js'
import { count, plural } from '../text/wording.js'

/** Which cap: what one run may spend, or what all runs on one pull request may spend together. */
export type SpendCap = 'run' | 'pull-request'

/** One cap, and what was spent against it before the call being planned. */
export interface SpendLimit {
  readonly cap: SpendCap
  readonly limitUsd: number
  /** This run's calls so far; for the pull request's cap, its earlier runs' spending too. */
  readonly spentUsd: number
}

/** The cap one call is held to, as the model request carries it to the adapter. */
export interface CallSpendCap {
  /** The cap with the least left, which binds the call. */
  readonly limit: SpendLimit
  /** Whether the call must stop, given what it has cost so far (every attempt's tokens). */
  stopWhen(spent: Usage): boolean
}

/** Output tokens of room an answer is stopped with: more than any one streamed delta carries. */
export const STOP_MARGIN_TOKENS = 64

/** The fields of a model request that hold a call to its cap: spread them into the request. */
export interface CappedRequest {
  maxOutputTokens?: number
  spendCap?: CallSpendCap
}

export interface CallSpendInput {
  /** The caps that are set: none, one or both. */
  limits: readonly SpendLimit[]
  /** The price the run is charged at (see config/pricing `modelPrice`); null when unknown. */
  price: ModelPrice | null
  /** The model id, named when its price is unknown. */
  model: string
  estimatedInputTokens: number
  /** The client's `max_tokens`. */
  maxOutputTokens: number
  /** Below this many output tokens an answer is not worth asking for. */
  minOutputTokens: number
  names?: SettingNames
}

/** What one call may spend, or why it is not made. */
export type CallSpendPlan =
  | {
      kind: 'call'
      request: CappedRequest
      /** The call's `max_tokens`. */
      maxOutputTokens: number
      /** Whether the cap made it lower than the client's. */
      lowered: boolean
    }
  | {
      kind: 'refused'
      /** Throw it: the call was not made. */
      error: SpendCapError
      leftUsd: number
      /** The worst case of the least worth asking for. */
      neededUsd: number
    }
  | {
      /** The model has no price: the caps cannot be checked. The caller decides what to do. */
      kind: 'unpriced'
      /** What this means and what to do, in a sentence or two. */
      reason: string
    }

/** How a capped call ended: not made, stopped mid-stream, or cut at the lowered `max_tokens`. */
export type SpendCapStop = 'refused' | 'stopped' | 'cut'

/** A call that was not made, or an answer that was discarded, because of a spend cap. */
export class SpendCapError extends Error {
  readonly cap: SpendCap
  readonly limitUsd: number
  /** Spent against the cap before the call. */
  readonly spentUsd: number
  /** Tokens billed: the stopped or cut call's; none for a call that was not made. */
  usage: Usage

  constructor(
    readonly stop: SpendCapStop,
    limit: SpendLimit,
    message: string,
    usage: Usage = emptyUsage(),
  ) {
    super(message)
    this.name = 'SpendCapError'
    this.cap = limit.cap
    this.limitUsd = limit.limitUsd
    this.spentUsd = limit.spentUsd
    this.usage = usage
  }
}

/** What the next call may spend under `limits`, at `price`. */
export function planCallSpend(input: CallSpendInput): CallSpendPlan {
  const { limits, price, estimatedInputTokens, maxOutputTokens } = input
  const names = input.names ?? ACTION_SETTING_NAMES
  const limit = bindingLimit(limits)
  if (!limit) return { kind: 'call', request: {}, maxOutputTokens, lowered: false }
  if (!price) return { kind: 'unpriced', reason: unpricedReason(input.model, limits, names) }

  const spendCap: CallSpendCap = {
    limit,
    // Stopped a little before the cap: the stream is read a delta at a time, and the tokens a
    // delta brings are billed before it is seen.
    stopWhen: (spent) =>
      limit.spentUsd +
        costAtPrice({ ...spent, outputTokens: spent.outputTokens + STOP_MARGIN_TOKENS }, price) >
      limit.limitUsd,
  }
  const leftUsd = leftOf(limit)
  // The margin is kept out of max_tokens too, so an answer cut to fit ends before it is stopped.
  if (
    worstCaseCostUsd(price, estimatedInputTokens, maxOutputTokens + STOP_MARGIN_TOKENS) <= leftUsd
  ) {
    return { kind: 'call', request: { spendCap }, maxOutputTokens, lowered: false }
  }
  const forOutput = leftUsd - worstCaseCostUsd(price, estimatedInputTokens, STOP_MARGIN_TOKENS)
  const affordable = Math.min(maxOutputTokens, outputTokensAffordable(price, forOutput))
  const minOutputTokens = Math.max(1, input.minOutputTokens)
  if (affordable < minOutputTokens) {
    const neededUsd = worstCaseCostUsd(price, estimatedInputTokens, minOutputTokens)
    const refusal = { leftUsd, neededUsd, minOutputTokens, estimatedInputTokens }
    return {
      kind: 'refused',
      error: new SpendCapError('refused', limit, callRefusedMessage(limit, refusal, names)),
      leftUsd,
      neededUsd,
    }
  }
  return {
    kind: 'call',
    request: { maxOutputTokens: affordable, spendCap },
    maxOutputTokens: affordable,
    lowered: affordable < maxOutputTokens,
  }
}

/** An answer stopped mid-stream by `stopWhen`; `usage` is what the call was billed. */
export function answerStoppedError(
  limit: SpendLimit,
  usage: Usage,
  names: SettingNames = ACTION_SETTING_NAMES,
): SpendCapError {
  return new SpendCapError(
    'stopped',
    limit,
    `The answer was stopped because it reached ${capWords(limit, names)}, with ` +
      `${spentWords(limit)}; nothing was written. Raise ${capSetting(limit.cap, names)}, or ` +
      `lower ${names.maxOutputTokens} so each call is sized to what is left, and run again.`,
    usage,
  )
}

/** An answer that reached the `max_tokens` the cap lowered the call to. */
export function answerCutError(
  limit: SpendLimit,
  maxOutputTokens: number,
  usage: Usage,
  names: SettingNames = ACTION_SETTING_NAMES,
): SpendCapError {
  return new SpendCapError(
    'cut',
    limit,
    `The answer was cut off at ${count(maxOutputTokens)} output tokens, as many as ` +
      `${capWords(limit, names)} left room for with ${spentWords(limit)}: the design was cut ` +
      `to fit the cap, and nothing was written. Raise ${capSetting(limit.cap, names)} and run again.`,
    usage,
  )
}

function callRefusedMessage(
  limit: SpendLimit,
  figures: {
    leftUsd: number
    neededUsd: number
    minOutputTokens: number
    estimatedInputTokens: number
  },
  names: SettingNames,
): string {
  return (
    `The model call was not made: ${capWords(limit, names)} has ${formatUsd(figures.leftUsd)} ` +
    `left, with ${spentWords(limit)}, and the shortest answer worth asking for ` +
    `(${plural(figures.minOutputTokens, 'output token')}, after about ` +
    `${plural(figures.estimatedInputTokens, 'input token')}) could cost up to ` +
    `${formatUsd(figures.neededUsd)}. Nothing was written. Raise ` +
    `${capSetting(limit.cap, names)} and run again.`
  )
}

function unpricedReason(model: string, limits: readonly SpendLimit[], names: SettingNames): string {
  const settings = [...new Set(limits.map((limit) => capSetting(limit.cap, names)))]
  const one = settings.length === 1
  const without = `leave ${settings.join(' and ')} empty to run without ${one ? 'it' : 'them'}`
  const ways = names.price
    ? `Give its prices with ${names.price}, use a model with a known price, or ${without}`
    : `Use a model with a known price, or ${without}`
  return (
    `The ${one ? 'spend cap' : 'spend caps'} (${settings.join(' and ')}) cannot be checked: ` +
    `the model "${model}" has no known price. ${ways}.`
  )
}

/** The cap with the least left; the first of equals. */
function bindingLimit(limits: readonly SpendLimit[]): SpendLimit | undefined {
  return limits.reduce<SpendLimit | undefined>(
    (tightest, limit) => (tightest && leftOf(tightest) <= leftOf(limit) ? tightest : limit),
    undefined,
  )
}

function leftOf(limit: SpendLimit): number {
  return Math.max(0, limit.limitUsd - limit.spentUsd)
}

/** The setting that sets a cap, in the words of the interface. */
function capSetting(cap: SpendCap, names: SettingNames): string {
  return cap === 'run' ? names.maxCostUsd : (names.maxCostUsdPerPullRequest ?? names.maxCostUsd)
}

/** "the run's spend cap of $2.00 (the max-cost-usd input)". */
function capWords(limit: SpendLimit, names: SettingNames): string {
  const whose = limit.cap === 'run' ? "the run's" : "the pull request's"
  return `${whose} spend cap of ${formatUsd(limit.limitUsd)} (${capSetting(limit.cap, names)})`
}

/** "$1.20 spent before this call". */
function spentWords(limit: SpendLimit): string {
  const where = limit.cap === 'run' ? '' : ' on the pull request'
  return `${formatUsd(limit.spentUsd)} spent${where} before this call`
}
