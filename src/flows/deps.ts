/** What every flow is given: the clients and settings, wired together once in main. */
import type { ActionContext } from '../action/context.js'
import type { ActionInputs } from '../action/inputs.js'
import type { ModelPlatform } from '../action/platform.js'
import type { GitHub } from '../adapters/github/client.js'
import type { ModelClient } from '../core/types.js'
import type { PermissionLookup } from './trust.js'

export interface Log {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
}

export interface FlowDeps {
  gh: GitHub
  inputs: ActionInputs
  ctx: ActionContext
  /** Where the model runs, with the model id in that platform's form. */
  platform: ModelPlatform
  /** Created only when a design is actually generated. */
  createModel: () => ModelClient
  log: Log
  /** People's permissions on the repository, each read once per run. */
  permissions: PermissionLookup
  /** Unique to this run: written into its commits so they can be told from another run's. */
  runId: string
}
