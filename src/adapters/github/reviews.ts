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
  try {
    const reviews = await gh.octokit.paginate(gh.octokit.rest.pulls.listReviews, {
      ...gh.repo,
      pull_number: number,
      per_page: 100,
    })
    const found = reviews.find((r) => r.body?.includes(marker))
    return found ? { id: found.id, url: found.html_url } : null
  } catch (error) {
    throw explainGitHubError(error, `read back the reviews of pull request #${number}`)
  }
}
