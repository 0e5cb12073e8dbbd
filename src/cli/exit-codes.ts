/**
 * The exit status of `tech-design`, one table for both commands. `exitCodeFor` maps what a run
 * threw to it by the error's class (and a ModelError's code), never by its message. The table is
 * shown by `--help` and in the README's "Command line" section; a test keeps them the same.
 */
import { InputError } from '../config/input-error.js'
import { ModelError, type ModelErrorCode } from '../adapters/model/errors.js'
import { RequestTooLargeError } from '../conversation/budget.js'
import { SpendCapError } from '../conversation/spend-cap.js'
import { HeaderLinesError } from '../config/headers.js'
import { RequirementsError, TextDecodeError } from '../document/requirements.js'
import { TemplateError } from '../document/template.js'
import { DesignValidationError } from '../engine/failure.js'
import { CliInputError, CliUsageError } from './errors.js'

/** generate wrote the design; check: the design conforms. */
export const EXIT_OK = 0
/** The design was rejected (generate), or does not conform (check). */
export const EXIT_REJECTED = 1
/** The command line was called wrongly. */
export const EXIT_USAGE = 2
/** An input file, a credential or an environment variable is wrong. */
export const EXIT_INPUT = 3
/** The model provider could not be reached, or kept failing. */
export const EXIT_SERVICE = 4
/** Anything else: a bug. */
export const EXIT_INTERNAL = 5

/** Said after the message of an error no exit status but "internal error" accounts for. */
export const BUG_NOTE =
  'tech-design: this is a bug in tech-design (exit status 5): please report it, with the message above.\n'

export type ExitCode =
  | typeof EXIT_OK
  | typeof EXIT_REJECTED
  | typeof EXIT_USAGE
  | typeof EXIT_INPUT
  | typeof EXIT_SERVICE
  | typeof EXIT_INTERNAL

export interface ExitStatus {
  code: ExitCode
  meaning: string
  examples: string
}

/** The table `--help` prints and the README shows, in order. */
export const EXIT_STATUSES: readonly ExitStatus[] = [
  {
    code: EXIT_OK,
    meaning: 'Success',
    examples: 'generate wrote the design; check: the design conforms.',
  },
  {
    code: EXIT_REJECTED,
    meaning: 'Design rejected',
    examples:
      'generate: the design still broke the template after the repairs (the last draft is kept ' +
      'beside --out), the answer was cut off at the output limit, --max-cost-usd stopped it, ' +
      'or the model declined. ' +
      'check: the design does not conform.',
  },
  {
    code: EXIT_USAGE,
    meaning: 'Usage error',
    examples:
      'an unknown command or option, an option without its value or with a bad one (such as a ' +
      '--model id of another provider), the wrong number of arguments.',
  },
  {
    code: EXIT_INPUT,
    meaning: 'Input or environment error',
    examples:
      "an input file (the requirements, --template, --instructions, check's FILE) is missing, " +
      'a directory, empty, binary, not valid text or too large; --out cannot be written; ' +
      'no ANTHROPIC_API_KEY; a bad ANTHROPIC_CUSTOM_HEADERS, proxy variable or ' +
      'ANTHROPIC_BASE_URL; the provider refused the credentials, does not know the model or ' +
      'rejected the request.',
  },
  {
    code: EXIT_SERVICE,
    meaning: 'Service error',
    examples:
      'the model provider could not be reached or kept failing: network failures, timeouts, ' +
      'overloaded, rate limited or server errors after the retries.',
  },
  {
    code: EXIT_INTERNAL,
    meaning: 'Internal error',
    examples: 'anything else, which is a bug in tech-design: please report it with the message.',
  },
]

/** ModelError codes that are a verdict on the answer: the design is rejected. */
const REJECTED_MODEL_CODES: ReadonlySet<ModelErrorCode> = new Set<ModelErrorCode>([
  'output_truncated',
  'refusal',
])

/** ModelError codes that running again unchanged cannot fix: the credentials, model or request. */
const INPUT_MODEL_CODES: ReadonlySet<ModelErrorCode> = new Set<ModelErrorCode>([
  'auth',
  'model_not_found',
  'bad_request',
])

/** Errors about what the run reads: its files, its settings, its environment. */
const INPUT_ERRORS = [
  CliInputError,
  RequirementsError,
  TextDecodeError,
  RequestTooLargeError,
  TemplateError,
  HeaderLinesError,
  InputError,
] as const

/** The exit status for what a run threw. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof CliUsageError) return EXIT_USAGE
  if (error instanceof DesignValidationError) return EXIT_REJECTED
  // Stopped by --max-cost-usd: like an answer cut off at the output limit, nothing was written.
  if (error instanceof SpendCapError) return EXIT_REJECTED
  if (error instanceof ModelError) {
    if (REJECTED_MODEL_CODES.has(error.code)) return EXIT_REJECTED
    if (INPUT_MODEL_CODES.has(error.code)) return EXIT_INPUT
    // Every other code, including any added later (such as an unreachable host), is the service's.
    return EXIT_SERVICE
  }
  if (INPUT_ERRORS.some((type) => error instanceof type)) return EXIT_INPUT
  // A file the run reads or writes (EACCES, ENOSPC, EROFS…): Node's system errors carry a syscall.
  if (isSystemError(error)) return EXIT_INPUT
  return EXIT_INTERNAL
}

function isSystemError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const { code, syscall } = error as NodeJS.ErrnoException
  return typeof code === 'string' && typeof syscall === 'string'
}
