/**
 * Commits a design to a branch without ever losing a push: a compare-and-swap on the head we
 * read, and when the branch moved meanwhile, a look at what moved before trying again.
 */
import { BranchMovedError, commitFile, type CommitRef } from '../adapters/github/commit.js'
import { readFileAt } from '../adapters/github/file-content.js'
import { designState } from '../core/provenance.js'
import type { FlowDeps } from './deps.js'

const MAX_MOVES = 3

export interface CommitTarget {
  /** "owner/repo" of the repository that holds the branch. */
  repository: string
  branch: string
  /** The head the design was made at. */
  headSha: string
  /** Reads the branch head again; the requirements at it are compared with what the design used. */
  readHead: () => Promise<string>
  readRequirements: (sha: string) => Promise<string>
}

export type CommitResult =
  { committed: true; commit: CommitRef } | { committed: false; reason: string }

export async function commitDesign(
  deps: FlowDeps,
  target: CommitTarget,
  design: {
    stamped: string
    requirements: string
    inputs: { requirements: string; prompt: string; model: string }
  },
  message: { headline: string; body: string },
): Promise<CommitResult> {
  const { designPath } = deps.inputs
  let head = target.headSha
  for (let moves = 0; ; moves++) {
    try {
      const commit = await commitFile(deps.gh, {
        repository: target.repository,
        branch: target.branch,
        expectedHeadOid: head,
        path: designPath,
        content: design.stamped,
        ...message,
      })
      return { committed: true, commit }
    } catch (error) {
      if (!(error instanceof BranchMovedError)) throw error
      if (moves >= MAX_MOVES) {
        return {
          committed: false,
          reason: `The branch ${target.branch} kept moving while the design was committed (${MAX_MOVES + 1} tries); the run for the latest push makes the design.`,
        }
      }
    }
    head = await target.readHead()
    deps.log.info(
      `The branch moved to ${head.slice(0, 7)} while the design was written; checking what changed.`,
    )
    if ((await target.readRequirements(head)) !== design.requirements) {
      return {
        committed: false,
        reason: `${deps.inputs.requirementsPath} changed on ${target.branch} while the design was written; the run for the newer push makes the design from it.`,
      }
    }
    const current = await readFileAt(deps.gh, designPath, head)
    const text = current ? new TextDecoder().decode(current.bytes) : null
    if (text === design.stamped) {
      // Our own commit landed although its answer was lost: nothing more to write.
      return {
        committed: true,
        commit: { sha: head, url: commitUrl(deps, target.repository, head) },
      }
    }
    if (designState(text, design.inputs) === 'edited') {
      return {
        committed: false,
        reason: `Someone edited ${designPath} on ${target.branch} while the design was written; their edit is kept and the new design was not committed.`,
      }
    }
  }
}

function commitUrl(deps: FlowDeps, repository: string, sha: string): string {
  return `${deps.ctx.serverUrl}/${repository}/commit/${sha}`
}
