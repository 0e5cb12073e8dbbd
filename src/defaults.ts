/** Defaults shared by the action and the command line. */
import type { Permission } from './core/permissions.js'

export const DEFAULT_MODEL = 'claude-sonnet-5-5'

/** Room for a long design (the longest real ones run to about 13k tokens) without paying for runaway output. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 16_000

/** More question comments than this flood a pull request; a design rarely has this many real ones. */
export const DEFAULT_MAX_QUESTIONS = 20

/** Any collaborator may answer: the people who know the answers often review without write access. */
export const DEFAULT_MIN_ANSWER_PERMISSION: Permission = 'read'
