/**
 * One completed check run on a commit, with its output and annotations, in as few requests as
 * GitHub allows: the run is created with the first 50 annotations and the rest are appended by
 * updates of 50. A token that may not write checks is told apart (ChecksForbiddenError), so the
 * caller can go on without the check and say how to get it.
 */
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { clip } from '../../text/clip.js'
import { count } from '../../text/wording.js'
import type { GitHub } from './client.js'
import { explainGitHubError, GitHubError, statusOf } from './errors.js'

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'action_required'
export type AnnotationLevel = 'notice' | 'warning' | 'failure'

/** A remark on lines of a file (1-based, inclusive), shown on the diff and in the checks tab. */
export interface CheckAnnotation {
  path: string
  startLine: number
  endLine: number
  level: AnnotationLevel
  message: string
  title?: string
}

export interface CheckRunInput {
  name: string
  headSha: string
  conclusion: CheckConclusion
  title: string
  /** Markdown. */
  summary: string
  /** Markdown, below the summary. */
  text?: string
  detailsUrl?: string
  annotations: CheckAnnotation[]
}

export interface CheckRunRef {
  id: number
  /** The check run on the web. */
  url: string
  /** Annotations the run holds. */
  annotations: number
  /** Annotations left out over MAX_ANNOTATIONS (the least severe go first). */
  omitted: number
}

/** GitHub takes at most this many annotations in one request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** More than a reader goes through: 10 requests at most. */
export const MAX_ANNOTATIONS = 500
/** GitHub's limit on the summary and on the text, in characters. */
export const OUTPUT_MAX_CHARS = 65_535
/** GitHub's limit on an annotation's title; the run's title is held to it too. */
export const TITLE_MAX_CHARS = 255
/** An annotation's message may take 64 KB: this many characters fit it in any script. */
export const MESSAGE_MAX_CHARS = 16_000

/** How often a request that may have landed (5xx, no answer) is tried before giving up. */
const ATTEMPTS = 3

interface ApiAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: AnnotationLevel
  message: string
  title?: string
}

interface ApiOutput {
  title: string
  summary: string
  text?: string
  annotations: ApiAnnotation[]
}

export interface CheckRunPlan {
  /** The output the run is created with: the first batch of annotations. */
  output: ApiOutput
  /** Annotations appended afterwards, one update each. */
  batches: ApiAnnotation[][]
  omitted: number
}

const SEVERITY: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 }

/** At most `max` annotations, the most severe kept, in their own order. */
export function keepMostSevere(annotations: CheckAnnotation[], max: number): CheckAnnotation[] {
  if (annotations.length <= max) return annotations
  return annotations
    .map((annotation, index) => ({ annotation, index }))
    .sort(
      (a, b) => SEVERITY[a.annotation.level] - SEVERITY[b.annotation.level] || a.index - b.index,
    )
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.annotation)
}

/** GitHub refuses lines before 1 or an end before the start: such an annotation spans its start. */
function toApi(annotation: CheckAnnotation): ApiAnnotation {
  const start = Math.max(1, Math.floor(annotation.startLine))
  return {
    path: annotation.path,
    start_line: start,
    end_line: Math.max(start, Math.floor(annotation.endLine)),
    annotation_level: annotation.level,
    message: clip(annotation.message, MESSAGE_MAX_CHARS),
    ...(annotation.title ? { title: clip(annotation.title, TITLE_MAX_CHARS) } : {}),
  }
}

/** What is sent: the output within GitHub's limits, the annotations in batches of 50. */
export function planCheckRun(input: CheckRunInput): CheckRunPlan {
  const kept = keepMostSevere(input.annotations, MAX_ANNOTATIONS)
  const omitted = input.annotations.length - kept.length
  const note = omitted
    ? `\n\n${count(omitted)} of ${count(input.annotations.length)} annotations are not shown: only the ${count(kept.length)} most severe are.`
    : ''
  const annotations = kept.map(toApi)
  const batches: ApiAnnotation[][] = []
  for (let at = 0; at < annotations.length; at += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(at, at + ANNOTATIONS_PER_REQUEST))
  const output: ApiOutput = {
    title: clip(input.title, TITLE_MAX_CHARS),
    summary: clip(input.summary, OUTPUT_MAX_CHARS - note.length) + note,
    ...(input.text !== undefined ? { text: clip(input.text, OUTPUT_MAX_CHARS) } : {}),
    annotations: batches.shift() ?? [],
  }
  return { output, batches, omitted }
}

/** Why GitHub refused to write a check run. */
export type ChecksRefusal =
  /** The token lacks `checks: write` (or is read-only, as on a fork's pull request). */
  | 'missing-permission'
  /** A personal access token: only a GitHub App's token can create check runs. */
  | 'not-a-github-app'

/** GitHub answered 403 to writing the check run: the token may not, and retrying will not help. */
export class ChecksForbiddenError extends GitHubError {
  constructor(
    message: string,
    readonly reason: ChecksRefusal,
  ) {
    super(message, 403)
    this.name = 'ChecksForbiddenError'
  }
}

/** Whether the check could not be set for want of a token that may write checks. */
export function isChecksPermissionMissing(error: unknown): error is ChecksForbiddenError {
  return error instanceof ChecksForbiddenError
}

const FIX: Record<ChecksRefusal, string> = {
  'missing-permission':
    "the workflow token may not write checks. Add `checks: write` to the workflow's `permissions:`.",
  'not-a-github-app':
    "only a GitHub App's token can create check runs, and the github-token input is a personal " +
    "access token. Leave github-token at its default (the workflow's GITHUB_TOKEN, with " +
    '`checks: write` in its `permissions:`) or give it a GitHub App installation token.',
}

/** The notice for a run that went on without its check: what happened, and the fix. */
export function checksPermissionNotice(
  reason: ChecksRefusal = 'missing-permission',
  checkName?: string,
): string {
  const what = checkName
    ? `The "${checkName}" check was not set`
    : 'The check was not set on the pull request'
  return `${what}: ${FIX[reason]}`
}

/**
 * Creates the check run, completed, and appends the annotations past the first 50. Neither
 * request is retried blindly: after a failure that may have landed, the run is looked for (by
 * a unique external id) or its annotations counted, so a retry never sets the run, or a batch
 * of annotations, twice.
 */
export async function setCheckRun(
  gh: GitHub,
  input: CheckRunInput,
  retryDelayMs = 1000,
): Promise<CheckRunRef> {
  const plan = planCheckRun(input)
  const doing = `set the "${input.name}" check on ${input.headSha.slice(0, 7)}`
  try {
    const run = await create(gh, input, plan.output, retryDelayMs)
    let annotations = run.annotations
    for (const batch of plan.batches) {
      const output = { ...plan.output, annotations: batch }
      annotations = await append(gh, run.id, output, annotations, retryDelayMs)
    }
    return { id: run.id, url: run.url, annotations, omitted: plan.omitted }
  } catch (error) {
    throw explainCheckRunError(error, doing)
  }
}

interface CreatedRun {
  id: number
  url: string
  annotations: number
}

const mayHaveLanded = (error: unknown): boolean => {
  const status = statusOf(error)
  return status === undefined || status >= 500
}

async function create(
  gh: GitHub,
  input: CheckRunInput,
  output: ApiOutput,
  retryDelayMs: number,
): Promise<CreatedRun> {
  const externalId = randomUUID()
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await gh.octokit.rest.checks.create({
        ...gh.repo,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        external_id: externalId,
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output,
        request: { retries: 0 },
      })
      return { id: data.id, url: data.html_url ?? '', annotations: data.output.annotations_count }
    } catch (error) {
      if (!mayHaveLanded(error) || attempt >= ATTEMPTS) throw error
      await sleep(retryDelayMs * attempt)
      const landed = await findRun(gh, input, externalId)
      if (landed) return landed
    }
  }
}

async function findRun(
  gh: GitHub,
  input: CheckRunInput,
  externalId: string,
): Promise<CreatedRun | null> {
  const { data } = await gh.octokit.rest.checks.listForRef({
    ...gh.repo,
    ref: input.headSha,
    check_name: input.name,
    filter: 'all',
    per_page: 100,
  })
  const run = data.check_runs.find((r) => r.external_id === externalId)
  return run
    ? { id: run.id, url: run.html_url ?? '', annotations: run.output.annotations_count }
    : null
}

/** Appends one batch; returns how many annotations the run then holds. */
async function append(
  gh: GitHub,
  id: number,
  output: ApiOutput,
  before: number,
  retryDelayMs: number,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await gh.octokit.rest.checks.update({
        ...gh.repo,
        check_run_id: id,
        output,
        request: { retries: 0 },
      })
      return data.output.annotations_count
    } catch (error) {
      if (!mayHaveLanded(error) || attempt >= ATTEMPTS) throw error
      await sleep(retryDelayMs * attempt)
      const { data } = await gh.octokit.rest.checks.get({ ...gh.repo, check_run_id: id })
      const held = data.output.annotations_count
      if (held >= before + output.annotations.length) return held
    }
  }
}

/** A 403 that is not a rate limit is the token's: a ChecksForbiddenError naming the fix. */
function explainCheckRunError(error: unknown, doing: string): GitHubError {
  const explained = explainGitHubError(error, doing)
  if (explained.status !== 403 || /rate limit/i.test(explained.message)) return explained
  const said = clip(String((error as { message?: unknown }).message ?? '').split('\n')[0]!, 300)
  const reason: ChecksRefusal = /GitHub App/i.test(said) ? 'not-a-github-app' : 'missing-permission'
  return new ChecksForbiddenError(
    `Could not ${doing}: GitHub answered (403) "${said}"; ${FIX[reason]}`,
    reason,
  )
}
