/**
 * Webhook payloads for the action's events, built from GitHub's real examples
 * (`@octokit/webhooks-examples`) with repository, numbers, refs, shas, users and sender taken
 * from the fake's state, so an action reading the event sees the same data the API serves.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { FakeGitHub } from '../github-server.js'
import { JsonShapes } from './json.js'

type Json = Record<string, unknown>

interface ExampleGroup {
  name: string
  examples: Json[]
}

let examplesCache: ExampleGroup[] | undefined

function examples(): ExampleGroup[] {
  if (!examplesCache) {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json')
    examplesCache = JSON.parse(readFileSync(file, 'utf8')) as ExampleGroup[]
  }
  return examplesCache
}

/** The example for an event and action with the fewest extra keys (no installation/org). */
function example(event: string, action: string): Json {
  const group = examples().find((g) => g.name === event)
  const candidates = (group?.examples ?? []).filter((e) => e.action === action)
  const best = candidates.sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0]
  if (!best) throw new Error(`no ${event}.${action} example in @octokit/webhooks-examples`)
  return structuredClone(best)
}

const withoutExtras = (payload: Json): Json => {
  delete payload.installation
  delete payload.organization
  delete payload.enterprise
  return payload
}

export type PullRequestAction =
  | 'opened'
  | 'synchronize'
  | 'reopened'
  | 'edited'
  | 'closed'
  | 'ready_for_review'
  | 'converted_to_draft'
  | 'labeled'

export function pullRequestEvent(
  fake: FakeGitHub,
  options: {
    repo: string
    number: number
    action: PullRequestAction
    /** Default: the pull request's author. */
    sender?: string
    /** synchronize: the head before the push (default: the head commit's parent). */
    before?: string
  },
): Json {
  const pull = fake.state.pull(options.repo, options.number)
  if (!pull) throw new Error(`fake GitHub: no pull request ${options.repo}#${options.number}`)
  const shapes = shapesOf(fake)
  const base = example('pull_request', options.action === 'synchronize' ? 'synchronize' : 'opened')
  const payload = withoutExtras(base)
  payload.action = options.action
  payload.number = pull.number
  payload.pull_request = { ...(payload.pull_request as Json), ...shapes.pull(pull) }
  payload.repository = {
    ...(payload.repository as Json),
    ...shapes.repo(fake.state.requireRepo(pull.repo), { full: true }),
  }
  payload.sender = shapes.user(options.sender ?? pull.user)
  if (options.action === 'synchronize') {
    const after = fake.state.headSha(pull)
    payload.after = after
    payload.before = options.before ?? fake.state.git.get(after)?.parents[0] ?? after
  } else {
    delete payload.before
    delete payload.after
  }
  return payload
}

export function issueCommentEvent(
  fake: FakeGitHub,
  options: {
    repo: string
    number: number
    body: string
    login: string
    /** Emit `edited` (the comment is created with `from`, then edited to `body`). */
    edited?: boolean | { from: string }
  },
): Json {
  const state = fake.state
  const item = state.pull(options.repo, options.number) ?? state.issue(options.repo, options.number)
  if (!item)
    throw new Error(`fake GitHub: no issue or pull request ${options.repo}#${options.number}`)
  const shapes = shapesOf(fake)
  const edited = options.edited !== undefined && options.edited !== false
  const from =
    typeof options.edited === 'object' ? options.edited.from : `${options.body} (before edit)`
  const comment = state.addIssueComment(
    options.repo,
    options.number,
    edited ? from : options.body,
    options.login,
  )
  if (edited) {
    comment.body = options.body
    comment.updated_at = state.now()
  }
  const payload = withoutExtras(example('issue_comment', edited ? 'edited' : 'created'))
  payload.action = edited ? 'edited' : 'created'
  payload.issue = { ...(payload.issue as Json), ...shapes.issue(item) }
  if (!('head' in item)) delete (payload.issue as Json).pull_request
  payload.comment = { ...(payload.comment as Json), ...shapes.issueComment(comment) }
  payload.repository = {
    ...(payload.repository as Json),
    ...shapes.repo(state.requireRepo(item.repo), { full: true }),
  }
  payload.sender = shapes.user(options.login)
  if (edited) payload.changes = { body: { from } }
  else delete payload.changes
  return payload
}

export type ReviewCommentAction = 'created' | 'edited' | 'deleted'

/**
 * A `pull_request_review_comment` payload for a review comment already in the fake's state
 * (post it through the API or `state.addReviewComment`). `edited` with `body` stores the new
 * body first, so the API serves what the event says; `deleted` removes the comment from the
 * state, as GitHub has by the time the event arrives.
 */
export function pullRequestReviewCommentEvent(
  fake: FakeGitHub,
  options: {
    repo: string
    number: number
    commentId: number
    action: ReviewCommentAction
    /** edited: the new body, stored on the comment. */
    body?: string
    /** edited: the body before (default: the comment's body before `body` replaced it). */
    from?: string
    /** Default: the comment's author. */
    sender?: string
  },
): Json {
  const state = fake.state
  const pull = state.pull(options.repo, options.number)
  if (!pull) throw new Error(`fake GitHub: no pull request ${options.repo}#${options.number}`)
  const comment = state.reviewComments.find(
    (c) => c.id === options.commentId && c.repo === pull.repo && c.pullNumber === pull.number,
  )
  if (!comment) {
    throw new Error(
      `fake GitHub: no review comment ${options.commentId} on ${options.repo}#${options.number}`,
    )
  }
  const previous = comment.body
  if (options.action === 'edited' && options.body !== undefined) {
    comment.body = options.body
    comment.updated_at = state.now()
  }
  const shapes = shapesOf(fake)
  const payload = withoutExtras(example('pull_request_review_comment', options.action))
  payload.action = options.action
  const json: Json = { ...(payload.comment as Json), ...shapes.reviewComment(comment) }
  if (comment.subject_type === 'file') {
    // A comment on a whole file has no line: the example's line fields are not ours.
    for (const field of ['line', 'original_line', 'side', 'position'])
      if (field in json) json[field] = null
  }
  if (comment.in_reply_to_id === undefined) delete json.in_reply_to_id
  payload.comment = json
  payload.pull_request = { ...(payload.pull_request as Json), ...shapes.pull(pull, false) }
  payload.repository = {
    ...(payload.repository as Json),
    ...shapes.repo(state.requireRepo(pull.repo), { full: true }),
  }
  payload.sender = shapes.user(options.sender ?? comment.user)
  if (options.action === 'edited') payload.changes = { body: { from: options.from ?? previous } }
  else delete payload.changes
  if (options.action === 'deleted') state.deleteReviewComment(comment)
  return payload
}

/**
 * The environment of a workflow step for an event: writes the payload to `eventPath` and returns
 * the `GITHUB_*` variables (API URLs pointing at the fake, the token in INPUT_GITHUB-TOKEN too).
 */
export function actionsEnv(
  fake: FakeGitHub,
  options: {
    eventName: string
    payload: Json
    eventPath: string
    token?: string
    workspace?: string
  },
): Record<string, string> {
  writeFileSync(options.eventPath, JSON.stringify(options.payload, null, 2))
  const repository = (options.payload.repository as Json | undefined)?.full_name as string
  const pull = options.payload.pull_request as Json | undefined
  const issue = options.payload.issue as Json | undefined
  const number = (pull?.number ?? issue?.number) as number | undefined
  const headSha = ((pull?.head as Json | undefined)?.sha as string | undefined) ?? ''
  const sender = (options.payload.sender as Json | undefined)?.login as string | undefined
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: fake.graphqlUrl,
    GITHUB_SERVER_URL: fake.serverUrl,
    GITHUB_SHA:
      headSha ||
      (fake.state.repo(repository)
        ? (fake.state.repo(repository)!.branches.get(fake.state.repo(repository)!.defaultBranch) ??
          '')
        : ''),
    GITHUB_REF:
      pull && number
        ? `refs/pull/${number}/merge`
        : `refs/heads/${fake.state.repo(repository)?.defaultBranch ?? 'main'}`,
    GITHUB_ACTOR: sender ?? '',
    GITHUB_WORKFLOW: 'tech-design',
    GITHUB_JOB: 'design',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: 'tech-design-action',
  }
  if (pull) {
    env.GITHUB_HEAD_REF = String((pull.head as Json).ref)
    env.GITHUB_BASE_REF = String((pull.base as Json).ref)
  }
  if (options.workspace) env.GITHUB_WORKSPACE = options.workspace
  if (options.token) {
    env.GITHUB_TOKEN = options.token
    env['INPUT_GITHUB-TOKEN'] = options.token
  }
  return env
}

const shapesCache = new WeakMap<FakeGitHub, JsonShapes>()
function shapesOf(fake: FakeGitHub): JsonShapes {
  let shapes = shapesCache.get(fake)
  if (!shapes) {
    shapes = new JsonShapes(fake.state, { api: fake.url, web: fake.serverUrl })
    shapesCache.set(fake, shapes)
  }
  return shapes
}
