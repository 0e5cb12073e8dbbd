/**
 * A reply in one of the design's question threads: the "Technical design" check is set again on
 * the head commit, so an answer moves the gate without a model call or a new design. A reply in
 * any other thread costs one request.
 */
import { listReviewThreads } from '../adapters/github/review-threads.js'
import { questionThreads } from '../github-text/threads.js'
import type { FlowDeps } from './deps.js'
import { skipped, type FlowOutcome } from './outcome.js'
import { loosePayload, type ReviewCommentPayload } from './payloads.js'
import { withDesignCheck } from './pull-request.js'
import { loadTemplate } from './steps/sources.js'

export interface AnswerEvent {
  action: string
  number: number
  headSha: string
  /** The first comment of the thread replied in: the question, when the thread is ours. */
  inReplyTo: number
  defaultBranch: string
}

export function readAnswerEvent(payload: unknown): AnswerEvent {
  const event = loosePayload<ReviewCommentPayload>(payload)
  const pr = event.pull_request
  if (!pr?.number || !pr.head?.sha || !event.comment?.in_reply_to_id) {
    throw new Error(
      'The event has no reply to a review comment: is the workflow triggered by pull_request_review_comment?',
    )
  }
  return {
    action: String(event.action ?? ''),
    number: pr.number,
    headSha: pr.head.sha,
    inReplyTo: event.comment.in_reply_to_id,
    defaultBranch: event.repository?.default_branch ?? 'main',
  }
}

export async function runAnswerFlow(deps: FlowDeps, event: AnswerEvent): Promise<FlowOutcome> {
  const { designPath } = deps.settings
  const threads = await listReviewThreads(deps.gh, event.number)
  const asked = questionThreads(threads, designPath).find(
    (t) => t.rootCommentId === event.inReplyTo,
  )
  if (!asked) {
    return skipped(
      designPath,
      `The reply is not in a question thread of ${designPath}: the check stays as it is.`,
      event.number,
    )
  }
  const outcome = await withDesignCheck(
    deps,
    { ...skipped(designPath, '', event.number), result: 'unchanged' },
    {
      number: event.number,
      headSha: event.headSha,
      template: await loadTemplate(deps, event.defaultBranch),
      threads,
    },
  )
  const reply = `A reply in a question thread was ${event.action || 'changed'}; ${designPath} stays as it is until the next revision.`
  return {
    ...outcome,
    reason: outcome.check
      ? `${reply} The check says: ${outcome.check.title}.`
      : `${reply} The check could not be set.`,
  }
}
