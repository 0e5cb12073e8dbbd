import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'
import { restOfThreads, THREAD_PAGE, type ReviewThread, type ThreadPage } from './review-threads.js'
import { restOfOwnReviews, REVIEW_PAGE, type OwnReview, type ReviewPage } from './reviews.js'

export interface ReviewState {
  /** Closed or merged: a person decided, and the run writes nothing more here. */
  state: 'OPEN' | 'CLOSED' | 'MERGED'
  threads: ReviewThread[]
  ownReviews: OwnReview[]
}

const REVIEW_STATE = `query ReviewState($owner: String!, $repo: String!, $number: Int!, $threadsAfter: String, $reviewsAfter: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) { state ${THREAD_PAGE} ${REVIEW_PAGE} }
  }
}`

/**
 * What a run must know before it writes to a pull request's review, in one request: whether the
 * pull request is still open, its threads and our own reviews (the questions already asked).
 */
export async function readReviewState(gh: GitHub, number: number): Promise<ReviewState> {
  let first: {
    repository: {
      pullRequest: { state: ReviewState['state']; reviewThreads: ThreadPage; reviews: ReviewPage }
    }
  }
  try {
    first = await gh.graphql(REVIEW_STATE, {
      ...gh.repo,
      number,
      threadsAfter: null,
      reviewsAfter: null,
    })
  } catch (error) {
    throw explainGitHubError(error, `read the reviews of pull request #${number}`)
  }
  const pr = first.repository.pullRequest
  const [threads, ownReviews] = await Promise.all([
    restOfThreads(gh, number, [], pr.reviewThreads),
    restOfOwnReviews(gh, number, pr.reviews),
  ])
  return { state: pr.state, threads, ownReviews }
}
