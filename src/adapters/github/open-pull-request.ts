import type { GitHub } from './client.js'
import { explainGitHubError, statusOf } from './errors.js'

export interface PullRequestRef {
  number: number
  url: string
}

/** The open pull request from a branch of this repository, if there is one. */
export async function findOpenPullRequest(
  gh: GitHub,
  branch: string,
): Promise<PullRequestRef | null> {
  try {
    const { data } = await gh.octokit.rest.pulls.list({
      ...gh.repo,
      head: `${gh.repo.owner}:${branch}`,
      state: 'open',
      per_page: 1,
    })
    const [pull] = data
    return pull ? { number: pull.number, url: pull.html_url } : null
  } catch (error) {
    throw explainGitHubError(error, `look for an open pull request from ${branch}`)
  }
}

export interface NewPullRequest {
  head: string
  base: string
  title: string
  body: string
  draft: boolean
}

/** Opens a pull request, or returns the one another run opened from the same branch meanwhile. */
export async function openPullRequest(gh: GitHub, pull: NewPullRequest): Promise<PullRequestRef> {
  try {
    const { data } = await gh.octokit.rest.pulls.create({ ...gh.repo, ...pull })
    return { number: data.number, url: data.html_url }
  } catch (error) {
    if (statusOf(error) === 422) {
      const existing = await findOpenPullRequest(gh, pull.head)
      if (existing) return existing
    }
    throw explainGitHubError(error, `open a pull request from ${pull.head}`)
  }
}
