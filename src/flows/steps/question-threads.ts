/**
 * The question threads of a pull request as the next revision may use them: only our own
 * threads, and in them only the answers of people with `min-answer-permission`.
 */
import { listReviewThreads } from '../../adapters/github/review-threads.js'
import { meetsPermission } from '../../config/permissions.js'
import {
  keepTrustedAnswers,
  questionThreads,
  replyAuthors,
  type QuestionThread,
  type ThreadLike,
} from '../../github-text/threads.js'
import type { FlowDeps } from '../deps.js'
import { plural } from '../../text/wording.js'

export interface ReadThreads {
  threads: QuestionThread[]
  /** Replies whose authors may not decide: not used, counted for the summary. */
  ignoredReplies: number
}

export async function readQuestionThreads(deps: FlowDeps, number: number): Promise<ReadThreads> {
  return trustedQuestionThreads(deps, await listReviewThreads(deps.gh, number))
}

/** Our question threads among review threads already read, with the answers of people who may decide. */
export async function trustedQuestionThreads(
  deps: FlowDeps,
  reviewThreads: ThreadLike[],
): Promise<ReadThreads> {
  const { settings } = deps
  const threads = questionThreads(reviewThreads, settings.designPath)
  const authors = replyAuthors(threads)
  const permissions = await Promise.all(authors.map((login) => deps.permissions.of(login)))
  const mayDecide = new Set(
    authors
      .filter((_, i) => meetsPermission(permissions[i]!, settings.minAnswerPermission))
      .map((login) => login.toLowerCase()),
  )
  const kept = keepTrustedAnswers(threads, (login) => mayDecide.has(login.toLowerCase()))
  if (kept.ignored > 0)
    deps.log.info(ignoredRepliesNote(kept.ignored, settings.minAnswerPermission))
  return { threads: kept.threads, ignoredReplies: kept.ignored }
}

/** "2 replies from people without read permission were not used." */
export function ignoredRepliesNote(ignored: number, required: string): string {
  return `${plural(ignored, 'reply', 'replies')} in question threads from people without ${required} permission (min-answer-permission) ${ignored === 1 ? 'was' : 'were'} not used.`
}
