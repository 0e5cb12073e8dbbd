import type { GitHub } from './client.js'
import { explainGitHubError, statusOf } from './errors.js'

/**
 * Whether GitHub lists the login as a collaborator (direct, through a team, an organisation's
 * base permission, or as an owner). Unlike the permission endpoint, which reports `read` for
 * every GitHub user on a public repository, this answers 204 only for people given access.
 */
export async function isCollaborator(gh: GitHub, login: string): Promise<boolean> {
  try {
    await gh.octokit.rest.repos.checkCollaborator({ ...gh.repo, username: login })
    return true
  } catch (error) {
    if (statusOf(error) === 404) return false
    throw explainGitHubError(error, `check whether ${login} is a collaborator of the repository`)
  }
}
