/** A manual run (workflow_dispatch) for the pull request or issue named by the `number` input. */
import { getIssue } from '../adapters/github/issue.js'
import type { FlowOutcome } from './outcome.js'
import { commandOnPullRequest } from './command.js'
import type { FlowDeps } from './deps.js'
import { designFromIssue } from './issue.js'

export interface DispatchRequest {
  /** The `number` input: the pull request or issue to design for. */
  number: number | null
  defaultBranch: string
}

export async function runDispatchFlow(
  deps: FlowDeps,
  { number, defaultBranch }: DispatchRequest,
): Promise<FlowOutcome> {
  if (number === null) {
    throw new Error(
      'A manual run needs the number input: the pull request to regenerate the design for, or the issue to design from (`number: ${{ inputs.number }}`).',
    )
  }
  const item = await getIssue(deps.gh, number)
  if (item.isPullRequest) {
    return commandOnPullRequest(deps, number, defaultBranch, {
      path: null,
      force: false,
      full: false,
      guidance: '',
    })
  }
  return designFromIssue(deps, { ...item, defaultBranch, guidance: '', fromScratch: false })
}
