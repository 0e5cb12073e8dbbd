import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

export interface ChangedFile {
  filename: string
  status: string
  /** Unified diff hunks; absent for binary or very large files. */
  patch?: string
}

/** Every file the pull request changes, all pages of them. */
export async function listPullRequestFiles(gh: GitHub, number: number): Promise<ChangedFile[]> {
  try {
    const files = await gh.octokit.paginate(gh.octokit.rest.pulls.listFiles, {
      ...gh.repo,
      pull_number: number,
      per_page: 100,
    })
    return files.map(({ filename, status, patch }) => ({ filename, status, patch }))
  } catch (error) {
    throw explainGitHubError(error, `list the files of pull request #${number}`)
  }
}
