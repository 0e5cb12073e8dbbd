import type { GitHub } from './client.js'
import { explainGitHubError } from './errors.js'

/** The branch no longer points where we expected: someone pushed while the design was written. */
export class BranchMovedError extends Error {
  constructor(branch: string) {
    super(`The branch ${branch} moved while the design was being written.`)
    this.name = 'BranchMovedError'
  }
}

export interface CommitFileInput {
  /** Repository that holds the branch, "owner/repo". */
  repository: string
  branch: string
  expectedHeadOid: string
  path: string
  content: string
  headline: string
  body?: string
}

export interface CommitRef {
  sha: string
  url: string
}

const CREATE_COMMIT = `mutation CreateCommitOnBranch($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`

/**
 * One commit through the GraphQL API, which GitHub signs. `expectedHeadOid` makes it a
 * compare-and-swap: it never overwrites a push that landed meanwhile, and nothing is forced.
 */
export async function commitFile(gh: GitHub, input: CommitFileInput): Promise<CommitRef> {
  try {
    const result = await gh.graphql<{
      createCommitOnBranch: { commit: { oid: string; url: string } }
    }>(CREATE_COMMIT, {
      input: {
        branch: { repositoryNameWithOwner: input.repository, branchName: input.branch },
        message: { headline: input.headline, ...(input.body ? { body: input.body } : {}) },
        fileChanges: {
          additions: [
            { path: input.path, contents: Buffer.from(input.content).toString('base64') },
          ],
        },
        expectedHeadOid: input.expectedHeadOid,
      },
    })
    const { oid, url } = result.createCommitOnBranch.commit
    return { sha: oid, url }
  } catch (error) {
    const errors = (error as { errors?: { type?: string; message?: string }[] }).errors
    if (
      errors?.some(
        (e) => e.type === 'STALE_DATA' || /expected branch to point to/i.test(e.message ?? ''),
      )
    ) {
      throw new BranchMovedError(input.branch)
    }
    throw explainGitHubError(error, `commit ${input.path} to ${input.branch}`)
  }
}

/** A commit's message, to tell this run's commit from another run's identical one. */
export async function readCommitMessage(gh: GitHub, sha: string): Promise<string> {
  try {
    const { data } = await gh.octokit.rest.git.getCommit({ ...gh.repo, commit_sha: sha })
    return data.message
  } catch (error) {
    throw explainGitHubError(error, `read commit ${sha.slice(0, 7)}`)
  }
}
