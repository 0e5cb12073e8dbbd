/**
 * An issue is the requirements ticket: its design is committed to branch tech-design/issue-N
 * and arrives as a draft pull request, where its open questions wait for answers. Running it
 * again updates the same branch and pull request.
 */
import { ensureBranch, getBranchHead } from '../adapters/github/branches.js'
import { readFileAt } from '../adapters/github/file-content.js'
import { createIssueComment } from '../adapters/github/issue-comments.js'
import { findOpenPullRequest, openPullRequest } from '../adapters/github/open-pull-request.js'
import { readReviewState } from '../adapters/github/review-state.js'
import type { FlowOutcome } from './outcome.js'
import { issueReply } from '../github-text/comments.js'
import { checkRequirementsText, decodeRequirements } from '../document/requirements.js'
import { safeForGitHub } from '../github-text/sanitize.js'
import type { FlowDeps } from './deps.js'
import { describeQuestions, makeDesign } from './steps/make-design.js'
import { closedOutcome, publishQuestions, uncommittedOutcome } from './steps/publish-design.js'
import { whyPullRequestClosed } from './steps/still-open.js'
import { loadPromptSources } from './steps/sources.js'
import type { Tracker } from './steps/tracker.js'

export interface IssueRequest {
  number: number
  title: string
  body: string
  defaultBranch: string
  /** `/tech-design PATH`: design from this file on the default branch instead of the issue's text. */
  path?: string | null
  guidance: string
  /** `--force` / `--full`: a whole new design instead of a revision. */
  fromScratch: boolean
  /** `--full`: a design that departs from the template is rewritten into it. */
  rewriteIntoTemplate?: boolean
}

const issueBranch = (number: number): string => `tech-design/issue-${number}`

export async function designFromIssue(
  deps: FlowDeps,
  issue: IssueRequest,
  tracker?: Tracker,
): Promise<FlowOutcome> {
  const { gh, settings } = deps
  requireModelCredentials(deps)

  const [source, prompt, defaultHead] = await Promise.all([
    issueRequirements(deps, issue),
    loadPromptSources(deps, issue.defaultBranch),
    getBranchHead(gh, issue.defaultBranch),
  ])
  if (!defaultHead) throw new Error(`The default branch ${issue.defaultBranch} does not exist.`)
  const branch = issueBranch(issue.number)
  const head = await ensureBranch(gh, branch, defaultHead)
  const existing = await findOpenPullRequest(gh, branch)
  const repository = `${deps.run.repo.owner}/${deps.run.repo.repo}`
  const made = await makeDesign(
    deps,
    { ...source, guidance: issue.guidance },
    prompt,
    {
      repository,
      branch,
      headSha: head,
      readHead: async () => (await getBranchHead(gh, branch)) ?? head,
      // The requirements live in the issue, not on the branch: a push there does not change them.
      readRequirements: async () => source.requirements,
      whyClosed: async () => (existing ? whyPullRequestClosed(deps, existing.number) : null),
    },
    {
      regenerate: true,
      fromScratch: issue.fromScratch,
      rewriteIntoTemplate: issue.rewriteIntoTemplate,
      pullRequestNumber: existing?.number,
      onProgress: tracker?.progress,
    },
  )
  const place = { designPath: settings.designPath, branch }
  if (made.status !== 'committed') return uncommittedOutcome(made, place)

  // A pull request opened by this run has no review yet.
  const review = existing
    ? await readReviewState(gh, existing.number)
    : { state: 'OPEN' as const, threads: [], ownReviews: [] }
  if (existing && review.state !== 'OPEN') {
    return closedOutcome(made, place, { number: existing.number, state: review.state })
  }
  const pull =
    existing ??
    (await openPullRequest(gh, {
      head: branch,
      base: issue.defaultBranch,
      title: `Technical design: ${safeForGitHub(issue.title)}`,
      body: [
        `The technical design for #${issue.number}, made from the issue by tech-design-action.`,
        '',
        `Open questions are review comments on ${'`'}${settings.designPath}${'`'}: answer them in their threads. Comment \`${settings.triggerPhrase}\` on the issue to regenerate the design.`,
      ].join('\n'),
      draft: true,
    }))
  const { questions } = await publishQuestions(deps, pull.number, made, review)
  await createIssueComment(
    gh,
    issue.number,
    issueReply({
      pullRequestUrl: pull.url,
      pullRequestNumber: pull.number,
      questions: made.design.openQuestions.length,
      updated: existing !== null,
    }),
  )
  const created = made.before === 'absent'
  return {
    designPath: settings.designPath,
    ...made.spent,
    result: created ? 'created' : 'updated',
    reason: `${created ? 'Created' : 'Updated'} the design for issue #${issue.number} in pull request #${pull.number}. ${describeQuestions(made.design.openQuestions.length, questions.posted, questions.alreadyPosted)}`,
    pullRequestNumber: pull.number,
    pullRequestUrl: pull.url,
    commitSha: made.commit.sha,
    commitUrl: made.commit.url,
    reviewUrl: questions.review?.url,
    questionsPosted: questions.posted,
  }
}

/**
 * The issue's title and body. A PATH in the command, or an empty body, takes the requirements
 * from that file (by default the requirements-path input) on the default branch instead.
 */
async function issueRequirements(
  deps: FlowDeps,
  issue: IssueRequest,
): Promise<{ requirements: string; source: string }> {
  const { maxInputTokens } = deps.settings
  if (!issue.path && issue.body.trim() !== '') {
    const source = `issue #${issue.number}`
    const text = `# ${issue.title}\n\n${issue.body.replace(/\r\n?/g, '\n').trim()}\n`
    return { requirements: checkRequirementsText(text, { source, maxInputTokens }), source }
  }
  const path = issue.path ?? deps.settings.requirementsPath
  const file = await readFileAt(deps.gh, path, issue.defaultBranch, maxInputTokens * 4)
  if (!file) {
    throw new Error(
      issue.path
        ? `${path} is not on ${issue.defaultBranch}. Commit it there, or name another file in the command.`
        : `Issue #${issue.number} has no description, and ${path} is not on ${issue.defaultBranch}. Write the requirements in the issue's description and run the command again.`,
    )
  }
  return {
    requirements: decodeRequirements(file.bytes, { source: path, maxInputTokens }),
    source: `${path} (for issue #${issue.number})`,
  }
}

/** Stops before any work when the model could not be called (no key and no gateway). */
export function requireModelCredentials(deps: FlowDeps): void {
  if (deps.platform.missingCredentials) throw new Error(deps.platform.missingCredentials)
}
