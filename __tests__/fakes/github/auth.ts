/** What a token may do on a repository, shared by the REST and GraphQL layers. */
import { roleAtLeast } from './state.js'
import type { FakeRepo, FakeState, PermissionScope, TokenIdentity } from './state.js'

export type Verdict = 'ok' | 'not_found' | 'forbidden' | 'unauthenticated'

export const identityType = (identity: TokenIdentity): 'User' | 'Bot' =>
  identity.type ?? (identity.login.endsWith('[bot]') ? 'Bot' : 'User')

/** GitHub's 403 message for a token lacking a permission. */
export const forbiddenMessage = (identity: TokenIdentity | undefined): string =>
  identity && identityType(identity) === 'User'
    ? 'Resource not accessible by personal access token'
    : 'Resource not accessible by integration'

function tokenLevel(identity: TokenIdentity, scopes: PermissionScope[]): 'none' | 'read' | 'write' {
  if (!identity.permissions) return 'write'
  let best: 'none' | 'read' | 'write' = 'none'
  for (const scope of scopes) {
    const level = identity.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none')
    if (level === 'write') return 'write'
    if (level === 'read') best = 'read'
  }
  return best
}

/**
 * - No token: public repositories are readable, writes need authentication, private ones 404.
 * - A token limited to other repositories (`repos`) reads public ones only.
 * - Token permissions gate by scope (any of `scopes` suffices): reads of public repositories are
 *   always allowed, like GitHub's public data; writes need 'write'.
 * - A User token also needs a role: private repositories 404 without one, pushing (contents)
 *   needs write, commenting needs read.
 */
export function authorize(
  state: FakeState,
  identity: TokenIdentity | undefined,
  repo: FakeRepo,
  scopes: PermissionScope[],
  access: 'read' | 'write',
): Verdict {
  if (!identity) {
    if (repo.private) return 'not_found'
    return access === 'write' ? 'unauthenticated' : 'ok'
  }
  const inScope =
    !identity.repos || identity.repos.some((r) => r.toLowerCase() === repo.fullName.toLowerCase())
  if (!inScope) {
    if (repo.private) return 'not_found'
    return access === 'read' ? 'ok' : 'forbidden'
  }
  if (identityType(identity) === 'User') {
    const role = state.roleOf(repo, identity.login)
    if (repo.private && role === 'none') return 'not_found'
    if (access === 'write') {
      const needed = scopes.includes('contents') ? 'write' : 'read'
      if (!roleAtLeast(role, needed)) return 'forbidden'
    }
  }
  const level = tokenLevel(identity, scopes)
  if (access === 'read') return level !== 'none' || !repo.private ? 'ok' : 'forbidden'
  return level === 'write' ? 'ok' : 'forbidden'
}
