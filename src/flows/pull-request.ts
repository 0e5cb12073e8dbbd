/**
 * The main job: a pull request changes the requirements, and the design appears on its branch
 * with its open questions posted for review. Nothing a person did is lost on the way.
 */
import { getPullRequest } from '../adapters/github/pull-request-details.js'
import { listPullRequestFiles } from '../adapters/github/pull-request-files.js'
import { readReviewState } from '../adapters/github/review-state.js'
import { skipped, type FlowOutcome } from './outcome.js'
import { loosePayload, type PullRequestPayload } from './payloads.js'
import type { BranchTarget } from './steps/commit-design.js'
import type { FlowDeps } from './deps.js'
import { requireModelCredentials } from './issue.js'
import { everyLine, listedFiles, type ListedFiles } from './steps/listed-files.js'
import { describeQuestions, makeDesign, type MadeDesign } from './steps/make-design.js'
import { closedOutcome, publishQuestions, uncommittedOutcome } from './steps/publish-design.js'
import { whyPullRequestClosed } from './steps/still-open.js'
import type { ThreadsUpdated } from './steps/update-threads.js'
import {
  loadPromptSources,
  loadRequirements,
  loadTemplate,
  type PromptSources,
} from './steps/sources.js'
import { reportDesignCheck, reportFailedRun, type CheckPoint } from './steps/design-check.js'
import { plural } from '../text/wording.js'

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

export function readPullRequestEvent(payload: unknown): PullRequestEvent {
  const event = loosePayload<PullRequestPayload>(payload)
  const pr = event.pull_request
  if (!pr?.number || !pr.head?.sha)
    throw new Error('The event has no pull_request: is the workflow triggered by pull_request?')
  return {
    action: String(event.action ?? ''),
    number: pr.number,
    state: String(pr.state),
    draft: Boolean(pr.draft),
    headSha: pr.head.sha,
    headRef: pr.head.ref ?? '',
    headRepo: pr.head.repo?.full_name ?? '',
    baseRepo: pr.base?.repo?.full_name ?? event.repository?.full_name ?? '',
    defaultBranch: event.repository?.default_branch ?? pr.base?.repo?.default_branch ?? 'main',
  }
}

export async function runPullRequestFlow(
  deps: FlowDeps,
  event: PullRequestEvent,
): Promise<FlowOutcome> {
  const { settings, gh } = deps
  const skip = (reason: string) => skipped(settings.designPath, reason, event.number)

  if (!HANDLED_ACTIONS.has(event.action)) {
    return skip(
      `Pull request event "${event.action}" does not call for a design (handled: ${[...HANDLED_ACTIONS].join(', ')}).`,
    )
  }
  if (event.state !== 'open') return skip(`Pull request #${event.number} is ${event.state}.`)
  if (event.draft) {
    return skip(
      `Pull request #${event.number} is a draft; the design is made when it is marked ready for review.`,
    )
  }
  const files = await listPullRequestFiles(gh, event.number)
  // The listing holds the files the pull request adds: those are not read again.
  const listed = listedFiles(files, event.headSha)
  const at = { number: event.number, headSha: event.headSha, listed }
  if (!files.some((f) => f.filename === settings.requirementsPath && f.status !== 'removed')) {
    const outcome = skip(
      `Pull request #${event.number} does not change ${settings.requirementsPath}. (If the requirements live elsewhere, set the requirements-path input.)`,
    )
    // A gate must be reported on every pull request to be required; without one, a pull
    // request that leaves the requirements alone costs one request.
    if (settings.gate === 'off') return outcome
    return withDesignCheck(deps, outcome, {
      ...at,
      template: await loadTemplate(deps, event.defaultBranch),
    })
  }
  if (event.headRepo !== event.baseRepo) {
    const reason =
      `Pull request #${event.number} comes from the fork ${event.headRepo}, whose branch this workflow cannot write to` +
      (!deps.platform.missingCredentials
        ? ''
        : ' (and forks get no secrets, so there is no Anthropic API key)') +
      '. A maintainer can make the design on a branch of this repository.'
    return withDesignCheck(deps, skip(reason), {
      ...at,
      template: await loadTemplate(deps, event.defaultBranch),
      notUpdated: reason,
    })
  }

  let prompt: PromptSources | undefined
  try {
    requireModelCredentials(deps)
    let requirements: string
    ;[requirements, prompt] = await Promise.all([
      loadRequirements(deps, settings.requirementsPath, event.headSha, listed),
      loadPromptSources(deps, event.defaultBranch),
    ])
    const made = await makeDesign(
      deps,
      { requirements, source: settings.requirementsPath, requirementsAt: event.headSha },
      prompt,
      pullRequestBranch(
        deps,
        {
          number: event.number,
          headRepo: event.headRepo,
          headRef: event.headRef,
          headSha: event.headSha,
        },
        settings.requirementsPath,
        listed,
      ),
      { regenerate: false, fromScratch: false, pullRequestNumber: event.number },
    )
    return await pullRequestOutcome(
      deps,
      { number: event.number, branch: event.headRef, headSha: event.headSha },
      made,
      { template: prompt.template, requirements, listed },
    )
  } catch (error) {
    await reportFailedRun(deps, at, prompt?.template, error)
    throw error
  }
}

/** The branch of a pull request in this repository, as a place to commit to. */
export function pullRequestBranch(
  deps: FlowDeps,
  pr: { number: number; headRepo: string; headRef: string; headSha: string },
  requirementsPath: string,
  listed?: ListedFiles,
): BranchTarget {
  return {
    repository: pr.headRepo,
    branch: pr.headRef,
    headSha: pr.headSha,
    listed,
    readHead: async () => (await getPullRequest(deps.gh, pr.number)).headSha,
    readRequirements: (sha) => loadRequirements(deps, requirementsPath, sha),
    whyClosed: () => whyPullRequestClosed(deps, pr.number),
  }
}

/** Where a pull request's design was made: its number, branch and the head it was made at. */
export interface PullRequestHead {
  number: number
  branch: string
  headSha: string
}

/**
 * Posts the questions of a committed design and says what happened, for every outcome of
 * makeDesign, then sets the check on the head the run leaves behind.
 */
export async function pullRequestOutcome(
  deps: FlowDeps,
  pr: PullRequestHead,
  made: MadeDesign,
  known: {
    template: string
    /** The requirements the design was made from: those at the head. */
    requirements: string
    /** The pull request's listing before the design: tells whether the design is new to it. */
    listed?: ListedFiles
  },
): Promise<FlowOutcome> {
  const { designPath } = deps.settings
  const { number, branch } = pr
  const place = { designPath, branch, pullRequestNumber: number }
  const at = { number, template: known.template, requirements: known.requirements }
  if (made.status !== 'committed') {
    return withDesignCheck(deps, uncommittedOutcome(made, place), {
      ...at,
      headSha: pr.headSha,
      design: made.atHead,
      listed: known.listed,
      ...(made.status === 'not-committed' ? { notUpdated: made.reason } : {}),
    })
  }
  const review = await readReviewState(deps.gh, number)
  if (review.state !== 'OPEN') return closedOutcome(made, place, { number, state: review.state })
  // A design new to the pull request is all added lines: no second listing to find them.
  const isNew = known.listed?.newToPullRequest(designPath, made.before === 'absent') ?? false
  const { threads, questions } = await publishQuestions(
    deps,
    number,
    made,
    review,
    isNew ? everyLine(made.text) : undefined,
  )
  const created = made.before === 'absent'
  const outcome: FlowOutcome = {
    designPath,
    pullRequestNumber: number,
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
  }
  return withDesignCheck(deps, outcome, {
    ...at,
    headSha: made.commit.sha,
    design: made.text,
    threads: review.threads,
    ...(questions.review ? { reviewUrl: questions.review.url } : {}),
  })
}

/** The outcome with the check set on its commit: what the check said, or why it was not set. */
export async function withDesignCheck(
  deps: FlowDeps,
  outcome: FlowOutcome,
  point: CheckPoint,
): Promise<FlowOutcome> {
  const { check, coverage, note } = await reportDesignCheck(deps, point)
  const traceability = outcome.traceability ?? coverage
  return {
    ...outcome,
    ...(check ? { check } : {}),
    ...(traceability ? { traceability } : {}),
    ...(note ? { notes: [...(outcome.notes ?? []), note] } : {}),
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
    answered > 0 ? `${plural(answered, 'answered question')} taken in and resolved` : '',
    dropped > 0 ? `${plural(dropped, 'dropped question')} resolved` : '',
  ].filter(Boolean)
  return parts.length > 0 ? `${parts.join(', ')}.` : ''
}
