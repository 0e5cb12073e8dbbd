/**
 * The defaults the action and the command line share, in one table: each setting's value and
 * the action input that declares it. action.yml repeats them for the runner (a test checks that
 * its `default:` of each input is the value here), the action falls back to them for an empty
 * input, and the command line's options take theirs from here.
 */
import type { Provider } from './model-id.js'
import type { Permission } from './permissions.js'

/** How the "Technical design" check decides: informational, current with the requirements, or also answered. */
export const GATES = ['off', 'current', 'answered'] as const
export type Gate = (typeof GATES)[number]

/**
 * How the model answers a revision: with edits placed in the design, or with each section that
 * changes, whole. Either way a reply may use the other form too, and NO CHANGES.
 */
export const REVISION_FORMATS = ['edits', 'sections'] as const
export type RevisionFormat = (typeof REVISION_FORMATS)[number]

export interface SettingDefault {
  /** The action input whose `default:` in action.yml is this value. */
  readonly input: string
  readonly value: string | number
}

export const DEFAULTS = {
  /** The Anthropic API: it needs only a key; Bedrock and Vertex need a cloud account set up. */
  provider: { input: 'provider', value: 'anthropic' satisfies Provider },

  /**
   * The job's own token: an expression only the runner expands, so the code never falls back to
   * it (an empty token is refused) and only names it in that message.
   */
  githubToken: { input: 'github-token', value: '${{ github.token }}' },

  /** The document the action watches on a pull request, and the command line reads. */
  requirementsPath: { input: 'requirements-path', value: 'docs/requirements.md' },

  /** The design, at the repository's root; the command line's --out writes there too. */
  designPath: { input: 'design-path', value: 'tech-design.md' },

  model: { input: 'model', value: 'claude-sonnet-5-5' },

  /**
   * Room for the longest real designs (43–56 KB, about 14k output tokens) at about twice their
   * size, so a thorough answer is not cut off. The limit bounds what a run may be billed, not what
   * it is billed: a call pays only for the tokens it writes.
   */
  maxOutputTokens: { input: 'max-output-tokens', value: 32_000 },

  /** The default input budget: well inside the model's 200k-token context, leaving room for the design. */
  maxInputTokens: { input: 'max-input-tokens', value: 100_000 },

  /**
   * Ten minutes for one answer, retries included: long enough for the longest design to stream,
   * short enough that a stalled request ends the run with a clear error, not the job's timeout.
   */
  modelTimeoutSeconds: { input: 'model-timeout-seconds', value: 600 },

  /** The comment command: the action's name, so a comment says what it asks for. */
  triggerPhrase: { input: 'trigger-phrase', value: '/tech-design' },

  /** A command commits to the branch and spends the model budget: only people who could push anyway. */
  minPermission: { input: 'min-permission', value: 'write' satisfies Permission },

  /** Any collaborator may answer: the people who know the answers often review without write access. */
  minAnswerPermission: { input: 'min-answer-permission', value: 'read' satisfies Permission },

  /** More question comments than this flood a pull request; a design rarely has this many real ones. */
  maxQuestions: { input: 'max-questions', value: 20 },

  /**
   * The check informs and never blocks until a team opts in: a repository that has not made it
   * required, or not yet written a design, keeps merging as before.
   */
  gate: { input: 'gate', value: 'off' satisfies Gate },

  /** Every requirement traced to the design: the table costs a few hundred tokens. */
  traceability: { input: 'traceability', value: 'true' },

  /**
   * Edits: on recorded replies of a real model they cost a fraction of the output tokens of
   * whole sections, with the same diff or a smaller one (BENCHMARKS.md).
   */
  revisionFormat: { input: 'revision-format', value: 'edits' satisfies RevisionFormat },

  /**
   * What one pull request may spend across all its runs: about a hundred designs and revisions at
   * the default model's prices, so only a loop or a flood of commands ever reaches it.
   */
  maxCostUsdPerPullRequest: { input: 'max-cost-usd-per-pull-request', value: 10 },
} as const satisfies Readonly<Record<string, SettingDefault>>

/** The most output tokens current Claude models write in one answer (Sonnet 5 and Opus 5). */
export const MOST_OUTPUT_TOKENS = 128_000
