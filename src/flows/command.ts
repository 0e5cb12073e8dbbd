/**
 * The `/tech-design` command: a maintainer asks, on a pull request (regenerate its design) or an
 * issue (design the ticket). Permission comes from the collaborator-permission endpoint, and
 * anyone else gets one short reply and nothing more.
 */
import { createIssueComment, listIssueComments } from '../adapters/github/issue-comments.js'
import { getPullRequest } from '../adapters/github/pull-request.js'
import { viewerLogin } from '../adapters/github/viewer.js'
import { failureFields } from '../action/failed-outcome.js'
import { secretInputs } from '../action/secrets.js'
import type { RunOutcome } from '../action/outcome.js'
import {
  COMMENT_MARKERS,
  forkDesignComment,
  invalidCommandReply,
  permissionDeniedReply,
} from '../core/comments.js'
import { parseCommand, type ParsedCommand } from '../core/command.js'
import { meetsPermission } from '../core/permissions.js'
import { estimateCostUsd } from '../core/pricing.js'
import { generateDesign } from '../engine/generate.js'
import type { FlowDeps } from './deps.js'
import { designFromIssue, requireModelCredentials } from './issue.js'
import { makeDesign } from './make-design.js'
import { pullRequestBranch, pullRequestOutcome } from './pull-request.js'
import { loadPromptSources, loadRequirements } from './sources.js'
import { startTracker, type Tracker } from './tracker.js'

export interface CommandEvent {
  commentId: number
  body: string
  login: string
  number: number
  isPullRequest: boolean
  title: string
  issueBody: string
  defaultBranch: string
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readCommandEvent(payload: any): CommandEvent {
  const { comment, issue, repository } = payload ?? {}
  if (!comment?.id || !issue?.number)
    throw new Error('The event has no comment: is the workflow triggered by issue_comment?')
  return {
    commentId: comment.id,
    body: comment.body ?? '',
    login: comment.user?.login ?? '',
    number: issue.number,
    isPullRequest: Boolean(issue.pull_request),
    title: issue.title ?? '',
    issueBody: issue.body ?? '',
    defaultBranch: repository?.default_branch ?? 'main',
  }
}

export async function runCommandFlow(deps: FlowDeps, event: CommandEvent): Promise<RunOutcome> {
  const started = Date.now()
  const { gh, inputs } = deps
  const target = `${event.isPullRequest ? 'pull request' : 'issue'} #${event.number}`
  const skipped = (reason: string): RunOutcome => ({
    result: 'skipped',
    reason,
    designPath: inputs.designPath,
    openQuestions: [],
    durationMs: Date.now() - started,
  })

  const parsed = parseCommand(event.body, inputs.triggerPhrase)
  if (parsed.kind === 'none')
    return skipped(`The comment is not a ${inputs.triggerPhrase} command.`)
  const permission = await deps.permissions.of(event.login)
  if (!meetsPermission(permission, inputs.minPermission)) {
    const denied = `${event.login} has ${permission} permission; ${inputs.triggerPhrase} needs ${inputs.minPermission} or higher.`
    // Repeating the command must not make the bot repeat itself: one reply per window.
    const alreadySaid = await deniedRecently(deps, event.number).catch((error: unknown) => {
      // Not knowing costs one more short reply at worst: never a failed run.
      deps.log.warning(`Could not look for an earlier reply: ${String(error)}`)
      return false
    })
    if (alreadySaid) {
      return skipped(`${denied} The reply saying so was posted less than an hour ago.`)
    }
    await createIssueComment(
      gh,
      event.number,
      permissionDeniedReply({
        required: inputs.minPermission,
        actual: permission,
        triggerPhrase: inputs.triggerPhrase,
      }),
    )
    return skipped(denied)
  }
  if (parsed.kind === 'invalid') {
    await createIssueComment(
      gh,
      event.number,
      invalidCommandReply({ problem: parsed.problem, triggerPhrase: inputs.triggerPhrase }),
    )
    return skipped(`Invalid ${inputs.triggerPhrase} command: ${parsed.problem}`)
  }

  const tracker = await startTracker(deps, event, target)
  let outcome: RunOutcome
  try {
    outcome = event.isPullRequest
      ? await commandOnPullRequest(deps, event.number, event.defaultBranch, parsed.command, tracker)
      : await designFromIssue(
          deps,
          {
            ...event,
            body: event.issueBody,
            path: parsed.command.path,
            guidance: parsed.command.guidance,
            fromScratch: parsed.command.force || parsed.command.full,
            rewriteIntoTemplate: parsed.command.full && !parsed.command.force,
          },
          tracker,
        )
  } catch (error) {
    outcome = { ...skipped(''), result: 'failed', ...failureFields(error, secretInputs(inputs)) }
  }
  await tracker.finish(outcome)
  return outcome
}

/** How long one permission-denied reply stands for every later attempt on the same thread. */
const DENIED_REPLY_WINDOW_MS = 60 * 60 * 1000

/** Whether the action itself (never a look-alike) said "permission denied" here within the window. */
async function deniedRecently(deps: FlowDeps, number: number): Promise<boolean> {
  const since = new Date(Date.now() - DENIED_REPLY_WINDOW_MS)
  const [self, comments] = await Promise.all([
    viewerLogin(deps.gh),
    listIssueComments(deps.gh, number, since),
  ])
  return comments.some(
    (c) =>
      c.author.toLowerCase() === self.toLowerCase() &&
      Date.parse(c.createdAt) >= since.getTime() &&
      c.body.trimEnd().endsWith(COMMENT_MARKERS.permissionDenied),
  )
}

/** Regenerates a pull request's design because a person asked, even when nothing changed. */
export async function commandOnPullRequest(
  deps: FlowDeps,
  number: number,
  defaultBranch: string,
  command: ParsedCommand,
  tracker?: Tracker,
): Promise<RunOutcome> {
  const started = Date.now()
  const requirementsPath = command.path ?? deps.inputs.requirementsPath
  const scoped: FlowDeps = { ...deps, inputs: { ...deps.inputs, requirementsPath } }
  const pr = await getPullRequest(deps.gh, number)
  if (pr.state !== 'open') {
    return {
      result: 'skipped',
      reason: `Pull request #${number} is ${pr.state}.`,
      designPath: deps.inputs.designPath,
      openQuestions: [],
      durationMs: 0,
    }
  }
  requireModelCredentials(deps)
  const [requirements, prompt] = await Promise.all([
    loadRequirements(scoped, pr.headSha),
    loadPromptSources(scoped, defaultBranch),
  ])
  const source = {
    requirements,
    source: requirementsPath,
    requirementsAt: pr.headSha,
    guidance: command.guidance,
  }
  const repository = `${deps.ctx.repo.owner}/${deps.ctx.repo.repo}`
  if (pr.headRepo !== repository)
    return designForFork(scoped, number, pr.headRepo, source, prompt, tracker)

  const made = await makeDesign(scoped, source, prompt, pullRequestBranch(scoped, pr), {
    regenerate: true,
    fromScratch: command.force || command.full,
    rewriteIntoTemplate: command.full && !command.force,
    pullRequestNumber: number,
    onProgress: tracker?.progress,
  })
  return pullRequestOutcome(scoped, number, pr.headRef, made, started)
}

/**
 * A fork's branch is not ours to write: the design goes into a collapsed comment on the pull
 * request instead, with the reason, so the run ends green and useful.
 */
async function designForFork(
  deps: FlowDeps,
  number: number,
  headRepo: string,
  source: { requirements: string; source: string; guidance: string },
  prompt: Awaited<ReturnType<typeof loadPromptSources>>,
  tracker?: Tracker,
): Promise<RunOutcome> {
  const started = Date.now()
  const design = await generateDesign(
    { ...source, instructions: prompt.instructions, template: prompt.template },
    {
      model: deps.createModel(),
      onProgress: tracker?.progress,
      log: (m) => deps.log.info(m),
      maxInputTokens: deps.inputs.maxInputTokens,
    },
  )
  const reason = `Pull request #${number} comes from the fork ${headRepo}, whose branch this workflow cannot write to, so the design is in a comment instead.`
  await createIssueComment(
    deps.gh,
    number,
    forkDesignComment({ design: design.document, designPath: deps.inputs.designPath, reason }),
  )
  return {
    result: 'skipped',
    reason,
    designPath: deps.inputs.designPath,
    pullRequestNumber: number,
    openQuestions: design.openQuestions,
    usage: design.usage,
    model: design.model,
    modelCalls: design.modelCalls,
    costUsd: estimateCostUsd(design.usage, design.model),
    durationMs: Date.now() - started,
  }
}
