/**
 * Posts the design's open questions as one review on the design commit: a comment on each
 * question's line, each question once across all runs (read back from our own review threads
 * and review bodies, never from anyone else's), at most `max-questions` comments per run, and
 * never a failed run for a line GitHub will not take.
 */
import { listPullRequestFiles } from '../../adapters/github/pull-request-files.js'
import type { ReviewState } from '../../adapters/github/review-state.js'
import { ReviewLineError, createReview, type ReviewRef } from '../../adapters/github/reviews.js'
import { commentableLines } from '../../github-text/commentable-lines.js'
import { askedFingerprints } from '../../github-text/threads.js'
import { planReview, reviewBody, reviewMarker, type ReviewPlan } from '../../github-text/review.js'
import type { OpenQuestion } from '../../document/types.js'
import type { FlowDeps } from '../deps.js'

export interface PostedQuestions {
  review: ReviewRef | null
  posted: number
  alreadyPosted: number
}

export async function postQuestions(
  deps: FlowDeps,
  target: { pullRequestNumber: number; commitSha: string },
  questions: OpenQuestion[],
  /** The pull request's threads and our reviews, read once before the run writes to them. */
  asked: Pick<ReviewState, 'threads' | 'ownReviews'>,
  /**
   * The design's lines the pull request's diff shows, when they are known without asking (a
   * design new to the pull request shows all of them); otherwise its files are listed.
   */
  shownLines?: Set<number>,
): Promise<PostedQuestions> {
  if (questions.length === 0) return { review: null, posted: 0, alreadyPosted: 0 }
  const { gh, settings } = deps
  const path = settings.designPath
  const commentable = shownLines ?? (await diffLines(deps, target.pullRequestNumber))
  const existing = askedFingerprints(
    asked.threads,
    asked.ownReviews.map((r) => r.body),
  )
  const plan = (commentable: Set<number>) =>
    planReview({ path, questions, commentable, existing, maxComments: settings.maxQuestions })
  const first = plan(commentable)
  const posted = first.inline.length + first.inBody.length + first.overLimit.length
  if (posted === 0) return { review: null, posted: 0, alreadyPosted: first.alreadyPosted }

  const post = ({ inline, inBody, overLimit }: ReviewPlan) =>
    createReview(gh, {
      number: target.pullRequestNumber,
      commitSha: target.commitSha,
      body: reviewBody({
        path,
        commitSha: target.commitSha,
        inline: inline.length,
        inBody,
        overLimit,
      }),
      comments: inline,
      marker: reviewMarker(target.commitSha),
    })
  try {
    return { review: await post(first), posted, alreadyPosted: first.alreadyPosted }
  } catch (error) {
    if (!(error instanceof ReviewLineError)) throw error
    deps.log.warning(`${error.message} Posting the questions in the review body instead.`)
    // No line GitHub can refuse: every question goes into the body.
    return { review: await post(plan(new Set())), posted, alreadyPosted: first.alreadyPosted }
  }
}

/** The design's lines in the pull request's diff, from its listing. */
async function diffLines(deps: FlowDeps, number: number): Promise<Set<number>> {
  const files = await listPullRequestFiles(deps.gh, number)
  return commentableLines(files.find((f) => f.filename === deps.settings.designPath)?.patch)
}
