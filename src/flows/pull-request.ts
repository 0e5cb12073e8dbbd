/**
 * The main job: a pull request changes the requirements, and the design appears on its branch
 * with its open questions posted for review. Nothing a person did is lost on the way.
 */
import { readFileAt } from '../adapters/github/file-content.js'
import { createIssueComment, listIssueComments } from '../adapters/github/issue-comments.js'
import { getPullRequest } from '../adapters/github/pull-request.js'
import { listPullRequestFiles } from '../adapters/github/pull-request-files.js'
import type { RunOutcome } from '../action/outcome.js'
import { estimateCostUsd } from '../core/pricing.js'
import { designState, sha256, stampDesign } from '../core/provenance.js'
import { generateDesign } from '../engine/generate.js'
import { commitDesign } from './commit-design.js'
import type { FlowDeps } from './deps.js'
import { postQuestions } from './post-questions.js'
import { loadPromptSources, loadRequirements } from './sources.js'

/** Pull request actions that can bring new requirements, or a first chance to act on them. */
const HANDLED_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review'])

export interface PullRequestEvent {
  action: string
  number: number
  state: string
  draft: boolean
  headSha: string
  headRef: string
  /** "owner/repo" holding the branch; differs from the base repository for forks. */
  headRepo: string
  baseRepo: string
  defaultBranch: string
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readPullRequestEvent(payload: any): PullRequestEvent {
  const pr = payload?.pull_request
  if (!pr?.number || !pr.head?.sha)
    throw new Error('The event has no pull_request: is the workflow triggered by pull_request?')
  return {
    action: String(payload.action ?? ''),
    number: pr.number,
    state: pr.state,
    draft: Boolean(pr.draft),
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    headRepo: pr.head.repo?.full_name ?? '',
    baseRepo: pr.base?.repo?.full_name ?? payload.repository?.full_name ?? '',
    defaultBranch: payload.repository?.default_branch ?? pr.base?.repo?.default_branch ?? 'main',
  }
}

export async function runPullRequestFlow(
  deps: FlowDeps,
  event: PullRequestEvent,
): Promise<RunOutcome> {
  const started = Date.now()
  const { inputs, gh } = deps
  const base = { designPath: inputs.designPath, pullRequestNumber: event.number, openQuestions: [] }
  const skipped = (reason: string): RunOutcome => ({
    ...base,
    result: 'skipped',
    reason,
    durationMs: Date.now() - started,
  })

  if (!HANDLED_ACTIONS.has(event.action)) {
    return skipped(
      `Pull request event "${event.action}" does not call for a design (handled: ${[...HANDLED_ACTIONS].join(', ')}).`,
    )
  }
  if (event.state !== 'open') return skipped(`Pull request #${event.number} is ${event.state}.`)
  if (event.draft) {
    return skipped(
      `Pull request #${event.number} is a draft; the design is made when it is marked ready for review.`,
    )
  }
  const files = await listPullRequestFiles(gh, event.number)
  if (!files.some((f) => f.filename === inputs.requirementsPath && f.status !== 'removed')) {
    return skipped(`Pull request #${event.number} does not change ${inputs.requirementsPath}.`)
  }
  if (event.headRepo !== event.baseRepo) {
    return skipped(
      `Pull request #${event.number} comes from the fork ${event.headRepo}, whose branch this workflow cannot write to` +
        (inputs.anthropicApiKey
          ? ''
          : ' (and forks get no secrets, so there is no Anthropic API key)') +
        '. A maintainer can make the design on a branch of this repository.',
    )
  }
  if (!inputs.anthropicApiKey) {
    throw new Error(
      'The anthropic-api-key input is empty. Add your Anthropic API key as a repository secret (Settings → Secrets and variables → Actions, e.g. ANTHROPIC_API_KEY) and pass it: `anthropic-api-key: ${{ secrets.ANTHROPIC_API_KEY }}`.',
    )
  }

  const [requirements, prompt, current] = await Promise.all([
    loadRequirements(deps, event.headSha),
    loadPromptSources(deps, event.defaultBranch),
    readFileAt(gh, inputs.designPath, event.headSha),
  ])
  const currentText = current ? new TextDecoder().decode(current.bytes) : null
  const made = { requirements: sha256(requirements), prompt: prompt.hash, model: inputs.model }
  const state = designState(currentText, made)
  if (state === 'unchanged') {
    return {
      ...base,
      result: 'unchanged',
      reason: `${inputs.designPath} is already the design of these requirements, template and model; nothing to do.`,
      durationMs: Date.now() - started,
    }
  }
  if (state === 'edited') {
    await tellOnce(
      deps,
      event.number,
      editedNotice(deps, current?.sha ?? ''),
      `edited:${current?.sha}`,
    )
    return skipped(
      `${inputs.designPath} on ${event.headRef} was edited by a person since the action last wrote it, so it was not overwritten. To regenerate it, delete the file on the branch (or restore the action's version).`,
    )
  }

  deps.log.info(
    `Designing from ${inputs.requirementsPath} at ${event.headSha.slice(0, 7)} with ${inputs.model}.`,
  )
  const design = await generateDesign(
    {
      requirements,
      source: inputs.requirementsPath,
      instructions: prompt.instructions,
      template: prompt.template,
    },
    {
      model: deps.createModel(),
      onProgress: ({ phase, outputTokens, section }) =>
        deps.log.info(
          `${phase}: ${outputTokens.toLocaleString('en-US')} tokens${section ? `, at "${section}"` : ''}`,
        ),
      log: (message) => deps.log.info(message),
    },
  )
  const stamped = stampDesign(design.document, made)
  const spent = {
    openQuestions: design.openQuestions,
    usage: design.usage,
    model: design.model,
    modelCalls: design.modelCalls,
    costUsd: estimateCostUsd(design.usage, design.model),
  }

  const committed = await commitDesign(
    deps,
    {
      repository: event.headRepo,
      branch: event.headRef,
      headSha: event.headSha,
      readHead: async () => (await getPullRequest(gh, event.number)).headSha,
      readRequirements: (sha) => loadRequirements(deps, sha),
    },
    { stamped, requirements, inputs: made },
    {
      headline: `docs: ${state === 'absent' ? 'add' : 'update'} technical design for ${inputs.requirementsPath}`,
      body: `Generated by tech-design-action with ${design.model} from ${inputs.requirementsPath} at ${event.headSha.slice(0, 7)}.`,
    },
  )
  if (!committed.committed) return { ...skipped(committed.reason), ...spent }

  const questions = await postQuestions(
    deps,
    { pullRequestNumber: event.number, commitSha: committed.commit.sha },
    design.openQuestions,
  )
  const asked =
    design.openQuestions.length === 0
      ? 'It has no open questions.'
      : `${design.openQuestions.length} open question${design.openQuestions.length === 1 ? '' : 's'}` +
        (questions.posted > 0 ? `, ${questions.posted} posted for review` : '') +
        (questions.alreadyPosted > 0
          ? `, ${questions.alreadyPosted} already in review threads`
          : '') +
        '.'
  return {
    ...base,
    ...spent,
    result: state === 'absent' ? 'created' : 'updated',
    reason: `${state === 'absent' ? 'Created' : 'Updated'} ${inputs.designPath} on ${event.headRef}. ${asked}`,
    commitSha: committed.commit.sha,
    commitUrl: committed.commit.url,
    reviewUrl: questions.review?.url,
    questionsPosted: questions.posted,
    durationMs: Date.now() - started,
  }
}

function editedNotice(deps: FlowDeps, blobSha: string): string {
  const { designPath } = deps.inputs
  return [
    `**Technical design not updated.** \`${designPath}\` was changed by hand since the action last wrote it, so the action left it as it is: your edit is kept.`,
    '',
    `To have the action regenerate it from the requirements, delete \`${designPath}\` on this branch (or restore the action's last version) and push.`,
    '',
    `<!-- tech-design-notice: edited:${blobSha} -->`,
  ].join('\n')
}

/** Posts a notice once: a notice with the same key is never repeated on later pushes. */
async function tellOnce(deps: FlowDeps, number: number, body: string, key: string): Promise<void> {
  const marker = `<!-- tech-design-notice: ${key} -->`
  const comments = await listIssueComments(deps.gh, number)
  if (comments.some((c) => c.body.includes(marker))) return
  await createIssueComment(deps.gh, number, body)
}
