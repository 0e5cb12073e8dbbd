/**
 * The `/tech-design` command: a maintainer asks, on a pull request (regenerate its design) or an
 * issue (design the ticket). Permission comes from the collaborator-permission endpoint, and
 * anyone else gets one short reply and nothing more.
 */
import { createIssueComment, listIssueComments } from '../adapters/github/issue-comments.js'
import { getPullRequest } from '../adapters/github/pull-request-details.js'
import { viewerLogin } from '../adapters/github/viewer.js'
import { failureFields } from './failed-outcome.js'
import { skipped, type FlowOutcome } from './outcome.js'
import { loosePayload, type IssueCommentPayload } from './payloads.js'
import {
  COMMENT_MARKERS,
  forkDesignComment,
  invalidCommandReply,
  permissionDeniedReply,
} from '../github-text/comments.js'
import { parseCommand, type ParsedCommand } from '../github-text/command.js'
import { meetsPermission } from '../config/permissions.js'
import { estimateCostUsd } from '../config/pricing.js'
import { generateDesign } from '../engine/generate.js'
import type { FlowDeps } from './deps.js'
import { designFromIssue, requireModelCredentials } from './issue.js'
import { makeDesign } from './steps/make-design.js'
import { pullRequestBranch, pullRequestOutcome, withDesignCheck } from './pull-request.js'
import { reportFailedRun } from './steps/design-check.js'
import { loadPromptSources, loadRequirements, type PromptSources } from './steps/sources.js'
import { spendLimits } from './steps/spend.js'
import { startTracker, type Tracker } from './steps/tracker.js'

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

export function readCommandEvent(payload: unknown): CommandEvent {
  const { comment, issue, repository } = loosePayload<IssueCommentPayload>(payload)
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

export async function runCommandFlow(deps: FlowDeps, event: CommandEvent): Promise<FlowOutcome> {
  const { gh, settings } = deps
  const { triggerPhrase, minPermission } = settings
  const target = `${event.isPullRequest ? 'pull request' : 'issue'} #${event.number}`
  const skip = (reason: string) => skipped(settings.designPath, reason)

  const parsed = parseCommand(event.body, triggerPhrase)
  if (parsed.kind === 'none') return skip(`The comment is not a ${triggerPhrase} command.`)
  const permission = await deps.permissions.of(event.login)
  if (!meetsPermission(permission, minPermission)) {
    const denied = `${event.login} has ${permission} permission; ${triggerPhrase} needs ${minPermission} or higher.`
    // Repeating the command must not make the bot repeat itself: one reply per window.
    const alreadySaid = await deniedRecently(deps, event.number).catch((error: unknown) => {
      // Not knowing costs one more short reply at worst: never a failed run.
      deps.log.warning(`Could not look for an earlier reply: ${String(error)}`)
      return false
    })
    if (alreadySaid) {
      return skip(`${denied} The reply saying so was posted less than an hour ago.`)
    }
    await createIssueComment(
      gh,
      event.number,
      permissionDeniedReply({ required: minPermission, actual: permission, triggerPhrase }),
    )
    return skip(denied)
  }
  if (parsed.kind === 'invalid') {
    await createIssueComment(
      gh,
      event.number,
      invalidCommandReply({ problem: parsed.problem, triggerPhrase }),
    )
    return skip(`Invalid ${triggerPhrase} command: ${parsed.problem}`)
  }

  const tracker = await startTracker(deps, event, target)
  let outcome: FlowOutcome
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
    outcome = { ...skip(''), result: 'failed', ...failureFields(error, deps.secrets) }
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
): Promise<FlowOutcome> {
  const requirementsPath = command.path ?? deps.settings.requirementsPath
  const pr = await getPullRequest(deps.gh, number)
  if (pr.state !== 'open') {
    return skipped(deps.settings.designPath, `Pull request #${number} is ${pr.state}.`)
  }
  const at = { number, headSha: pr.headSha }
  let prompt: PromptSources | undefined
  try {
    requireModelCredentials(deps)
    let requirements: string
    ;[requirements, prompt] = await Promise.all([
      loadRequirements(deps, requirementsPath, pr.headSha),
      loadPromptSources(deps, defaultBranch),
    ])
    const source = {
      requirements,
      source: requirementsPath,
      requirementsAt: pr.headSha,
      guidance: command.guidance,
    }
    const repository = `${deps.run.repo.owner}/${deps.run.repo.repo}`
    if (pr.headRepo !== repository) {
      const outcome = await designForFork(deps, number, pr.headRepo, source, prompt, tracker)
      return await withDesignCheck(deps, outcome, {
        ...at,
        template: prompt.template,
        requirements,
        notUpdated: outcome.reason,
      })
    }

    const made = await makeDesign(
      deps,
      source,
      prompt,
      pullRequestBranch(deps, pr, requirementsPath),
      {
        regenerate: true,
        fromScratch: command.force || command.full,
        rewriteIntoTemplate: command.full && !command.force,
        pullRequestNumber: number,
        onProgress: tracker?.progress,
      },
    )
    return await pullRequestOutcome(
      deps,
      { number, branch: pr.headRef, headSha: pr.headSha },
      made,
      { template: prompt.template, requirements },
    )
  } catch (error) {
    await reportFailedRun(deps, at, prompt?.template, error)
    throw error
  }
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
  prompt: PromptSources,
  tracker?: Tracker,
): Promise<FlowOutcome> {
  const { designPath, maxInputTokens } = deps.settings
  const design = await generateDesign(
    { ...source, instructions: prompt.instructions, template: prompt.template },
    {
      model: deps.createModel(),
      onProgress: tracker?.progress,
      log: (m) => deps.log.info(m),
      maxInputTokens,
      // A fork's design is never committed, so no stamp carries what its pull request spent.
      spendLimits: spendLimits(deps, 0),
    },
  )
  const reason = `Pull request #${number} comes from the fork ${headRepo}, whose branch this workflow cannot write to, so the design is in a comment instead.`
  await createIssueComment(
    deps.gh,
    number,
    forkDesignComment({ design: design.document, designPath, reason }),
  )
  return {
    result: 'skipped',
    reason,
    designPath,
    pullRequestNumber: number,
    openQuestions: design.openQuestions,
    usage: design.usage,
    model: design.model,
    modelCalls: design.modelCalls,
    costUsd: estimateCostUsd(design.usage, design.model),
  }
}
