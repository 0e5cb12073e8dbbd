/** People's actions win over a run in flight: asked before each write. */
import { getPullRequest } from '../../adapters/github/pull-request-details.js'
import type { FlowDeps } from '../deps.js'

/** "Pull request #7 was merged while the design was written." */
export function closedWhileWorking(number: number, state: 'CLOSED' | 'MERGED'): string {
  return `Pull request #${number} was ${state === 'MERGED' ? 'merged' : 'closed'} while the design was written.`
}

/** Why the run must write nothing more to the pull request (closed or merged meanwhile), or null. */
export async function whyPullRequestClosed(deps: FlowDeps, number: number): Promise<string | null> {
  const pr = await getPullRequest(deps.gh, number)
  if (pr.state === 'open') return null
  return closedWhileWorking(number, pr.merged ? 'MERGED' : 'CLOSED')
}
