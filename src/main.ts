/**
 * The action's entry: parse the inputs once, pick the flow for the event, and end every run
 * with a visible outcome (outputs, job summary, and a failed step when something went wrong).
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { readActionContext, type ActionContext } from './action/context.js'
import type { ActionInputs } from './action/inputs.js'
import { OUTPUT_NAMES, type RunOutcome } from './action/outcome.js'
import { secretInputs } from './action/secrets.js'
import { proxySecrets, proxySettings, routeThroughProxy } from './adapters/proxy.js'
import { looksLikeCommand } from './core/command.js'
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
    if (ctx.eventName === 'issue_comment') {
      // Every comment in the repository can start the workflow: most are not commands, and that
      // is decided from the payload alone, before any client is loaded.
      const notCommand = notACommand(ctx.payload, core.getInput('trigger-phrase') || '/tech-design')
      if (notCommand) {
        core.info(notCommand)
        for (const name of OUTPUT_NAMES) core.setOutput(name, name === 'result' ? 'skipped' : '')
        return
      }
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
    outcome = await dispatch(ctx, inputs)
  } catch (error) {
    // Loaded here, like the summary, so the not-a-command path stays fast.
    const { failureFields } = await import('./action/failed-outcome.js')
    outcome = {
      result: 'failed',
      designPath,
      openQuestions: [],
      // What the model calls cost, and the last draft rejected, are reported even so.
      ...failureFields(error, secrets),
      durationMs: Date.now() - started,
    }
  }
  await report({ ...outcome, durationMs: Date.now() - started })
}

/** Why a comment event is not a command, or null when it may be one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function notACommand(payload: any, triggerPhrase: string): string | null {
  if (payload?.action !== 'created')
    return `The comment was ${payload?.action ?? 'changed'}: only new comments are commands.`
  const user = payload.comment?.user
  if (user?.type === 'Bot' || String(user?.login ?? '').endsWith('[bot]'))
    return 'The comment is by a bot: bots cannot run commands.'
  if (!looksLikeCommand(String(payload.comment?.body ?? ''), triggerPhrase)) {
    return `The comment is not a ${triggerPhrase} command.`
  }
  return null
}

async function dispatch(ctx: ActionContext, inputs: ActionInputs): Promise<RunOutcome> {
  // Flows and clients are loaded only when there is work, so the other paths start fast.
  if (PULL_REQUEST_EVENTS.has(ctx.eventName)) {
    const { readPullRequestEvent, runPullRequestFlow } = await import('./flows/pull-request.js')
    return runPullRequestFlow(await flowDeps(ctx, inputs), readPullRequestEvent(ctx.payload))
  }
  if (ctx.eventName === 'issue_comment') {
    const { readCommandEvent, runCommandFlow } = await import('./flows/command.js')
    return runCommandFlow(await flowDeps(ctx, inputs), readCommandEvent(ctx.payload))
  }
  if (ctx.eventName === 'workflow_dispatch') {
    const { runDispatchFlow } = await import('./flows/dispatch.js')
    return runDispatchFlow(
      await flowDeps(ctx, inputs),
      ctx.payload?.repository?.default_branch ?? 'main',
    )
  }
  return {
    result: 'skipped',
    reason: `The ${ctx.eventName || 'unknown'} event is not one this action handles: use pull_request, issue_comment or workflow_dispatch.`,
    designPath: inputs.designPath,
    openQuestions: [],
    durationMs: 0,
  }
}

async function flowDeps(ctx: ActionContext, inputs: ActionInputs): Promise<FlowDeps> {
  const { modelOptions, resolveModelPlatform } = await import('./action/platform.js')
  const platform = resolveModelPlatform(inputs, process.env)
  if (platform.provider !== 'anthropic' && inputs.anthropicApiKey) {
    core.notice(
      `The anthropic-api-key input is not used with the ${platform.provider} provider: ` +
        'requests are signed with the job’s cloud credentials.',
    )
  }
  const settings = proxySettings(process.env)
  if (settings) {
    for (const secret of proxySecrets(settings)) core.setSecret(secret)
    core.info(await routeThroughProxy(settings))
  }
  const [{ createGitHub }, { createAnthropicModel }, { createPermissionLookup }] =
    await Promise.all([
      import('./adapters/github/client.js'),
      import('./adapters/anthropic.js'),
      import('./flows/trust.js'),
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
  return {
    gh,
    // Visibility from the payload; a payload without it counts as public, the stricter case.
    permissions: createPermissionLookup(gh, ctx.payload?.repository?.private === true),
    inputs,
    ctx,
    platform,
    createModel: () =>
      createAnthropicModel({
        ...modelOptions(platform),
        maxOutputTokens: inputs.maxOutputTokens,
        timeoutMs: inputs.modelTimeoutSeconds * 1000,
        progressIntervalMs: 10_000,
      }),
    log,
    runId: `${process.env.GITHUB_RUN_ID ?? 'local'}.${process.env.GITHUB_RUN_ATTEMPT ?? '1'}.${randomBytes(4).toString('hex')}`,
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
