import type { GitHub } from './client.js'
import { explainGitHubError, statusOf } from './errors.js'

export interface FileContent {
  /** Size in bytes, known even when the content is too large to fetch inline. */
  size: number
  bytes: Uint8Array
  /** Git blob sha. */
  sha: string
}

/**
 * A file's bytes at a ref, or null when there is no such file. `maxBytes` stops a huge file
 * from being downloaded only to be refused: past it, the content comes back empty with its size.
 */
export async function readFileAt(
  gh: GitHub,
  path: string,
  ref: string,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<FileContent | null> {
  try {
    const { data } = await gh.octokit.rest.repos.getContent({ ...gh.repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file') {
      throw new Error(`${path} is a ${Array.isArray(data) ? 'folder' : data.type}, not a file`)
    }
    if (data.size > maxBytes) return { size: data.size, bytes: new Uint8Array(), sha: data.sha }
    // Files over 1 MB come without inline content; the blob API serves them.
    const base64 =
      data.encoding === 'base64'
        ? data.content
        : (await gh.octokit.rest.git.getBlob({ ...gh.repo, file_sha: data.sha })).data.content
    return { size: data.size, bytes: Buffer.from(base64, 'base64'), sha: data.sha }
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw explainGitHubError(error, `read ${path} at ${ref.slice(0, 12)}`)
  }
}
