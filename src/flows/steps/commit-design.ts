/**
 * Commits a design to a branch without ever losing a push: a compare-and-swap on the head we
 * read, and when the branch moved meanwhile, a look at what moved before trying again.
 */
import {
  BranchMovedError,
  commitFile,
  readCommitMessage,
  type CommitRef,
} from '../../adapters/github/commit.js'
import { readFileAt } from '../../adapters/github/file-content.js'
import { designState, type Provenance } from '../../document/provenance.js'
import type { FlowDeps } from '../deps.js'
import type { ListedFiles } from './listed-files.js'

const MAX_MOVES = 3

export interface BranchTarget {
  /** "owner/repo" of the repository that holds the branch. */
  repository: string
  branch: string
  /** The head the design was made at. */
  headSha: string
  /** The pull request's file listing, when the run has one: a file it holds is not read again. */
  listed?: ListedFiles
  /** Reads the branch head again. */
  readHead: () => Promise<string>
  /** The requirements at a commit, to see whether a push changed them. */
  readRequirements: (sha: string) => Promise<string>
  /**
   * Why nothing more may be written here (a person closed or merged the pull request while the
   * run worked), or null. Asked before every write.
   */
  whyClosed: () => Promise<string | null>
}

export type CommitResult =
  { committed: true; commit: CommitRef } | { committed: false; reason: string }

export interface DesignToCommit {
  stamped: string
  requirements: string
  /** Where the requirements came from ("docs/requirements.md"), for the reason a push stopped the commit. */
  source: string
  inputs: Omit<Provenance, 'design'>
  /** The branch had a design when the run read it: if it is gone now, a person deleted it. */
  existed: boolean
}

export async function commitDesign(
  deps: FlowDeps,
  target: BranchTarget,
  design: DesignToCommit,
  message: { headline: string; body: string },
): Promise<CommitResult> {
  const { designPath, triggerPhrase } = deps.settings
  const { runId } = deps.run
  // Tells this run's commit from another run's, should an answer be lost.
  const body = `${message.body}\n\ntech-design-run: ${runId}`
  let head = target.headSha
  for (let moves = 0; ; moves++) {
    const closed = await target.whyClosed()
    if (closed) return { committed: false, reason: `${closed} Nothing was committed.` }
    try {
      const commit = await commitFile(deps.gh, {
        repository: target.repository,
        branch: target.branch,
        expectedHeadOid: head,
        path: designPath,
        content: design.stamped,
        headline: message.headline,
        body,
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
        reason: `${design.source} changed on ${target.branch} while the design was written; the run for the newer push makes the design from it.`,
      }
    }
    const current = await readFileAt(deps.gh, designPath, head)
    if (!current && design.existed) {
      return {
        committed: false,
        reason: `Someone deleted ${designPath} on ${target.branch} while the design was written; the deletion stands and nothing was committed. Comment ${triggerPhrase} to make a new design.`,
      }
    }
    const state = designState(
      current ? new TextDecoder().decode(current.bytes) : null,
      design.inputs,
    )
    if (state === 'current') {
      if ((await readCommitMessage(deps.gh, head)).includes(runId)) {
        // Our own commit landed although its answer was lost.
        return {
          committed: true,
          commit: { sha: head, url: `${deps.run.serverUrl}/${target.repository}/commit/${head}` },
        }
      }
      return {
        committed: false,
        reason: `Another run committed a design of the same requirements to ${target.branch} meanwhile; its review carries the open questions.`,
      }
    }
    if (state === 'edited') {
      return {
        committed: false,
        reason: `Someone edited ${designPath} on ${target.branch} while the design was written; their edit is kept and the new design was not committed.`,
      }
    }
  }
}
