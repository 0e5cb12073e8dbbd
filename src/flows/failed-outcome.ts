/**
 * What a failed run reports besides its result: why it failed, what it spent on the model (every
 * paid call, not only the last), and the last draft it had to reject. Pure.
 */
import { usageLine } from '../github-text/comments.js'
import { estimateCostUsd } from '../config/pricing.js'
import type { Usage } from '../config/usage.js'
import { totalInputTokens } from '../config/usage.js'
import { failureDetails } from '../engine/failure.js'
import { describeError, redact } from '../text/describe-error.js'
import type { RunOutcome } from './outcome.js'

export type FailureFields = Pick<
  RunOutcome,
  'reason' | 'usage' | 'model' | 'modelCalls' | 'costUsd' | 'rejectedDraft'
>

/**
 * The fields of a failed outcome, from what was thrown. The engine's failure details give the
 * whole run's spending; an error from before the engine wrapped it (the model adapter's own)
 * carries at most its `usage`, and then model, calls and cost stay unknown.
 */
export function failureFields(error: unknown, secrets: readonly string[]): FailureFields {
  const { spending, rejectedDraft } = failureDetails(error)
  const reason = describeError(error, secrets)
  const draft = rejectedDraft && {
    // The model never sees a secret, but nothing the action writes may carry one.
    document: redact(rejectedDraft.document, secrets),
    violations: rejectedDraft.violations.map((v) => ({
      ...v,
      message: redact(v.message, secrets),
    })),
  }
  const fields: FailureFields = spending
    ? {
        reason,
        usage: spending.usage,
        model: spending.model,
        modelCalls: spending.modelCalls,
        costUsd: estimateCostUsd(spending.usage, spending.model),
      }
    : { reason, usage: usageOf(error) }
  return draft ? { ...fields, rejectedDraft: draft } : fields
}

/** The `usage` a model adapter error carries, when it has a well-formed one. */
function usageOf(error: unknown): Usage | undefined {
  const usage = (error as { usage?: unknown } | null)?.usage
  if (typeof usage !== 'object' || usage === null) return undefined
  const u = usage as Record<keyof Usage, unknown>
  const fields = [u.inputTokens, u.outputTokens, u.cacheReadInputTokens, u.cacheCreationInputTokens]
  return fields.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? (usage as Usage)
    : undefined
}

/**
 * The comment clips a reason at 2,000 characters; the reason is clipped first to this, so the
 * line saying what the run spent is never the part cut off.
 */
const MAX_REASON_CHARS = 1_800

/**
 * The reason a run stopped, with what it spent when it called the model: for the comment about
 * a run that ended without a design, whose reader would otherwise not see the cost.
 */
export function reasonWithSpending(
  outcome: Pick<RunOutcome, 'reason' | 'usage' | 'costUsd'>,
): string {
  const { usage } = outcome
  const spent = usage
    ? usageLine(totalInputTokens(usage), usage.outputTokens, outcome.costUsd ?? null)
    : ''
  const reason = outcome.reason.trim()
  if (spent === '') return reason
  const chars = Array.from(reason)
  const clipped =
    chars.length <= MAX_REASON_CHARS ? reason : `${chars.slice(0, MAX_REASON_CHARS - 1).join('')}…`
  return `${clipped}\n\nThe run used ${spent}`
}
