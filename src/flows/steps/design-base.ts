/**
 * The design as the action last committed it, found in the file's history: the base from which
 * the people's edits since are told apart from the action's own text when a revision comes.
 */
import { listFileCommits } from '../../adapters/github/file-commits.js'
import { readFileAt } from '../../adapters/github/file-content.js'
import { matchesStamp, readStamp, type Provenance } from '../../document/provenance.js'
import { describeError } from '../../text/describe-error.js'
import type { FlowDeps } from '../deps.js'

/** How many of the file's latest commits are searched: people rarely edit more often between runs. */
const HISTORY_DEPTH = 5

/**
 * The newest version of `path` before `headSha` whose body is the one `provenance` records,
 * or null when none of the latest commits has it (or the history cannot be read: then the
 * revision goes on without it, and the log says why).
 */
export async function findDesignBase(
  deps: Pick<FlowDeps, 'gh' | 'log'>,
  path: string,
  headSha: string,
  provenance: Provenance,
): Promise<string | null> {
  try {
    const commits = await listFileCommits(deps.gh, path, headSha, HISTORY_DEPTH)
    // The newest is the version at hand, which people edited: the base is older.
    for (const sha of commits.slice(1)) {
      const file = await readFileAt(deps.gh, path, sha)
      if (!file) continue
      const { body } = readStamp(new TextDecoder().decode(file.bytes))
      if (matchesStamp(body, provenance)) return body
    }
    deps.log.info(
      `The version of ${path} the action last committed is not among its last ${HISTORY_DEPTH} commits; people's edits are kept where the revision does not return their sections.`,
    )
  } catch (error) {
    deps.log.warning(
      `Could not read the history of ${path} (${describeError(error)}); people's edits are kept where the revision does not return their sections.`,
    )
  }
  return null
}
