/** What a run did, for the outputs, the job summary and any comment: every run ends with one. */
import type { OpenQuestion, Violation } from '../document/types.js'
import type { Usage } from '../config/usage.js'
import type { RejectedDraft } from '../engine/failure.js'
import type { TraceCoverage } from '../document/traceability.js'

/** What the "Technical design" check said, and where a person sees it. */
export interface DesignCheckReport {
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  url: string
}

export type RunResult = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed'

export interface RunOutcome {
  result: RunResult
  /** One or two plain sentences: what happened and why, and what to do when something is needed. */
  reason: string
  designPath: string
  pullRequestNumber?: number
  pullRequestUrl?: string
  commitSha?: string
  commitUrl?: string
  reviewUrl?: string
  openQuestions: OpenQuestion[]
  /** Things a person should know besides the reason: what was left out of the request, and why. */
  notes?: string[]
  /**
   * Where the design departs from the template in text people wrote (or in a design the action
   * did not write): kept as it is, reported here, never "fixed" by the model.
   */
  templateProblems?: Violation[]
  /** The "Technical design" check this run set on the pull request's head commit. */
  check?: DesignCheckReport
  /** How far the design traces the requirement items to its sections. */
  traceability?: TraceCoverage
  /** Questions posted in this run (the rest already had threads). */
  questionsPosted?: number
  usage?: Usage
  model?: string
  costUsd?: number | null
  modelCalls?: number
  /** A failed run's last answer that broke the template: shown in the job summary only. */
  rejectedDraft?: RejectedDraft
  durationMs: number
  /** Link to the workflow run, for people reading a comment. */
  runUrl?: string
}

/** What a flow reports: the run's outcome but its duration, which main measures for the whole run. */
export type FlowOutcome = Omit<RunOutcome, 'durationMs'>

/** A run that had nothing to do, or was not allowed to: the reason says which. */
export function skipped(
  designPath: string,
  reason: string,
  pullRequestNumber?: number,
): FlowOutcome {
  return {
    result: 'skipped',
    reason,
    designPath,
    ...(pullRequestNumber === undefined ? {} : { pullRequestNumber }),
    openQuestions: [],
  }
}

/** The action's outputs, in the order action.yml declares them. */
export const OUTPUT_NAMES = [
  'result',
  'design-path',
  'commit-sha',
  'pull-request-number',
  'open-questions',
  'input-tokens',
  'output-tokens',
  'cost-usd',
  'requirements-covered',
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]
