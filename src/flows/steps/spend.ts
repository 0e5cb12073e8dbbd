/**
 * The spend caps a design run is held to: `max-cost-usd` for the run, and what is left of
 * `max-cost-usd-per-pull-request` after what the design's stamp says the pull request spent.
 */
import { modelPrice } from '../../config/pricing.js'
import type { SpendLimit } from '../../conversation/spend-cap.js'
import type { FlowDeps } from '../deps.js'

/**
 * The caps for a run on a pull request that has spent `pullRequestSpent` so far (undefined: no
 * pull request, so only the run's cap). A model with no list price cannot be held to the
 * per-pull-request default: that cap is dropped with a notice, while a run cap a person set
 * stays, and the run then stops before its first call, saying why.
 */
export function spendLimits(deps: FlowDeps, pullRequestSpent: number | undefined): SpendLimit[] {
  const { maxCostUsd, maxCostUsdPerPullRequest } = deps.settings
  const run: SpendLimit[] =
    maxCostUsd === null ? [] : [{ cap: 'run', limitUsd: maxCostUsd, spentUsd: 0 }]
  if (maxCostUsdPerPullRequest === null || pullRequestSpent === undefined) return run
  if (modelPrice(deps.platform.model) === null) {
    deps.log.notice(
      `The model ${deps.platform.model} has no known list price, so max-cost-usd-per-pull-request is not applied: set it empty to silence this notice, or use a model with a known price.`,
    )
    return run
  }
  return [
    ...run,
    { cap: 'pull-request', limitUsd: maxCostUsdPerPullRequest, spentUsd: pullRequestSpent },
  ]
}
