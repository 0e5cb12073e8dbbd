/** Defaults shared by the action and the command line. */
import type { Permission } from './core/permissions.js'

export const DEFAULT_MODEL = 'claude-sonnet-5-5'

/**
 * Room for the longest real designs (43–56 KB, about 14k output tokens) at about twice their
 * size, so a thorough answer is not cut off. The limit bounds what a run may be billed, not what
 * it is billed: a call pays only for the tokens it writes.
 */
export const DEFAULT_MAX_OUTPUT_TOKENS = 32_000

/** The most output tokens current Claude models write in one answer (Sonnet 5 and Opus 5). */
export const MOST_OUTPUT_TOKENS = 128_000

/** More question comments than this flood a pull request; a design rarely has this many real ones. */
export const DEFAULT_MAX_QUESTIONS = 20

/** Any collaborator may answer: the people who know the answers often review without write access. */
export const DEFAULT_MIN_ANSWER_PERMISSION: Permission = 'read'
