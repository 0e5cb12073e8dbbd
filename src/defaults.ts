/** Defaults shared by the action and the command line. */

export const DEFAULT_MODEL = 'claude-sonnet-5-5'

/** Room for a long design (the longest real ones run to about 13k tokens) without paying for runaway output. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 16_000
