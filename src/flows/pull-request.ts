/**
 * The main job: a pull request changes the requirements, and the design appears on its branch
 * with its open questions posted for review. Nothing a person did is lost on the way.
 */
import { getPullRequest } from '../adapters/github/pull-request.js'
import { listPullRequestFiles } from '../adapters/github/pull-request-files.js'
import { readReviewState } from '../adapters/github/review-state.js'
import type { RunOutcome } from '../action/outcome.js'
import type { BranchTarget } from './commit-design.js'
import type { FlowDeps } from './deps.js'
import { requireModelCredentials } from './issue.js'
import { describeQuestions, makeDesign, type MadeDesign } from './make-design.js'
import { postQuestions } from './post-questions.js'
import { closedWhileWorking, whyPullRequestClosed } from './still-open.js'
import { updateQuestionThreads, type ThreadsUpdated } from './update-threads.js'
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
    return skipped(
      `Pull request #${event.number} does not change ${inputs.requirementsPath}. (If the requirements live elsewhere, set the requirements-path input.)`,
    )
  }
  if (event.headRepo !== event.baseRepo) {
    return skipped(
      `Pull request #${event.number} comes from the fork ${event.headRepo}, whose branch this workflow cannot write to` +
        (!deps.platform.missingCredentials
          ? ''
          : ' (and forks get no secrets, so there is no Anthropic API key)') +
        '. A maintainer can make the design on a branch of this repository.',
    )
  }
  requireModelCredentials(deps)

  const [requirements, prompt] = await Promise.all([
    loadRequirements(deps, event.headSha),
    loadPromptSources(deps, event.defaultBranch),
  ])
  const made = await makeDesign(
    deps,
    { requirements, source: inputs.requirementsPath, requirementsAt: event.headSha },
    prompt,
    pullRequestBranch(deps, {
      number: event.number,
      headRepo: event.headRepo,
      headRef: event.headRef,
      headSha: event.headSha,
    }),
    { regenerate: false, fromScratch: false, pullRequestNumber: event.number },
  )
  return pullRequestOutcome(deps, event.number, event.headRef, made, started)
}

/** The branch of a pull request in this repository, as a place to commit to. */
export function pullRequestBranch(
  deps: FlowDeps,
  pr: { number: number; headRepo: string; headRef: string; headSha: string },
): BranchTarget {
  return {
    repository: pr.headRepo,
    branch: pr.headRef,
    headSha: pr.headSha,
    readHead: async () => (await getPullRequest(deps.gh, pr.number)).headSha,
    readRequirements: (sha) => loadRequirements(deps, sha),
    whyClosed: () => whyPullRequestClosed(deps, pr.number),
  }
}

/** Posts the questions of a committed design and says what happened, for every outcome of makeDesign. */
export async function pullRequestOutcome(
  deps: FlowDeps,
  number: number,
  branch: string,
  made: MadeDesign,
  started: number,
): Promise<RunOutcome> {
  const { designPath } = deps.inputs
  const base = { designPath, pullRequestNumber: number, openQuestions: [], durationMs: 0 }
  const done = (outcome: RunOutcome): RunOutcome => ({
    ...outcome,
    durationMs: Date.now() - started,
  })
  switch (made.status) {
    case 'unchanged':
      return done({
        ...base,
        result: 'unchanged',
        reason: `${designPath} is already the design of these requirements, template and model; nothing to do.`,
      })
    case 'not-committed':
      return done({ ...base, ...made.spent, result: 'skipped', reason: made.reason })
    case 'identical':
      return done({
        ...base,
        ...made.spent,
        result: 'unchanged',
        reason: `The regenerated design is identical to ${designPath} on ${branch}; nothing to commit.`,
      })
    case 'committed': {
      const review = await readReviewState(deps.gh, number)
      if (review.state !== 'OPEN') {
        return done({
          ...base,
          ...made.spent,
          result: made.before === 'absent' ? 'created' : 'updated',
          reason: `${closedWhileWorking(number, review.state)} The design was committed in ${made.commit.sha.slice(0, 7)}; no questions were posted and no thread was changed.`,
          commitSha: made.commit.sha,
          commitUrl: made.commit.url,
        })
      }
      const commit = { number, commitSha: made.commit.sha }
      const threads = await updateQuestionThreads(
        deps,
        commit,
        made.threads,
        made.design.openQuestions,
      )
      const questions = await postQuestions(
        deps,
        { pullRequestNumber: number, commitSha: made.commit.sha },
        made.design.openQuestions,
        review,
      )
      const created = made.before === 'absent'
      return done({
        ...base,
        ...made.spent,
        result: created ? 'created' : 'updated',
        reason: [
          `${created ? 'Created' : 'Updated'} ${designPath} on ${branch}.`,
          revisionNote(made),
          describeQuestions(
            made.design.openQuestions.length,
            questions.posted,
            questions.alreadyPosted,
          ),
          threadNote(threads),
        ]
          .filter(Boolean)
          .join(' '),
        commitSha: made.commit.sha,
        commitUrl: made.commit.url,
        reviewUrl: questions.review?.url,
        questionsPosted: questions.posted,
      })
    }
  }
}

/** What a revision changed, and that people's edits were its base. */
export function revisionNote(made: {
  before: string
  design: { changedSections: string[] | null }
}): string {
  const sections = made.design.changedSections
  if (sections === null) return ''
  const changed = sections.length === 0 ? 'no section changed' : `revised: ${sections.join(', ')}`
  return `Incremental revision (${changed})${made.before === 'edited' ? ", on top of people's edits, which were kept" : ''}.`
}

function threadNote({ answered, dropped }: ThreadsUpdated): string {
  const parts = [
    answered > 0
      ? `${answered} answered question${answered === 1 ? '' : 's'} taken in and resolved`
      : '',
    dropped > 0 ? `${dropped} dropped question${dropped === 1 ? '' : 's'} resolved` : '',
  ].filter(Boolean)
  return parts.length > 0 ? `${parts.join(', ')}.` : ''
}
