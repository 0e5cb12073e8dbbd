/**
 * GitHub's REST endpoints the action (and its tests) use, on the fake's state. Handlers are
 * keyed by the OpenAPI operation (method + path template) and return a status and JSON body;
 * errors are thrown as HttpError and get `documentation_url` and `status` from the server.
 */
import { authorize, forbiddenMessage, identityType } from './auth.js'
import type { JsonShapes } from './json.js'
import { DomainError } from './state.js'
import type {
  CheckRunInput,
  FakeCheckRun,
  FakeIssue,
  FakePull,
  FakeRepo,
  FakeReviewComment,
  FakeState,
  PermissionScope,
  ReactionContent,
  ReviewState,
  Side,
  TokenIdentity,
} from './state.js'

type Json = Record<string, unknown>

export interface RestRequest {
  method: string
  /** Path without any /api/v3 prefix or query string. */
  path: string
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  identity: TokenIdentity | undefined
  accept: string
}

export interface RestReply {
  status: number
  /** JSON body (omitted for 204). */
  body?: unknown
  /** A non-JSON body (raw file contents, diffs). */
  text?: string | Buffer
  contentType?: string
  headers?: Record<string, string>
}

export class HttpError extends Error {
  readonly status: number
  readonly errors?: unknown[]
  constructor(status: number, message: string, errors?: unknown[]) {
    super(message)
    this.status = status
    this.errors = errors
  }
}

export interface RestContext {
  state: FakeState
  shapes: JsonShapes
}

type Handler = (req: RestRequest, ctx: RestContext) => RestReply

const notFound = (): HttpError => new HttpError(404, 'Not Found')

function body(req: RestRequest): Json {
  return req.body && typeof req.body === 'object' && !Array.isArray(req.body)
    ? (req.body as Json)
    : {}
}

/** The repository of the request, if the token may `access` it through one of `scopes`. */
function repoFor(
  req: RestRequest,
  ctx: RestContext,
  scopes: PermissionScope[],
  access: 'read' | 'write',
): FakeRepo {
  const repo = ctx.state.repo(`${req.params.owner}/${req.params.repo}`)
  if (!repo) throw notFound()
  const verdict = authorize(ctx.state, req.identity, repo, scopes, access)
  if (verdict === 'not_found') throw notFound()
  if (verdict === 'unauthenticated') throw new HttpError(401, 'Requires authentication')
  if (verdict === 'forbidden') throw new HttpError(403, forbiddenMessage(req.identity))
  return repo
}

function pullFor(req: RestRequest, ctx: RestContext, repo: FakeRepo): FakePull {
  const pull = ctx.state.pull(repo.fullName, Number(req.params.pull_number))
  if (!pull) throw notFound()
  return pull
}

function login(req: RestRequest): string {
  if (!req.identity) throw new HttpError(401, 'Requires authentication')
  return req.identity.login
}

/** GitHub's page-based pagination: `per_page` (default 30, max 100), `page`, `link` header. */
export function paginate<T>(
  req: RestRequest,
  ctx: RestContext,
  items: T[],
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(req.query.per_page) || 30))
  const page = Math.max(1, Number(req.query.page) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number): string => {
    const query = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(n) })
    return `${ctx.shapes.urls.api}${req.path}?${query.toString()}`
  }
  const links: string[] = []
  if (page > 1) links.push(`<${link(Math.min(page - 1, last))}>; rel="prev"`)
  if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
  if (page > 1) links.push(`<${link(1)}>; rel="first"`)
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  }
}

function list<T>(
  req: RestRequest,
  ctx: RestContext,
  items: T[],
  toJson: (item: T) => unknown,
): RestReply {
  const { page, headers } = paginate(req, ctx, items)
  return { status: 200, body: page.map(toJson), headers }
}

const validationFailed = (errors: unknown[]): HttpError =>
  new HttpError(422, 'Validation Failed', errors)

// ------------------------------------------------------------------------------------ helpers

function resolveHead(
  ctx: RestContext,
  repo: FakeRepo,
  head: string,
  headRepo?: string,
): { repo?: FakeRepo; ref: string } {
  const colon = head.indexOf(':')
  if (headRepo) return { repo: ctx.state.repo(headRepo), ref: head.slice(colon + 1) }
  if (colon < 0) return { repo, ref: head }
  const owner = head.slice(0, colon).toLowerCase()
  const ref = head.slice(colon + 1)
  const candidates = [...ctx.state.repos.values()].filter((r) => r.owner.toLowerCase() === owner)
  const network = (r: FakeRepo): string => {
    let current = r
    while (current.parent) current = ctx.state.requireRepo(current.parent)
    return current.fullName
  }
  return { repo: candidates.find((r) => network(r) === network(repo)), ref }
}

function fullDiff(ctx: RestContext, pull: FakePull): string {
  const files = ctx.state.pullFiles(pull)
  const head = ctx.state.git.get(ctx.state.headSha(pull))!
  const base = ctx.state.git.mergeBase(ctx.state.baseSha(pull), head.sha)
  const before = base ? ctx.state.git.get(base)!.tree : new Map<string, Buffer>()
  const out: string[] = []
  for (const file of files) {
    const from = file.previous_filename ?? file.filename
    out.push(`diff --git a/${from} b/${file.filename}`)
    const oldBlob = before.get(from)
    const oldSha = oldBlob ? ctx.state.git.blobSha(oldBlob).slice(0, 7) : '0000000'
    const newBlob = head.tree.get(file.filename)
    const newSha = newBlob ? ctx.state.git.blobSha(newBlob).slice(0, 7) : '0000000'
    if (file.status === 'renamed') {
      out.push('similarity index 100%', `rename from ${from}`, `rename to ${file.filename}`)
      continue
    }
    if (file.status === 'added') out.push('new file mode 100644', `index ${oldSha}..${newSha}`)
    else if (file.status === 'removed')
      out.push('deleted file mode 100644', `index ${oldSha}..${newSha}`)
    else out.push(`index ${oldSha}..${newSha} 100644`)
    if (file.patch === undefined) {
      if (file.status !== 'added' || (newBlob?.length ?? 0) > 0)
        out.push(`Binary files a/${from} and b/${file.filename} differ`)
      continue
    }
    out.push(file.status === 'added' ? '--- /dev/null' : `--- a/${from}`)
    out.push(file.status === 'removed' ? '+++ /dev/null' : `+++ b/${file.filename}`)
    out.push(file.patch)
  }
  return out.length ? `${out.join('\n')}\n` : ''
}

const REVIEW_STATES: Record<string, ReviewState> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
}

/** A review comment placement failure, in the shape of the endpoint that hit it. */
function placementError(field: string, forReview: boolean): HttpError {
  if (forReview) {
    const messages: Record<string, string> = {
      path: "Pull request review thread path is invalid and Pull request review thread diff hunk can't be blank",
      line: "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank",
      start_line:
        'Pull request review thread start line must be part of the same hunk as the line.',
      commit: 'Pull request review thread end commit oid is not part of the pull request',
    }
    return new HttpError(422, 'Unprocessable Entity', [messages[field] ?? messages.line])
  }
  const errors: Record<string, Json> = {
    path: {
      resource: 'PullRequestReviewComment',
      code: 'custom',
      field: 'pull_request_review_thread.path',
      message: 'could not be resolved',
    },
    line: {
      resource: 'PullRequestReviewComment',
      code: 'custom',
      field: 'pull_request_review_thread.line',
      message: 'could not be resolved',
    },
    start_line: {
      resource: 'PullRequestReviewComment',
      code: 'custom',
      field: 'pull_request_review_thread.start_line',
      message: 'pull_request_review_thread.start_line must be part of the same hunk as the line.',
    },
    commit: {
      resource: 'PullRequestReviewComment',
      code: 'custom',
      field: 'pull_request_review_thread.end_commit_oid',
      message: 'pull_request_review_thread.end_commit_oid is not part of the pull request',
    },
  }
  return validationFailed([errors[field] ?? errors.line])
}

function place(
  ctx: RestContext,
  pull: FakePull,
  commitId: string,
  spec: Json,
  forReview: boolean,
): ReturnType<FakeState['placeComment']> {
  try {
    return ctx.state.placeComment(pull, commitId, {
      path: String(spec.path),
      line: spec.line as number | undefined,
      side: spec.side as Side | undefined,
      start_line: spec.start_line as number | undefined,
      start_side: spec.start_side as Side | undefined,
      position: spec.position as number | undefined,
      subject_type: spec.subject_type as 'line' | 'file' | undefined,
    })
  } catch (error) {
    if (error instanceof DomainError) throw placementError(error.message, forReview)
    throw error
  }
}

function issueOrPull(ctx: RestContext, repo: FakeRepo, number: number): FakeIssue | FakePull {
  const item = ctx.state.pull(repo.fullName, number) ?? ctx.state.issue(repo.fullName, number)
  if (!item) throw notFound()
  return item
}

function reactionContent(req: RestRequest): ReactionContent {
  return body(req).content as ReactionContent
}

function contentResponse(req: RestRequest, ctx: RestContext, repo: FakeRepo): RestReply {
  const refParam = req.query.ref
  const ref = refParam ?? repo.defaultBranch
  const sha = ctx.state.resolveRef(repo, ref)
  if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`)
  const tree = ctx.state.git.get(sha)!.tree
  const path = req.params.path!.replace(/^\/+|\/+$/g, '')
  const blob = path ? tree.get(path) : undefined
  const raw = /application\/vnd\.github(\.v3)?\.raw/.test(req.accept)
  if (blob) {
    if (raw) return { status: 200, text: blob, contentType: 'text/plain; charset=utf-8' }
    return { status: 200, body: ctx.shapes.content(repo, ref, path, blob, true) }
  }
  // A directory: its immediate children, files and directories.
  const prefix = path ? `${path}/` : ''
  const children = new Map<string, Buffer | undefined>()
  for (const [file, content] of tree) {
    if (!file.startsWith(prefix)) continue
    const rest = file.slice(prefix.length)
    const slash = rest.indexOf('/')
    if (slash < 0) children.set(rest, content)
    else if (!children.has(rest.slice(0, slash))) children.set(rest.slice(0, slash), undefined)
  }
  if (children.size === 0) throw notFound()
  const entries = [...children]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, content]) => ctx.shapes.content(repo, ref, `${prefix}${name}`, content, false))
  return { status: 200, body: entries }
}

// ------------------------------------------------------------------------------------ handlers

export const handlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['metadata'], 'read')
    return { status: 200, body: ctx.shapes.repo(repo, { full: true, viewer: req.identity?.login }) }
  },

  // -------------------------------------------------------------------------------- branches
  'GET /repos/{owner}/{repo}/branches/{branch}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    if (!repo.branches.has(req.params.branch!)) throw new HttpError(404, 'Branch not found')
    return { status: 200, body: ctx.shapes.branch(repo, req.params.branch!) }
  },
  'GET /repos/{owner}/{repo}/branches': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    const names = [...repo.branches.keys()].sort()
    return list(req, ctx, names, (name) => ({
      name,
      commit: {
        sha: repo.branches.get(name),
        url: `${ctx.shapes.urls.api}/repos/${repo.fullName}/commits/${repo.branches.get(name)}`,
      },
      protected: false,
    }))
  },
  'GET /repos/{owner}/{repo}/git/ref/{ref}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    const branch = req.params.ref!.replace(/^heads\//, '')
    if (!req.params.ref!.startsWith('heads/') || !repo.branches.has(branch)) throw notFound()
    return { status: 200, body: ctx.shapes.ref(repo, branch) }
  },
  'POST /repos/{owner}/{repo}/git/refs': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'write')
    const { ref, sha } = body(req) as { ref: string; sha: string }
    if (!/^refs\/heads\/.+/.test(ref))
      throw new HttpError(422, 'Reference name must start with refs/heads/ in this fake')
    const branch = ref.replace(/^refs\/heads\//, '')
    if (repo.branches.has(branch)) throw new HttpError(422, 'Reference already exists')
    const full = ctx.state.resolveRef(repo, sha)
    if (!full || full !== sha) throw new HttpError(422, 'Object does not exist')
    repo.branches.set(branch, full)
    return { status: 201, body: ctx.shapes.ref(repo, branch) }
  },
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'write')
    const { sha, force } = body(req) as { sha: string; force?: boolean }
    const branch = req.params.ref!.replace(/^(refs\/)?heads\//, '')
    if (!repo.branches.has(branch)) throw new HttpError(422, 'Reference does not exist')
    try {
      ctx.state.updateRef(repo, branch, sha, force === true, req.identity?.login)
    } catch (error) {
      if (error instanceof DomainError) throw new HttpError(422, error.message)
      throw error
    }
    return { status: 200, body: ctx.shapes.ref(repo, branch) }
  },
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'write')
    const branch = req.params.ref!.replace(/^(refs\/)?heads\//, '')
    if (!repo.branches.has(branch)) throw new HttpError(422, 'Reference does not exist')
    repo.branches.delete(branch)
    return { status: 204 }
  },

  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    const content = ctx.state.git.blobs.get(req.params.file_sha!.toLowerCase())
    if (!content) throw notFound()
    return { status: 200, body: ctx.shapes.blob(repo, req.params.file_sha!.toLowerCase(), content) }
  },
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    const sha = ctx.state.git.resolve(req.params.commit_sha!)
    if (!sha || sha !== req.params.commit_sha!.toLowerCase()) throw notFound()
    return { status: 200, body: ctx.shapes.gitCommit(repo, ctx.state.git.get(sha)!) }
  },

  // -------------------------------------------------------------------------------- commits
  'GET /repos/{owner}/{repo}/commits/{ref}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    const sha = ctx.state.resolveRef(repo, req.params.ref!)
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${req.params.ref}`)
    return { status: 200, body: ctx.shapes.commit(repo, ctx.state.git.get(sha)!) }
  },
  'GET /repos/{owner}/{repo}/commits': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    const sha = ctx.state.resolveRef(repo, req.query.sha ?? repo.defaultBranch)
    if (!sha) throw notFound()
    let commits = ctx.state.git.ancestors(sha).map((s) => ctx.state.git.get(s)!)
    const path = req.query.path
    if (path) {
      commits = commits.filter((c) => {
        const parent = c.parents[0] ? ctx.state.git.get(c.parents[0])!.tree.get(path) : undefined
        const now = c.tree.get(path)
        return (
          (parent === undefined) !== (now === undefined) || (parent && now && !parent.equals(now))
        )
      })
    }
    return list(req, ctx, commits, (c) => ctx.shapes.commit(repo, c))
  },

  // -------------------------------------------------------------------------------- contents
  'GET /repos/{owner}/{repo}/contents/{path}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'read')
    return contentResponse(req, ctx, repo)
  },
  'PUT /repos/{owner}/{repo}/contents/{path}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['contents'], 'write')
    const input = body(req) as { message: string; content: string; sha?: string; branch?: string }
    const branch = input.branch ?? repo.defaultBranch
    const head = repo.branches.get(branch)
    if (!head) throw new HttpError(404, `Branch ${branch} not found`)
    const path = req.params.path!
    const existing = ctx.state.git.get(head)!.tree.get(path)
    if (existing && input.sha === undefined)
      throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.')
    if (existing && input.sha !== ctx.state.git.blobSha(existing)) {
      throw new HttpError(409, `${path} does not match ${input.sha}`)
    }
    const commit = ctx.state.commitOnBranch(
      repo,
      branch,
      { [path]: Buffer.from(input.content, 'base64') },
      input.message,
      login(req),
    )
    const blob = commit.tree.get(path)!
    return {
      status: existing ? 200 : 201,
      body: {
        content: ctx.shapes.content(repo, branch, path, blob, false),
        commit: {
          sha: commit.sha,
          node_id: `C_kwDO${Buffer.from(commit.sha, 'hex').toString('base64url')}`,
          url: `${ctx.shapes.urls.api}/repos/${repo.fullName}/git/commits/${commit.sha}`,
          html_url: `${ctx.shapes.urls.web}/${repo.fullName}/commit/${commit.sha}`,
          author: { ...commit.author },
          committer: { ...commit.committer },
          message: commit.message,
          tree: {
            sha: commit.treeSha,
            url: `${ctx.shapes.urls.api}/repos/${repo.fullName}/git/trees/${commit.treeSha}`,
          },
          parents: commit.parents.map((sha) => ({
            sha,
            url: `${ctx.shapes.urls.api}/repos/${repo.fullName}/git/commits/${sha}`,
            html_url: `${ctx.shapes.urls.web}/${repo.fullName}/commit/${sha}`,
          })),
          verification: {
            verified: true,
            reason: 'valid',
            signature: null,
            payload: null,
            verified_at: commit.committer.date,
          },
        },
      },
    }
  },

  // --------------------------------------------------------------------------- pull requests
  'GET /repos/{owner}/{repo}/pulls': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const state = req.query.state ?? 'open'
    let pulls = ctx.state.pulls.filter(
      (p) => p.repo === repo.fullName && (state === 'all' || p.state === state),
    )
    if (req.query.head) {
      const { repo: headRepo, ref } = resolveHead(ctx, repo, req.query.head)
      pulls = pulls.filter(
        (p) => p.head.ref === ref && (!headRepo || p.head.repo === headRepo.fullName),
      )
    }
    if (req.query.base) pulls = pulls.filter((p) => p.base.ref === req.query.base)
    const ascending = req.query.direction === 'asc'
    pulls = [...pulls].sort((a, b) => (ascending ? a.number - b.number : b.number - a.number))
    return list(req, ctx, pulls, (p) => ctx.shapes.pull(p, false))
  },
  'POST /repos/{owner}/{repo}/pulls': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'write')
    const input = body(req) as {
      title?: string
      head: string
      head_repo?: string
      base: string
      body?: string
      draft?: boolean
      maintainer_can_modify?: boolean
    }
    const head = resolveHead(ctx, repo, input.head, input.head_repo)
    if (!head.repo || !head.repo.branches.has(head.ref)) {
      throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    }
    if (!repo.branches.has(input.base)) {
      throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    }
    const existing = ctx.state.pulls.find(
      (p) =>
        p.repo === repo.fullName &&
        p.state === 'open' &&
        p.head.repo === head.repo!.fullName &&
        p.head.ref === head.ref,
    )
    if (existing) {
      throw validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${head.repo.owner}:${head.ref}.`,
        },
      ])
    }
    const headSha = head.repo.branches.get(head.ref)!
    if (ctx.state.git.commitsBetween(repo.branches.get(input.base), headSha).length === 0) {
      throw validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${input.base} and ${input.head}`,
        },
      ])
    }
    if (!input.title)
      throw validationFailed([{ resource: 'PullRequest', code: 'missing_field', field: 'title' }])
    const pull = ctx.state.createPullRequest(repo.fullName, {
      head: head.ref,
      headRepo: head.repo.fullName,
      base: input.base,
      title: input.title,
      body: input.body ?? null,
      draft: input.draft,
      user: login(req),
      maintainerCanModify: input.maintainer_can_modify ?? head.repo !== repo,
    })
    return {
      status: 201,
      body: ctx.shapes.pull(pull),
      headers: { location: `${ctx.shapes.urls.api}/repos/${repo.fullName}/pulls/${pull.number}` },
    }
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const pull = pullFor(req, ctx, repo)
    if (/application\/vnd\.github(\.v3)?\.(diff|patch)/.test(req.accept)) {
      return { status: 200, text: fullDiff(ctx, pull), contentType: 'text/plain; charset=utf-8' }
    }
    return { status: 200, body: ctx.shapes.pull(pull) }
  },
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'write')
    const pull = pullFor(req, ctx, repo)
    const input = body(req) as {
      title?: string
      body?: string
      state?: 'open' | 'closed'
      base?: string
      maintainer_can_modify?: boolean
    }
    if (input.base !== undefined) {
      if (!repo.branches.has(input.base))
        throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
      pull.base.ref = input.base
    }
    if (input.title !== undefined) pull.title = input.title
    if (input.body !== undefined) pull.body = input.body
    if (input.maintainer_can_modify !== undefined)
      pull.maintainer_can_modify = input.maintainer_can_modify
    if (input.state !== undefined && input.state !== pull.state) {
      pull.state = input.state
      pull.closed_at = input.state === 'closed' ? ctx.state.now() : null
    }
    pull.updated_at = ctx.state.now()
    return { status: 200, body: ctx.shapes.pull(pull) }
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const pull = pullFor(req, ctx, repo)
    const headSha = ctx.state.headSha(pull)
    // GitHub lists at most 3000 files.
    const files = ctx.state.pullFiles(pull).slice(0, 3000)
    return list(req, ctx, files, (f) => ctx.shapes.diffEntry(repo, headSha, f))
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const pull = pullFor(req, ctx, repo)
    return list(req, ctx, ctx.state.pullCommits(pull), (c) => ctx.shapes.commit(repo, c))
  },

  // ------------------------------------------------------------------------- review comments
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const pull = pullFor(req, ctx, repo)
    const comments = visibleReviewComments(ctx, req, pull)
    if (req.query.direction === 'desc') comments.reverse()
    return list(req, ctx, comments, (c) => ctx.shapes.reviewComment(c))
  },
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'write')
    const pull = pullFor(req, ctx, repo)
    const input = body(req)
    if (input.in_reply_to !== undefined)
      return reply(req, ctx, pull, Number(input.in_reply_to), String(input.body))
    const commitId = String(input.commit_id)
    const placement = place(ctx, pull, commitId, input, false)
    const comment = ctx.state.addReviewComment(pull, {
      placement,
      path: String(input.path),
      body: String(input.body),
      login: login(req),
      commitId,
      reviewId: null,
    })
    // A lone review comment comes with a COMMENTED review of its own, as on GitHub.
    const review = ctx.state.addReview(pull, {
      body: '',
      state: 'COMMENTED',
      commitId,
      login: login(req),
    })
    comment.pull_request_review_id = review.id
    return { status: 201, body: ctx.shapes.reviewComment(comment) }
  },
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'write')
    const pull = pullFor(req, ctx, repo)
    return reply(req, ctx, pull, Number(req.params.comment_id), String(body(req).body))
  },
  'GET /repos/{owner}/{repo}/pulls/comments/{comment_id}': (req, ctx) => {
    repoFor(req, ctx, ['pull_requests'], 'read')
    return { status: 200, body: ctx.shapes.reviewComment(reviewCommentFor(req, ctx)) }
  },
  'PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}': (req, ctx) => {
    repoFor(req, ctx, ['pull_requests'], 'write')
    const comment = reviewCommentFor(req, ctx)
    requireAuthor(req, comment.user)
    comment.body = String(body(req).body)
    comment.updated_at = ctx.state.now()
    return { status: 200, body: ctx.shapes.reviewComment(comment) }
  },
  'DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}': (req, ctx) => {
    repoFor(req, ctx, ['pull_requests'], 'write')
    const comment = reviewCommentFor(req, ctx)
    requireAuthor(req, comment.user)
    ctx.state.deleteReviewComment(comment)
    return { status: 204 }
  },

  // --------------------------------------------------------------------------------- reviews
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const pull = pullFor(req, ctx, repo)
    const viewer = req.identity?.login.toLowerCase()
    const reviews = ctx.state.reviews.filter(
      (r) =>
        r.repo === pull.repo &&
        r.pullNumber === pull.number &&
        (r.state !== 'PENDING' || r.user.toLowerCase() === viewer),
    )
    return list(req, ctx, reviews, (r) => ctx.shapes.review(r))
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const pull = pullFor(req, ctx, repo)
    const review = ctx.state.reviews.find(
      (r) =>
        r.id === Number(req.params.review_id) &&
        r.repo === pull.repo &&
        r.pullNumber === pull.number,
    )
    if (!review) throw notFound()
    return { status: 200, body: ctx.shapes.review(review) }
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    const pull = pullFor(req, ctx, repo)
    const reviewId = Number(req.params.review_id)
    if (!ctx.state.reviews.some((r) => r.id === reviewId && r.repo === pull.repo)) throw notFound()
    const comments = ctx.state.reviewComments.filter((c) => c.pull_request_review_id === reviewId)
    return list(req, ctx, comments, (c) => ctx.shapes.reviewComment(c))
  },
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'write')
    const pull = pullFor(req, ctx, repo)
    const input = body(req) as {
      commit_id?: string
      body?: string
      event?: string
      comments?: Json[]
    }
    const author = login(req)
    const state: ReviewState = input.event ? REVIEW_STATES[input.event]! : 'PENDING'
    const own = author.toLowerCase() === pull.user.toLowerCase()
    if (own && state === 'APPROVED')
      throw new HttpError(422, 'Unprocessable Entity', ['Can not approve your own pull request'])
    if (own && state === 'CHANGES_REQUESTED') {
      throw new HttpError(422, 'Unprocessable Entity', [
        'Can not request changes on your own pull request',
      ])
    }
    if (
      state === 'PENDING' &&
      ctx.state.reviews.some(
        (r) =>
          r.repo === pull.repo &&
          r.pullNumber === pull.number &&
          r.state === 'PENDING' &&
          r.user.toLowerCase() === author.toLowerCase(),
      )
    ) {
      throw new HttpError(422, 'Unprocessable Entity', [
        'User can only have one pending review per pull request',
      ])
    }
    const commitId = input.commit_id ?? ctx.state.headSha(pull)
    // Every comment must land in the diff before anything is stored.
    const placements = (input.comments ?? []).map((c) => ({
      spec: c,
      placement: place(ctx, pull, commitId, c, true),
    }))
    const review = ctx.state.addReview(pull, {
      body: input.body ?? '',
      state,
      commitId,
      login: author,
    })
    for (const { spec, placement } of placements) {
      ctx.state.addReviewComment(pull, {
        placement,
        path: String(spec.path),
        body: String(spec.body),
        login: author,
        commitId,
        reviewId: review.id,
      })
    }
    pull.updated_at = ctx.state.now()
    return { status: 200, body: ctx.shapes.review(review) }
  },

  // ---------------------------------------------------------------------- issues and comments
  'POST /repos/{owner}/{repo}/issues': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues'], 'write')
    const input = body(req) as { title: string | number; body?: string }
    const issue = ctx.state.createIssue(repo.fullName, {
      title: String(input.title),
      body: input.body,
      user: login(req),
    })
    return { status: 201, body: ctx.shapes.issue(issue) }
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues', 'pull_requests'], 'read')
    return {
      status: 200,
      body: ctx.shapes.issue(issueOrPull(ctx, repo, Number(req.params.issue_number))),
    }
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues', 'pull_requests'], 'read')
    const item = issueOrPull(ctx, repo, Number(req.params.issue_number))
    let comments = ctx.state.issueComments.filter(
      (c) => c.repo === repo.fullName && c.issueNumber === item.number,
    )
    if (req.query.since) comments = comments.filter((c) => c.updated_at >= req.query.since!)
    return list(req, ctx, comments, (c) => ctx.shapes.issueComment(c))
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues', 'pull_requests'], 'write')
    const item = issueOrPull(ctx, repo, Number(req.params.issue_number))
    if (item.locked) throw new HttpError(403, 'Unable to create comment because issue is locked.')
    const comment = ctx.state.addIssueComment(
      repo.fullName,
      item.number,
      String(body(req).body),
      login(req),
    )
    item.updated_at = ctx.state.now()
    return {
      status: 201,
      body: ctx.shapes.issueComment(comment),
      headers: {
        location: `${ctx.shapes.urls.api}/repos/${repo.fullName}/issues/comments/${comment.id}`,
      },
    }
  },
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (req, ctx) => {
    repoFor(req, ctx, ['issues', 'pull_requests'], 'read')
    return { status: 200, body: ctx.shapes.issueComment(issueCommentFor(req, ctx)) }
  },
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (req, ctx) => {
    repoFor(req, ctx, ['issues', 'pull_requests'], 'write')
    const comment = issueCommentFor(req, ctx)
    requireAuthor(req, comment.user)
    comment.body = String(body(req).body)
    comment.updated_at = ctx.state.now()
    return { status: 200, body: ctx.shapes.issueComment(comment) }
  },
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (req, ctx) => {
    repoFor(req, ctx, ['issues', 'pull_requests'], 'write')
    const comment = issueCommentFor(req, ctx)
    requireAuthor(req, comment.user)
    ctx.state.issueComments.splice(ctx.state.issueComments.indexOf(comment), 1)
    return { status: 204 }
  },

  // ------------------------------------------------------------------------------- reactions
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues', 'pull_requests'], 'write')
    const comment = issueCommentFor(req, ctx)
    return react(req, ctx, repo, 'issue_comment', comment.id)
  },
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues', 'pull_requests'], 'read')
    return reactions(req, ctx, repo, 'issue_comment', issueCommentFor(req, ctx).id)
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues', 'pull_requests'], 'write')
    const item = issueOrPull(ctx, repo, Number(req.params.issue_number))
    return react(req, ctx, repo, 'issue', item.number)
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions': (req, ctx) => {
    const repo = repoFor(req, ctx, ['issues', 'pull_requests'], 'read')
    return reactions(
      req,
      ctx,
      repo,
      'issue',
      issueOrPull(ctx, repo, Number(req.params.issue_number)).number,
    )
  },
  'POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'write')
    return react(req, ctx, repo, 'review_comment', reviewCommentFor(req, ctx).id)
  },
  'GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions': (req, ctx) => {
    const repo = repoFor(req, ctx, ['pull_requests'], 'read')
    return reactions(req, ctx, repo, 'review_comment', reviewCommentFor(req, ctx).id)
  },

  // ------------------------------------------------------------------------------ check runs
  'POST /repos/{owner}/{repo}/check-runs': (req, ctx) => {
    const repo = checksWriter(req, ctx)
    const run = checkRule(() =>
      ctx.state.createCheckRun(repo, body(req) as CheckRunInput, req.identity!),
    )
    return { status: 201, body: ctx.shapes.checkRun(run) }
  },
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': (req, ctx) => {
    const repo = checksWriter(req, ctx)
    const run = checkRunFor(req, ctx, repo)
    checkRule(() => ctx.state.updateCheckRun(run, body(req) as CheckRunInput))
    return { status: 200, body: ctx.shapes.checkRun(run) }
  },
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['checks'], 'read')
    return { status: 200, body: ctx.shapes.checkRun(checkRunFor(req, ctx, repo)) }
  },
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': (req, ctx) => {
    const repo = repoFor(req, ctx, ['checks'], 'read')
    const run = checkRunFor(req, ctx, repo)
    return list(req, ctx, run.annotations, (a) => ctx.shapes.checkAnnotation(run, a))
  },
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': (req, ctx) => {
    const repo = repoFor(req, ctx, ['checks'], 'read')
    const sha = ctx.state.resolveRef(repo, req.params.ref!)
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${req.params.ref}`)
    // Newest first; "latest" keeps the most recently created run of each name.
    let runs = ctx.state.checkRuns.filter((r) => r.repo === repo.fullName && r.head_sha === sha)
    runs = [...runs].reverse()
    if ((req.query.filter ?? 'latest') === 'latest') {
      const seen = new Set<string>()
      runs = runs.filter((r) => {
        if (seen.has(r.name)) return false
        seen.add(r.name)
        return true
      })
    }
    const { check_name: name, status, app_id: appId } = req.query
    if (name !== undefined) runs = runs.filter((r) => r.name === name)
    if (status !== undefined) runs = runs.filter((r) => r.status === status)
    if (appId !== undefined) runs = runs.filter((r) => ctx.shapes.appId(r.app) === Number(appId))
    const { page, headers } = paginate(req, ctx, runs)
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: page.map((r) => ctx.shapes.checkRun(r)) },
      headers,
    }
  },

  // ----------------------------------------------------------------------------- permissions
  'GET /repos/{owner}/{repo}/collaborators/{username}': (req, ctx) => {
    const repo = repoFor(req, ctx, ['metadata'], 'read')
    const user = ctx.state.knownUser(req.params.username!)
    if (!user || !ctx.state.isCollaborator(repo, user.login)) throw notFound()
    return { status: 204 }
  },
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (req, ctx) => {
    const repo = repoFor(req, ctx, ['metadata'], 'read')
    const user = ctx.state.knownUser(req.params.username!)
    if (!user) throw notFound()
    return { status: 200, body: ctx.shapes.collaboratorPermission(repo, user.login) }
  },

  // ---------------------------------------------------------------------------------- users
  'GET /user': (req, ctx) => {
    const who = login(req)
    const user = ctx.state.user(who)
    if (user.type === 'Bot') throw new HttpError(403, forbiddenMessage(req.identity))
    const json = ctx.shapes.user(user)
    return {
      status: 200,
      body: {
        ...json,
        name: user.name,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z',
      },
    }
  },
  'GET /users/{username}': (req, ctx) => {
    const user = ctx.state.knownUser(req.params.username!)
    if (!user) throw notFound()
    return {
      status: 200,
      body: {
        ...ctx.shapes.user(user),
        name: user.name,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z',
      },
    }
  },
}

function visibleReviewComments(
  ctx: RestContext,
  req: RestRequest,
  pull: FakePull,
): FakeReviewComment[] {
  const viewer = req.identity?.login.toLowerCase()
  const pending = new Set(
    ctx.state.reviews
      .filter((r) => r.state === 'PENDING' && r.user.toLowerCase() !== viewer)
      .map((r) => r.id),
  )
  return ctx.state.reviewComments.filter(
    (c) =>
      c.repo === pull.repo &&
      c.pullNumber === pull.number &&
      (c.pull_request_review_id === null || !pending.has(c.pull_request_review_id)),
  )
}

function reply(
  req: RestRequest,
  ctx: RestContext,
  pull: FakePull,
  inReplyTo: number,
  text: string,
): RestReply {
  try {
    const review = ctx.state.addReview(pull, {
      body: '',
      state: 'COMMENTED',
      commitId: ctx.state.headSha(pull),
      login: login(req),
    })
    const comment = ctx.state.replyToReviewComment(pull, inReplyTo, text, login(req), review.id)
    return { status: 201, body: ctx.shapes.reviewComment(comment) }
  } catch (error) {
    if (error instanceof DomainError) {
      // Roll back the review created for the reply.
      ctx.state.reviews.pop()
      throw notFound()
    }
    throw error
  }
}

function reviewCommentFor(req: RestRequest, ctx: RestContext): FakeReviewComment {
  const id = Number(req.params.comment_id)
  const comment = ctx.state.reviewComments.find(
    (c) =>
      c.id === id &&
      c.repo.toLowerCase() === `${req.params.owner}/${req.params.repo}`.toLowerCase(),
  )
  if (!comment) throw notFound()
  return comment
}

function issueCommentFor(req: RestRequest, ctx: RestContext) {
  const id = Number(req.params.comment_id)
  const comment = ctx.state.issueComments.find(
    (c) =>
      c.id === id &&
      c.repo.toLowerCase() === `${req.params.owner}/${req.params.repo}`.toLowerCase(),
  )
  if (!comment) throw notFound()
  return comment
}

/** Editing someone else's comment needs more than the author's rights; the fake refuses it. */
function requireAuthor(req: RestRequest, author: string): void {
  if (login(req).toLowerCase() !== author.toLowerCase())
    throw new HttpError(403, forbiddenMessage(req.identity))
}

function react(
  req: RestRequest,
  ctx: RestContext,
  repo: FakeRepo,
  subject: 'issue' | 'issue_comment' | 'review_comment',
  id: number,
): RestReply {
  const { reaction, created } = ctx.state.addReaction(
    repo,
    subject,
    id,
    reactionContent(req),
    login(req),
  )
  return { status: created ? 201 : 200, body: ctx.shapes.reaction(reaction) }
}

function reactions(
  req: RestRequest,
  ctx: RestContext,
  repo: FakeRepo,
  subject: 'issue' | 'issue_comment' | 'review_comment',
  id: number,
): RestReply {
  const found = ctx.state.reactions.filter(
    (r) =>
      r.repo === repo.fullName &&
      r.subject === subject &&
      r.subjectId === id &&
      (!req.query.content || r.content === req.query.content),
  )
  return list(req, ctx, found, (r) => ctx.shapes.reaction(r))
}

/**
 * The repository, for a token that may write check runs: only GitHub Apps can (a personal
 * access token is refused whatever its scopes), and only with `checks: write`.
 */
function checksWriter(req: RestRequest, ctx: RestContext): FakeRepo {
  if (req.identity && identityType(req.identity) === 'User') {
    repoFor(req, ctx, ['metadata'], 'read')
    throw new HttpError(403, 'You must authenticate via a GitHub App.')
  }
  return repoFor(req, ctx, ['checks'], 'write')
}

function checkRunFor(req: RestRequest, ctx: RestContext, repo: FakeRepo): FakeCheckRun {
  const id = Number(req.params.check_run_id)
  const run = ctx.state.checkRuns.find((r) => r.id === id && r.repo === repo.fullName)
  if (!run) throw notFound()
  return run
}

/** A check run rule that failed, as GitHub's 422. */
function checkRule<T>(apply: () => T): T {
  try {
    return apply()
  } catch (error) {
    if (error instanceof DomainError) throw new HttpError(422, error.message, error.errors)
    throw error
  }
}
