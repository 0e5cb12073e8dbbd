/**
 * What a design run that failed still has to report: the tokens of every paid call (also the
 * calls before the one that failed) and the last draft it had to reject. The engine attaches
 * this to whatever it throws after the first model call; the interfaces read it with
 * `failureDetails` and show it (outputs, job summary, the CLI's output and rejected file).
 */
import type { Violation } from '../document/types.js'
import type { Usage } from '../config/usage.js'
import { plural } from '../text/wording.js'

export interface Spending {
  usage: Usage
  /** The model that answered, or the one asked when none answered. */
  model: string
  /** Model calls made, the failed one included. */
  modelCalls: number
}

/** The last answer the run rejected, as the whole document it would have been. */
export interface RejectedDraft {
  document: string
  /** Why it was rejected, at 1-based lines of `document`. */
  violations: Violation[]
}

export interface FailureDetails {
  spending?: Spending
  rejectedDraft?: RejectedDraft
}

const DETAILS = Symbol('tech-design failure details')

/** Attaches what the run spent (and its last rejected draft) to an error, and returns the error. */
export function withFailureDetails<E>(error: E, details: FailureDetails): E {
  if (typeof error === 'object' && error !== null) {
    Object.defineProperty(error, DETAILS, { value: details, configurable: true })
  }
  return error
}

/** What a thrown value says the run spent and rejected; `{}` for errors before any model call. */
export function failureDetails(error: unknown): FailureDetails {
  if (typeof error !== 'object' || error === null) return {}
  return ((error as Record<symbol, unknown>)[DETAILS] as FailureDetails | undefined) ?? {}
}

/** The model's answers still broke the template when the repairs ended; nothing was written. */
export class DesignValidationError extends Error {
  readonly violations: Violation[]
  /** Repair rounds made. */
  readonly rounds: number
  readonly usage: Usage

  constructor(
    violations: Violation[],
    {
      rounds,
      repeated = false,
      spending,
      rejectedDraft,
    }: { rounds: number; repeated?: boolean; spending: Spending; rejectedDraft?: RejectedDraft },
  ) {
    const why = repeated
      ? `its answer to repair round ${rounds} changed nothing, so the repairs stopped`
      : `after ${plural(rounds, 'repair round')}`
    super(
      `The model's design still broke the template ${repeated ? `(${why})` : why}; nothing was written.\n` +
        violations.map((v) => `  line ${v.line}: ${v.message}`).join('\n'),
    )
    this.name = 'DesignValidationError'
    this.violations = violations
    this.rounds = rounds
    this.usage = spending.usage
    withFailureDetails(this, { spending, ...(rejectedDraft ? { rejectedDraft } : {}) })
  }
}
