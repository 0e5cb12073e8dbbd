/**
 * The action's entry: parse the inputs once, pick the flow for the event, and end every run
 * with a visible outcome (outputs, job summary, and a failed step when something went wrong).
 */
import * as core from '@actions/core'
import { readActionContext, type ActionContext } from './action/context.js'
import { parseInputs, type ActionInputs } from './action/inputs.js'
import type { RunOutcome } from './action/outcome.js'
import { renderOutputs, renderSummary } from './action/summary.js'
import type { Usage } from './core/types.js'
import { describeError } from './errors.js'
import type { FlowDeps } from './flows/deps.js'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

export async function run(): Promise<void> {
  const started = Date.now()
  const secrets: string[] = []
  let designPath = core.getInput('design-path') || 'tech-design.md'
  let outcome: RunOutcome
  try {
    const ctx = readActionContext(process.env)
    const inputs = parseInputs((name) => core.getInput(name))
    for (const secret of [inputs.anthropicApiKey, inputs.githubToken]) {
      if (secret) {
        core.setSecret(secret)
        secrets.push(secret)
      }
    }
    designPath = inputs.designPath
    outcome = await dispatch(ctx, inputs)
  } catch (error) {
    outcome = {
      result: 'failed',
      reason: describeError(error, secrets),
      designPath,
      openQuestions: [],
      // A model failure still reports what it spent.
      usage: (error as { usage?: Usage } | null)?.usage,
      durationMs: Date.now() - started,
    }
  }
  await report({ ...outcome, durationMs: Date.now() - started })
}

async function dispatch(ctx: ActionContext, inputs: ActionInputs): Promise<RunOutcome> {
  if (PULL_REQUEST_EVENTS.has(ctx.eventName)) {
    // Loaded only when there is work, so the other paths start fast.
    const { readPullRequestEvent, runPullRequestFlow } = await import('./flows/pull-request.js')
    const event = readPullRequestEvent(ctx.payload)
    return runPullRequestFlow(await flowDeps(ctx, inputs), event)
  }
  return {
    result: 'skipped',
    reason: `The ${ctx.eventName || 'unknown'} event is not one this action handles: trigger it on pull_request (paths: ${inputs.requirementsPath}).`,
    designPath: inputs.designPath,
    openQuestions: [],
    durationMs: 0,
  }
}

async function flowDeps(ctx: ActionContext, inputs: ActionInputs): Promise<FlowDeps> {
  const [{ createGitHub }, { createAnthropicModel }] = await Promise.all([
    import('./adapters/github/client.js'),
    import('./adapters/anthropic.js'),
  ])
  const log = {
    info: (message: string) => core.info(message),
    notice: (message: string) => core.notice(message),
    warning: (message: string) => core.warning(message),
  }
  return {
    gh: createGitHub({
      token: inputs.githubToken,
      repo: ctx.repo,
      baseUrl: ctx.apiUrl,
      graphqlUrl: ctx.graphqlUrl,
      log: log.warning,
    }),
    inputs,
    ctx,
    createModel: () =>
      createAnthropicModel({
        apiKey: inputs.anthropicApiKey,
        baseURL: process.env.ANTHROPIC_BASE_URL || undefined,
        model: inputs.model,
        maxOutputTokens: inputs.maxOutputTokens,
        progressIntervalMs: 10_000,
      }),
    log,
  }
}

async function report(outcome: RunOutcome): Promise<void> {
  for (const [name, value] of Object.entries(renderOutputs(outcome))) core.setOutput(name, value)
  try {
    await core.summary.addRaw(renderSummary(outcome)).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${describeError(error)}`)
  }
  if (outcome.result === 'failed') core.setFailed(outcome.reason)
  else if (outcome.result === 'skipped') core.notice(outcome.reason)
  else core.info(outcome.reason)
}
