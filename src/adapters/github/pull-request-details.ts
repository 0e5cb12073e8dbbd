import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface PullRequestInfo {
  number: number
  title: string
  state: string
  merged: boolean
  draft: boolean
  headSha: string
  headRef: string
  /** "owner/repo" of the branch's repository: differs from the base for forks. */
  headRepo: string
  baseRef: string
  url: string
}

export async function getPullRequest(gh: GitHub, number: number): Promise<PullRequestInfo> {
  try {
    const { data } = await gh.octokit.rest.pulls.get({ ...gh.repo, pull_number: number })
    return {
      number: data.number,
      title: data.title,
      state: data.state,
      merged: data.merged ?? false,
      draft: data.draft ?? false,
      headSha: data.head.sha,
      headRef: data.head.ref,
      headRepo: data.head.repo?.full_name ?? '',
      baseRef: data.base.ref,
      url: data.html_url,
    }
  } catch (error) {
    throw explainGitHubError(error, `read pull request #${number}`)
  }
}
