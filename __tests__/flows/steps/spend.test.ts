/** The spend caps a design run is held to, from the settings and what the pull request spent. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { FlowSettings } from '../../../src/flows/deps.js'
import { spendLimits } from '../../../src/flows/steps/spend.js'
import { readFixture } from '../../support/fixtures.js'
import { startFlowWorld, type FlowWorld } from '../../support/flow-deps.js'

let world: FlowWorld

beforeAll(async () => {
  world = await startFlowWorld(await readFixture('designs/conforming.md'))
})
beforeEach(() => {
  world.logs.length = 0
})
afterAll(async () => {
  // Nothing here talks to GitHub or the model.
  expect(world.github.count()).toBe(0)
  expect(world.anthropic.requests).toHaveLength(0)
  await world.close()
})

const limitsFor = (settings: Partial<FlowSettings>, pullRequestSpent: number | undefined) =>
  spendLimits(world.deps({ settings }), pullRequestSpent)

describe('spendLimits', () => {
  it('sets no cap when neither is set', () => {
    expect(limitsFor({ maxCostUsd: null, maxCostUsdPerPullRequest: null }, 3)).toEqual([])
    expect(world.logs).toEqual([])
  })

  it('holds the run to its own cap, from nothing spent', () => {
    expect(limitsFor({ maxCostUsd: 0.5, maxCostUsdPerPullRequest: null }, 3)).toEqual([
      { cap: 'run', limitUsd: 0.5, spentUsd: 0 },
    ])
  })

  it('holds a pull request to what is left of its cap after earlier runs', () => {
    expect(limitsFor({ maxCostUsd: null, maxCostUsdPerPullRequest: 10 }, 2.75)).toEqual([
      { cap: 'pull-request', limitUsd: 10, spentUsd: 2.75 },
    ])
    expect(limitsFor({ maxCostUsd: 0.5, maxCostUsdPerPullRequest: 10 }, 0)).toEqual([
      { cap: 'run', limitUsd: 0.5, spentUsd: 0 },
      { cap: 'pull-request', limitUsd: 10, spentUsd: 0 },
    ])
    expect(world.logs).toEqual([])
  })

  it('applies the default per-pull-request cap of the settings', () => {
    expect(limitsFor({}, 1)).toEqual([{ cap: 'pull-request', limitUsd: 10, spentUsd: 1 }])
  })

  it('holds a run on no pull request to the run cap only', () => {
    expect(limitsFor({ maxCostUsd: 0.5, maxCostUsdPerPullRequest: 10 }, undefined)).toEqual([
      { cap: 'run', limitUsd: 0.5, spentUsd: 0 },
    ])
    expect(limitsFor({ maxCostUsd: null, maxCostUsdPerPullRequest: 10 }, undefined)).toEqual([])
  })

  it('finds the price of a dated model id', () => {
    expect(limitsFor({ model: 'claude-sonnet-5-5-20261001' }, 1)).toEqual([
      { cap: 'pull-request', limitUsd: 10, spentUsd: 1 },
    ])
    expect(world.logs).toEqual([])
  })

  it('drops the per-pull-request cap, with a notice, for a model with no known price; a run cap stays', () => {
    const notice =
      'The model claude-private-preview has no known list price, so max-cost-usd-per-pull-request is not applied: set it empty to silence this notice, or use a model with a known price.'
    expect(
      limitsFor(
        { model: 'claude-private-preview', maxCostUsd: 0.5, maxCostUsdPerPullRequest: 10 },
        2,
      ),
    ).toEqual([{ cap: 'run', limitUsd: 0.5, spentUsd: 0 }])
    expect(world.logs).toEqual([notice])

    world.logs.length = 0
    expect(limitsFor({ model: 'claude-private-preview', maxCostUsd: null }, 2)).toEqual([])
    expect(world.logs).toEqual([notice])
  })

  it('says nothing of the price when the per-pull-request cap is not set or not in play', () => {
    expect(
      limitsFor({ model: 'claude-private-preview', maxCostUsdPerPullRequest: null }, 2),
    ).toEqual([])
    expect(limitsFor({ model: 'claude-private-preview', maxCostUsd: 1 }, undefined)).toEqual([
      { cap: 'run', limitUsd: 1, spentUsd: 0 },
    ])
    expect(world.logs).toEqual([])
  })
})
