import { setTimeout as sleep } from 'node:timers/promises'
import type { GitHub } from './client.js'
import { explainGitHubError, statusOf } from './errors.js'

export interface ReviewCommentInput {
  path: string
  line: number
  side: 'RIGHT'
  body: string
}

export interface ReviewInput {
  number: number
  commitSha: string
  body: string
  comments: ReviewCommentInput[]
  /** A hidden marker unique to this review, found again in the body after a lost response. */
  marker: string
}

export interface ReviewRef {
  id: number
  url: string
}

/** GitHub refused an inline comment: its line is not part of the pull request's diff. */
export class ReviewLineError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReviewLineError'
  }
}

const ATTEMPTS = 3

/**
 * Posts one review (event COMMENT). Not retried blindly: after a failure that may have landed
 * (5xx, a cut connection), the reviews are read back and the marker looked for, so a retry
 * never posts the same review twice.
 */
export async function createReview(
  gh: GitHub,
  input: ReviewInput,
  retryDelayMs = 1000,
): Promise<ReviewRef> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await gh.octokit.rest.pulls.createReview({
        ...gh.repo,
        pull_number: input.number,
        commit_id: input.commitSha,
        event: 'COMMENT',
        body: input.body,
        comments: input.comments,
        request: { retries: 0 },
      })
      return { id: data.id, url: data.html_url }
    } catch (error) {
      const status = statusOf(error)
      if (status === 422)
        throw new ReviewLineError(explainGitHubError(error, 'post the review').message)
      const mayHaveLanded = status === undefined || status >= 500
      if (!mayHaveLanded || attempt >= ATTEMPTS) {
        throw explainGitHubError(error, `post the review on pull request #${input.number}`)
      }
      await sleep(retryDelayMs * attempt)
      const landed = await findReview(gh, input.number, input.marker)
      if (landed) return landed
    }
  }
}

async function findReview(gh: GitHub, number: number, marker: string): Promise<ReviewRef | null> {
  const found = (await listOwnReviews(gh, number)).find((r) => r.body.includes(marker))
  return found ? { id: found.id, url: found.url } : null
}

export interface OwnReview extends ReviewRef {
  body: string
}

/** One page of reviews, as a selection other queries can include (see review-state.ts). */
export const REVIEW_PAGE = `reviews(first: 100, after: $reviewsAfter) {
  pageInfo { hasNextPage endCursor }
  nodes { databaseId body url viewerDidAuthor }
}`

const REVIEWS = `query Reviews($owner: String!, $repo: String!, $number: Int!, $reviewsAfter: String) {
  repository(owner: $owner, name: $repo) { pullRequest(number: $number) { ${REVIEW_PAGE} } }
}`

export interface ReviewPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: { databaseId: number; body: string; url: string; viewerDidAuthor: boolean }[]
}

/**
 * The reviews this action's identity wrote on the pull request, all pages. Anyone can paste our
 * markers into a review of their own, so only `viewerDidAuthor` makes a review ours.
 */
export async function listOwnReviews(gh: GitHub, number: number): Promise<OwnReview[]> {
  return restOfOwnReviews(gh, number, null)
}

/** Our reviews on `page` and every later page (the first may come from a caller's own query). */
export async function restOfOwnReviews(
  gh: GitHub,
  number: number,
  page: ReviewPage | null,
): Promise<OwnReview[]> {
  try {
    const own: OwnReview[] = []
    for (let current = page, after: string | null = null; ;) {
      if (!current) {
        const data: { repository: { pullRequest: { reviews: ReviewPage } } } = await gh.graphql(
          REVIEWS,
          { ...gh.repo, number, reviewsAfter: after },
        )
        current = data.repository.pullRequest.reviews
      }
      for (const r of current.nodes) {
        if (r.viewerDidAuthor) own.push({ id: r.databaseId, url: r.url, body: r.body })
      }
      if (!current.pageInfo.hasNextPage) return own
      after = current.pageInfo.endCursor
      current = null
    }
  } catch (error) {
    throw explainGitHubError(error, `read back the reviews of pull request #${number}`)
  }
}
