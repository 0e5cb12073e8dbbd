/**
 * What every flow is given: the clients, the settings it reads and where the run happens, wired
 * together once in main. Flows never read the environment or the action's inputs themselves.
 */
import type { GitHub, RepoRef } from '../adapters/github/client.js'
import type { Gate, RevisionFormat } from '../config/defaults.js'
import type { ModelPlatform } from '../config/platform.js'
import type { Permission } from '../config/permissions.js'
import type { ModelClient } from '../conversation/model.js'
import type { PermissionLookup } from './steps/trust.js'

export interface Log {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
}

/** The settings the flows read, and nothing else: no credential is among them. */
export interface FlowSettings {
  requirementsPath: string
  designPath: string
  /** The model as the design's stamp records it (the setting's own form, whatever the platform). */
  model: string
  maxInputTokens: number
  /** A template or instructions on the default branch; null for the built-in one. */
  templatePath: string | null
  instructionsPath: string | null
  triggerPhrase: string
  /** The least permission that may run the command. */
  minPermission: Permission
  /** The least permission whose reply in a question thread counts as an answer. */
  minAnswerPermission: Permission
  /** The most question comments one run posts; the rest are listed in the review's body. */
  maxQuestions: number
  /** What the "Technical design" check requires to pass. */
  gate: Gate
  /** Whether the design traces each requirement item to its sections. */
  traceability: boolean
  /** How the model answers a revision: edits placed in the design, or whole sections. */
  revisionFormat: RevisionFormat
  /** The most one run may spend on the model (USD); null for no limit. */
  maxCostUsd: number | null
  /** The most all runs on one pull request may spend together (USD); null for no limit. */
  maxCostUsdPerPullRequest: number | null
}

/**
 * The flows' settings out of a larger configuration (the action's inputs), copied field by field
 * so that a credential beside them never rides along.
 */
export function flowSettings(from: FlowSettings): FlowSettings {
  return {
    requirementsPath: from.requirementsPath,
    designPath: from.designPath,
    model: from.model,
    maxInputTokens: from.maxInputTokens,
    templatePath: from.templatePath,
    instructionsPath: from.instructionsPath,
    triggerPhrase: from.triggerPhrase,
    minPermission: from.minPermission,
    minAnswerPermission: from.minAnswerPermission,
    maxQuestions: from.maxQuestions,
    gate: from.gate,
    traceability: from.traceability,
    revisionFormat: from.revisionFormat,
    maxCostUsd: from.maxCostUsd,
    maxCostUsdPerPullRequest: from.maxCostUsdPerPullRequest,
  }
}

/** Where this run happens, as the runner tells it. */
export interface RunContext {
  repo: RepoRef
  /** The web address of GitHub or of a GitHub Enterprise Server, for links. */
  serverUrl: string
  /** Link to this workflow run, for comments; unknown outside a workflow. */
  runUrl: string | undefined
  /** Unique to this run: written into its commits so they can be told from another run's. */
  runId: string
}

export interface FlowDeps {
  gh: GitHub
  settings: FlowSettings
  run: RunContext
  /** Every secret value the run knows, to keep out of anything it writes. */
  secrets: readonly string[]
  /** Where the model runs, with the model id in that platform's form. */
  platform: ModelPlatform
  /** Created only when a design is actually generated. */
  createModel: () => ModelClient
  log: Log
  /** People's permissions on the repository, each read once per run. */
  permissions: PermissionLookup
}
