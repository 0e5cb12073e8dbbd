import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface IssueInfo {
  number: number
  title: string
  body: string
  isPullRequest: boolean
  state: string
}

/** An issue or pull request by number (workflow_dispatch names one without saying which). */
export async function getIssue(gh: GitHub, number: number): Promise<IssueInfo> {
  try {
    const { data } = await gh.octokit.rest.issues.get({ ...gh.repo, issue_number: number })
    return {
      number: data.number,
      title: data.title,
      body: data.body ?? '',
      isPullRequest: Boolean(data.pull_request),
      state: data.state,
    }
  } catch (error) {
    throw explainGitHubError(error, `read #${number}`)
  }
}
