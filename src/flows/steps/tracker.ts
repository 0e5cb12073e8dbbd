/**
 * The tracking comment of a command: one comment, written by our code (never the model), kept up
 * to date from "started" to "done" or "failed", plus reactions on the command itself.
 */
import { createIssueComment, updateIssueComment } from '../../adapters/github/issue-comments.js'
import { reactToComment } from '../../adapters/github/reactions.js'
import { reasonWithSpending } from '../failed-outcome.js'
import type { FlowOutcome } from '../outcome.js'
import { trackingComment, type TrackingState } from '../../github-text/comments.js'
import { totalInputTokens } from '../../config/usage.js'
import type { DesignProgress } from '../../engine/design-loop.js'
import type { FlowDeps } from '../deps.js'

/** Progress edits are spaced out: a comment edit per streamed chunk would be noise and rate-limit bait. */
const PROGRESS_EVERY_MS = 15_000

export interface Tracker {
  progress(progress: DesignProgress): void
  finish(outcome: FlowOutcome): Promise<void>
}

export async function startTracker(
  deps: FlowDeps,
  command: { number: number; commentId: number },
  target: string,
): Promise<Tracker> {
  const { gh } = deps
  await reactToComment(gh, command.commentId, 'eyes')
  const comment = await createIssueComment(
    gh,
    command.number,
    trackingComment({ phase: 'started', target }),
  )
  let lastUpdate = 0
  let pending: Promise<void> = Promise.resolve()
  const update = (state: TrackingState) => {
    // Edits go out one at a time and in order; a failed progress edit is not worth failing the run.
    pending = pending
      .then(() => updateIssueComment(gh, comment.id, trackingComment(state)))
      .catch((error: unknown) =>
        deps.log.warning(`Could not update the tracking comment: ${String(error)}`),
      )
    return pending
  }
  return {
    progress({ outputTokens, section }) {
      const now = Date.now()
      if (now - lastUpdate < PROGRESS_EVERY_MS) return
      lastUpdate = now
      void update({ phase: 'generating', target, outputTokens, section })
    },
    async finish(outcome) {
      const { runUrl } = deps.run
      const { result } = outcome
      await update(
        result === 'failed' || result === 'skipped'
          ? {
              phase: result,
              target,
              // These states have no usage of their own: what the model cost goes with the reason.
              reason: reasonWithSpending(outcome),
              runUrl,
            }
          : {
              phase: 'done',
              target,
              result,
              commitUrl: outcome.commitUrl,
              reviewUrl: outcome.reviewUrl,
              pullRequestUrl: outcome.pullRequestUrl,
              questions: outcome.openQuestions.length,
              questionsPosted: outcome.questionsPosted ?? 0,
              outputTokens: outcome.usage?.outputTokens ?? 0,
              inputTokens: outcome.usage ? totalInputTokens(outcome.usage) : 0,
              costUsd: outcome.costUsd ?? null,
              runUrl,
            },
      )
      await reactToComment(
        gh,
        command.commentId,
        result === 'failed' ? 'confused' : 'rocket',
      ).catch((error: unknown) =>
        deps.log.warning(`Could not react to the command: ${String(error)}`),
      )
    },
  }
}
