/**
 * Repository permission levels, in GitHub's order, so "write or higher" is a comparison. Pure.
 */

export type Permission = 'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin'

/** Every level, lowest first: an index comparison is a permission comparison. */
export const PERMISSIONS: readonly Permission[] = [
  'none',
  'read',
  'triage',
  'write',
  'maintain',
  'admin',
]

/**
 * The older names some REST endpoints still return (teams, `permissions` objects): "pull" is
 * read and "push" is write. Accepted so a value from any endpoint parses the same.
 */
const ALIASES: ReadonlyMap<string, Permission> = new Map([
  ['pull', 'read'],
  ['push', 'write'],
])

/** A level from an API field or an input: case-insensitive, trimmed; null when unknown. */
export function parsePermission(value: string): Permission | null {
  const v = value.trim().toLowerCase()
  // A Map, not an object: "constructor" or "__proto__" must not read as a level.
  return PERMISSIONS.find((p) => p === v) ?? ALIASES.get(v) ?? null
}

/** Whether `actual` is `required` or a higher level. */
export function meetsPermission(actual: Permission, required: Permission): boolean {
  return PERMISSIONS.indexOf(actual) >= PERMISSIONS.indexOf(required)
}

/**
 * On a public repository the permission endpoint reports `read` for every GitHub user, so a
 * `read` there proves nothing until the collaborator check confirms it. Private repositories
 * report `none` to strangers, and higher levels are only ever granted.
 */
export function readNeedsConfirmation(reported: Permission, repoIsPrivate: boolean): boolean {
  return reported === 'read' && !repoIsPrivate
}
