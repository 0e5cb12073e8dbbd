import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface ChangedFile {
  filename: string
  status: string
  /** Unified diff hunks; absent for binary or very large files. */
  patch?: string
  /** The file's git blob at the head the listing describes. */
  sha: string | null
  /** The file in the contents API, at that head (`?ref=` names its commit). */
  contentsUrl: string
}

/** Every file the pull request changes, all pages of them. */
export async function listPullRequestFiles(gh: GitHub, number: number): Promise<ChangedFile[]> {
  try {
    const files = await gh.octokit.paginate(gh.octokit.rest.pulls.listFiles, {
      ...gh.repo,
      pull_number: number,
      per_page: 100,
    })
    return files.map(({ filename, status, patch, sha, contents_url }) => ({
      filename,
      status,
      patch,
      sha,
      contentsUrl: contents_url,
    }))
  } catch (error) {
    throw explainGitHubError(error, `list the files of pull request #${number}`)
  }
}
