import type { GitHub } from './client.js'
import { explainGitHubError, statusOf } from './errors.js'

/** The commit a branch points at, or null when there is no such branch. */
export async function getBranchHead(gh: GitHub, branch: string): Promise<string | null> {
  try {
    const { data } = await gh.octokit.rest.git.getRef({ ...gh.repo, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw explainGitHubError(error, `read the branch ${branch}`)
  }
}

/** The branch's head, creating the branch at `fromSha` first when it does not exist. Never moves an existing branch. */
export async function ensureBranch(gh: GitHub, branch: string, fromSha: string): Promise<string> {
  const existing = await getBranchHead(gh, branch)
  if (existing) return existing
  try {
    await gh.octokit.rest.git.createRef({ ...gh.repo, ref: `refs/heads/${branch}`, sha: fromSha })
    return fromSha
  } catch (error) {
    // Another run created it meanwhile: use theirs.
    if (statusOf(error) === 422) {
      const head = await getBranchHead(gh, branch)
      if (head) return head
    }
    throw explainGitHubError(error, `create the branch ${branch}`)
  }
}
