/**
 * What follows a made design, the same for every trigger: the outcome of a design that was not
 * committed; for a committed one, either the word that a person closed the pull request
 * meanwhile, or its question threads brought up to date and its new questions posted.
 */
import type { ReviewState } from '../../adapters/github/review-state.js'
import type { FlowDeps } from '../deps.js'
import type { FlowOutcome } from '../outcome.js'
import type { MadeDesign } from './make-design.js'
import { postQuestions, type PostedQuestions } from './post-questions.js'
import { closedWhileWorking } from './still-open.js'
import { updateQuestionThreads, type ThreadsUpdated } from './update-threads.js'

export type CommittedDesign = Extract<MadeDesign, { status: 'committed' }>

/** Where the design went: its path, its branch, and the pull request the outcome names, if any. */
export interface DesignPlace {
  designPath: string
  branch: string
  pullRequestNumber?: number
}

const baseOutcome = ({ designPath, pullRequestNumber }: DesignPlace) => ({
  designPath,
  ...(pullRequestNumber === undefined ? {} : { pullRequestNumber }),
  openQuestions: [],
})

/** The outcome of a design that was not committed: nothing called for it, nothing changed, or a person's work stopped it. */
export function uncommittedOutcome(
  made: Exclude<MadeDesign, CommittedDesign>,
  place: DesignPlace,
): FlowOutcome {
  const base = baseOutcome(place)
  switch (made.status) {
    case 'unchanged':
      return {
        ...base,
        result: 'unchanged',
        reason: `${place.designPath} is already the design of these requirements, template and model; nothing to do.`,
      }
    case 'not-committed':
      return { ...base, ...made.spent, result: 'skipped', reason: made.reason }
    case 'identical':
      return {
        ...base,
        ...made.spent,
        result: 'unchanged',
        reason: `The regenerated design is identical to ${place.designPath} on ${place.branch}; nothing to commit.`,
      }
  }
}

/** The outcome of a committed design whose pull request a person closed or merged while it was made. */
export function closedOutcome(
  made: CommittedDesign,
  place: DesignPlace,
  closed: { number: number; state: 'CLOSED' | 'MERGED' },
): FlowOutcome {
  return {
    ...baseOutcome(place),
    ...made.spent,
    result: made.before === 'absent' ? 'created' : 'updated',
    reason: `${closedWhileWorking(closed.number, closed.state)} The design was committed to ${place.branch} in ${made.commit.sha.slice(0, 7)}; no questions were posted and no thread was changed.`,
    commitSha: made.commit.sha,
    commitUrl: made.commit.url,
  }
}

/**
 * On the design commit: first the threads of questions that were answered or dropped get their
 * reply and are resolved, then the questions not asked yet are posted as one review.
 */
export async function publishQuestions(
  deps: FlowDeps,
  number: number,
  made: CommittedDesign,
  review: Pick<ReviewState, 'threads' | 'ownReviews'>,
  /** The design's lines the diff shows, when known without asking (see postQuestions). */
  shownLines?: Set<number>,
): Promise<{ threads: ThreadsUpdated; questions: PostedQuestions }> {
  const { openQuestions } = made.design
  const commitSha = made.commit.sha
  const threads = await updateQuestionThreads(
    deps,
    { number, commitSha },
    made.threads,
    openQuestions,
  )
  const questions = await postQuestions(
    deps,
    { pullRequestNumber: number, commitSha },
    openQuestions,
    review,
    shownLines,
  )
  return { threads, questions }
}
