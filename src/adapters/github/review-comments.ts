import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface ReviewComment {
  id: number
  body: string
  path: string
  line: number | null
  inReplyTo: number | null
  author: string
}

/** Every review comment on the pull request, all pages. */
export async function listReviewComments(gh: GitHub, number: number): Promise<ReviewComment[]> {
  try {
    const comments = await gh.octokit.paginate(gh.octokit.rest.pulls.listReviewComments, {
      ...gh.repo,
      pull_number: number,
      per_page: 100,
    })
    return comments.map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      line: c.line ?? null,
      inReplyTo: c.in_reply_to_id ?? null,
      author: c.user?.login ?? '',
    }))
  } catch (error) {
    throw explainGitHubError(error, `list the review comments of pull request #${number}`)
  }
}
