import { parsePermission, type Permission } from '../../config/permissions.js'
import type { GitHub } from './client.js'
import { explainGitHubError, statusOf } from './errors.js'

/**
 * A user's permission on the repository, from the collaborator-permission endpoint: unlike a
 * comment's author_association it also sees organisation members and team grants.
 */
export async function getPermission(gh: GitHub, login: string): Promise<Permission> {
  try {
    const { data } = await gh.octokit.rest.repos.getCollaboratorPermissionLevel({
      ...gh.repo,
      username: login,
    })
    // role_name carries maintain and triage, which `permission` folds into write and read.
    return parsePermission(data.role_name ?? '') ?? parsePermission(data.permission) ?? 'none'
  } catch (error) {
    if (statusOf(error) === 404) return 'none'
    throw explainGitHubError(error, `read ${login}'s permission on the repository`)
  }
}
