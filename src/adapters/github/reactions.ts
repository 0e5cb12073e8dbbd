import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export type Reaction = 'eyes' | 'rocket' | 'confused' | '+1'

/** A reaction on an issue or pull request comment: the quickest sign that the bot heard. */
export async function reactToComment(
  gh: GitHub,
  commentId: number,
  content: Reaction,
): Promise<void> {
  try {
    await gh.octokit.rest.reactions.createForIssueComment({
      ...gh.repo,
      comment_id: commentId,
      content,
    })
  } catch (error) {
    throw explainGitHubError(error, `react to comment ${commentId}`)
  }
}
