/**
 * The action's entry: parse the inputs once, pick the flow for the event, and end every run
 * with a visible outcome (outputs, job summary, and a failed step when something went wrong).
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { readActionContext, runContext, type ActionContext } from './action/context.js'
import type { ActionInputs } from './action/inputs.js'
import { OUTPUT_NAMES, skipped, type FlowOutcome, type RunOutcome } from './flows/outcome.js'
import { secretInputs } from './action/secrets.js'
import { proxySecrets, proxySettings, routeThroughProxy } from './adapters/proxy.js'
import { describeError } from './text/describe-error.js'
import { DEFAULTS } from './config/defaults.js'
import { flowSettings, type FlowDeps } from './flows/deps.js'
import { notACommand } from './flows/not-a-command.js'
import { notAnAnswer } from './flows/not-an-answer.js'
import { defaultBranchOf, isPrivateRepository } from './flows/payloads.js'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

export async function run(): Promise<void> {
  const started = Date.now()
  const secrets: string[] = []
  let designPath = core.getInput('design-path') || DEFAULTS.designPath.value
  let outcome: FlowOutcome
  try {
    const ctx = readActionContext(process.env)
    // Every comment and review comment can start the workflow: most are not commands, nor
    // replies in the design's question threads, and that is decided from the payload alone,
    // before any client is loaded.
    const lightSkip = lightPathSkip(ctx, designPath)
    if (lightSkip) {
      core.info(lightSkip)
      for (const name of OUTPUT_NAMES) core.setOutput(name, name === 'result' ? 'skipped' : '')
      return
    }
    // Loaded after the not-a-command check: input parsing and the summary need zod and more.
    const { parseInputs } = await import('./action/inputs.js')
    const inputs = parseInputs((name) => core.getInput(name))
    // Masked in the runner's log, and removed from every message the action writes.
    for (const secret of secretInputs(inputs)) {
      if (secret) {
        core.setSecret(secret)
        secrets.push(secret)
      }
    }
    designPath = inputs.designPath
    outcome = await dispatch(ctx, inputs, secrets)
  } catch (error) {
    // Loaded here, like the summary, so the not-a-command path stays fast.
    const { failureFields } = await import('./flows/failed-outcome.js')
    outcome = {
      result: 'failed',
      designPath,
      openQuestions: [],
      // What the model calls cost, and the last draft rejected, are reported even so.
      ...failureFields(error, secrets),
    }
  }
  // The one place a run is timed: from the start of the step to its outcome.
  await report({ ...outcome, durationMs: Date.now() - started })
}

/** Why an event that needs no work ends here, decided from the payload alone; null otherwise. */
function lightPathSkip(ctx: ActionContext, designPath: string): string | null {
  if (ctx.eventName === 'issue_comment') {
    return notACommand(ctx.payload, core.getInput('trigger-phrase') || DEFAULTS.triggerPhrase.value)
  }
  if (ctx.eventName === 'pull_request_review_comment') return notAnAnswer(ctx.payload, designPath)
  return null
}

async function dispatch(
  ctx: ActionContext,
  inputs: ActionInputs,
  secrets: readonly string[],
): Promise<FlowOutcome> {
  // Flows and clients are loaded only when there is work, so the other paths start fast.
  if (PULL_REQUEST_EVENTS.has(ctx.eventName)) {
    const { readPullRequestEvent, runPullRequestFlow } = await import('./flows/pull-request.js')
    const deps = await flowDeps(ctx, inputs, secrets)
    return runPullRequestFlow(deps, readPullRequestEvent(ctx.payload))
  }
  if (ctx.eventName === 'issue_comment') {
    const { readCommandEvent, runCommandFlow } = await import('./flows/command.js')
    const deps = await flowDeps(ctx, inputs, secrets)
    return runCommandFlow(deps, readCommandEvent(ctx.payload))
  }
  if (ctx.eventName === 'pull_request_review_comment') {
    const { readAnswerEvent, runAnswerFlow } = await import('./flows/answer.js')
    const deps = await flowDeps(ctx, inputs, secrets)
    return runAnswerFlow(deps, readAnswerEvent(ctx.payload))
  }
  if (ctx.eventName === 'workflow_dispatch') {
    const { runDispatchFlow } = await import('./flows/dispatch.js')
    return runDispatchFlow(await flowDeps(ctx, inputs, secrets), {
      number: inputs.number,
      defaultBranch: defaultBranchOf(ctx.payload),
    })
  }
  return skipped(
    inputs.designPath,
    `The ${ctx.eventName || 'unknown'} event is not one this action handles: use pull_request, issue_comment, pull_request_review_comment or workflow_dispatch.`,
  )
}

async function flowDeps(
  ctx: ActionContext,
  inputs: ActionInputs,
  secrets: readonly string[],
): Promise<FlowDeps> {
  const { resolveModelPlatform } = await import('./config/platform.js')
  const platform = resolveModelPlatform(inputs, process.env)
  if (platform.provider !== 'anthropic' && inputs.anthropicApiKey) {
    core.notice(
      `The anthropic-api-key input is not used with the ${platform.provider} provider: ` +
        'requests are signed with the job’s cloud credentials.',
    )
  }
  const proxy = proxySettings(process.env)
  if (proxy) {
    for (const secret of proxySecrets(proxy)) core.setSecret(secret)
    core.info(await routeThroughProxy(proxy))
  }
  const [{ createGitHub }, { createAnthropicModel, modelOptions }, { createPermissionLookup }] =
    await Promise.all([
      import('./adapters/github/client.js'),
      import('./adapters/model/client.js'),
      import('./flows/steps/trust.js'),
    ])
  const log = {
    info: (message: string) => core.info(message),
    notice: (message: string) => core.notice(message),
    warning: (message: string) => core.warning(message),
  }
  const gh = createGitHub({
    token: inputs.githubToken,
    repo: ctx.repo,
    baseUrl: ctx.apiUrl,
    graphqlUrl: ctx.graphqlUrl,
    log: log.warning,
  })
  const runId = `${process.env.GITHUB_RUN_ID ?? 'local'}.${process.env.GITHUB_RUN_ATTEMPT ?? '1'}.${randomBytes(4).toString('hex')}`
  return {
    gh,
    // Visibility from the payload; a payload without it counts as public, the stricter case.
    permissions: createPermissionLookup(gh, isPrivateRepository(ctx.payload)),
    // Field by field: the flows get what they read, and the credentials stay with the clients.
    settings: flowSettings(inputs),
    run: runContext(ctx, runId),
    secrets,
    platform,
    createModel: () =>
      createAnthropicModel({
        ...modelOptions(platform),
        maxOutputTokens: inputs.maxOutputTokens,
        timeoutMs: inputs.modelTimeoutSeconds * 1000,
        progressIntervalMs: 10_000,
      }),
    log,
  }
}

async function report(outcome: RunOutcome): Promise<void> {
  const { renderOutputs, renderSummary } = await import('./action/summary.js')
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
