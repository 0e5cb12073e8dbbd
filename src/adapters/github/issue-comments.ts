import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface IssueComment {
  id: number
  body: string
  url: string
}

/** A comment on an issue or pull request (pull requests are issues too). */
export async function createIssueComment(
  gh: GitHub,
  number: number,
  body: string,
): Promise<IssueComment> {
  try {
    const { data } = await gh.octokit.rest.issues.createComment({
      ...gh.repo,
      issue_number: number,
      body,
    })
    return { id: data.id, body: data.body ?? '', url: data.html_url }
  } catch (error) {
    throw explainGitHubError(error, `comment on #${number}`)
  }
}

export interface ListedComment extends IssueComment {
  author: string
  createdAt: string
}

/** The comments of an issue or pull request, all pages; with `since`, only those updated since. */
export async function listIssueComments(
  gh: GitHub,
  number: number,
  since?: Date,
): Promise<ListedComment[]> {
  try {
    const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
      ...gh.repo,
      issue_number: number,
      per_page: 100,
      ...(since ? { since: since.toISOString() } : {}),
    })
    return comments.map((c) => ({
      id: c.id,
      body: c.body ?? '',
      url: c.html_url,
      author: c.user?.login ?? '',
      createdAt: c.created_at,
    }))
  } catch (error) {
    throw explainGitHubError(error, `list the comments of #${number}`)
  }
}

export async function updateIssueComment(
  gh: GitHub,
  commentId: number,
  body: string,
): Promise<void> {
  try {
    await gh.octokit.rest.issues.updateComment({ ...gh.repo, comment_id: commentId, body })
  } catch (error) {
    throw explainGitHubError(error, `update comment ${commentId}`)
  }
}
