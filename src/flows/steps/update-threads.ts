/**
 * After a revision lands: each answered question that left the design gets a reply naming the
 * commit and is resolved; each unanswered question the revision dropped is told why and resolved.
 * Unanswered questions that are still asked keep their open threads.
 */
import { replyInThread, resolveReviewThread } from '../../adapters/github/review-threads.js'
import { questionId } from '../../github-text/review.js'
import {
  answeredReply,
  droppedReply,
  planThreadUpdates,
  type QuestionThread,
} from '../../github-text/threads.js'
import type { OpenQuestion } from '../../document/types.js'
import type { FlowDeps } from '../deps.js'

export interface ThreadsUpdated {
  answered: number
  dropped: number
}

export async function updateQuestionThreads(
  deps: FlowDeps,
  pr: { number: number; commitSha: string },
  threads: QuestionThread[],
  questions: OpenQuestion[],
): Promise<ThreadsUpdated> {
  const stillAsked = new Set(questions.map((q) => questionId(deps.settings.designPath, q.text)))
  const { answered, dropped } = planThreadUpdates(threads, stillAsked)
  const close = async (thread: QuestionThread, reply: string) => {
    await replyInThread(deps.gh, pr.number, thread.rootCommentId, reply)
    await resolveReviewThread(deps.gh, thread.threadId)
  }
  for (const thread of answered) await close(thread, answeredReply(pr.commitSha))
  for (const thread of dropped) await close(thread, droppedReply(pr.commitSha))
  return { answered: answered.length, dropped: dropped.length }
}
