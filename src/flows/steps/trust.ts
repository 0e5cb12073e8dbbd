/**
 * Who may steer a design: the permission of each person, read once per run. On a public
 * repository a reported `read` counts only for collaborators (see `readNeedsConfirmation`).
 */
import { isCollaborator } from '../../adapters/github/collaborator.js'
import type { GitHub } from '../../adapters/github/client.js'
import { getPermission } from '../../adapters/github/permission.js'
import { readNeedsConfirmation, type Permission } from '../../config/permissions.js'

export interface PermissionLookup {
  /** The person's permission on the repository; strangers to a public repository get `none`. */
  of(login: string): Promise<Permission>
}

/** `repoIsPrivate` comes from the event payload; unknown counts as public, the safe side. */
export function createPermissionLookup(gh: GitHub, repoIsPrivate: boolean): PermissionLookup {
  const known = new Map<string, Promise<Permission>>()
  const lookUp = async (login: string): Promise<Permission> => {
    const reported = await getPermission(gh, login)
    if (!readNeedsConfirmation(reported, repoIsPrivate)) return reported
    return (await isCollaborator(gh, login)) ? 'read' : 'none'
  }
  return {
    of(login) {
      const key = login.toLowerCase()
      let permission = known.get(key)
      if (!permission) {
        permission = lookUp(login)
        known.set(key, permission)
      }
      return permission
    },
  }
}
