/**
 * Files inside the repository, as the inputs and the comment command name them. Pure. One rule
 * for every such path, so a path accepted in one place is accepted, in the same form, in all.
 */
import { count } from '../text/wording.js'

/** Longest path accepted, as on most file systems. */
export const MAX_PATH_LENGTH = 255

export interface RepoPathOptions {
  /**
   * Accept files under `.github/`. Off by default: that folder holds the workflows, never a
   * place for a design or requirements; a template or instructions may live there beside them.
   */
  allowGitHubFolder?: boolean
}

/**
 * The path in its one normal form, or why the text is not a repository file. `problem` follows
 * the path's name ("must not be empty"), so each caller introduces the path in its own way.
 */
export type RepoPathCheck = { path: string } | { problem: string }

// eslint-disable-next-line no-control-regex -- control characters are what we look for
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/

/** A leading "/", or a Windows drive such as `C:\` or `C:/`. */
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/])/

/**
 * A path checked as a file inside the repository, normalised: trimmed, with "./" folders and
 * doubled slashes dropped, since people type them and they name the same file.
 */
export function checkRepoPath(raw: string, options: RepoPathOptions = {}): RepoPathCheck {
  const text = raw.trim()
  const bad = (problem: string): RepoPathCheck => ({ problem })
  if (text === '') return bad('must not be empty')
  if (CONTROL_CHARACTERS.test(text)) {
    return bad('must not contain control characters (such as a tab, a line break or NUL)')
  }
  if (ABSOLUTE.test(text)) {
    return bad('must be relative to the repository root (no leading "/" or drive letter)')
  }
  if (text.includes('\\')) return bad('must use "/" between folders, not a backslash')

  const segments = text.split('/')
  if (segments.includes('..'))
    return bad('must not contain ".." (it must stay inside the repository)')
  const last = segments[segments.length - 1]
  if (last === '' || last === '.') return bad('must name a file, not a folder')

  const kept = segments.filter((s) => s !== '' && s !== '.')
  // Folder names compared case-insensitively: on macOS and Windows checkouts `.GitHub` is `.github`.
  const folders = kept.slice(0, -1).map((s) => s.toLowerCase())
  if (folders.includes('.git')) return bad('must not be under ".git/": that folder is git\'s own')
  if (!options.allowGitHubFolder && folders[0] === '.github') {
    return bad('must not be under ".github/": that folder is for workflows and GitHub settings')
  }

  const path = kept.join('/')
  const length = Array.from(path).length
  if (length > MAX_PATH_LENGTH) {
    return bad(`is too long (${count(length)} characters; the limit is ${MAX_PATH_LENGTH})`)
  }
  return { path }
}
