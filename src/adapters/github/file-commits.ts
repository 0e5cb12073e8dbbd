import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

/** The newest commits reachable from `ref` that changed `path`, newest first: one page of them. */
export async function listFileCommits(
  gh: GitHub,
  path: string,
  ref: string,
  count: number,
): Promise<string[]> {
  try {
    const { data } = await gh.octokit.rest.repos.listCommits({
      ...gh.repo,
      sha: ref,
      path,
      per_page: count,
    })
    return data.map((commit) => commit.sha)
  } catch (error) {
    throw explainGitHubError(error, `list the commits that changed ${path}`)
  }
}
