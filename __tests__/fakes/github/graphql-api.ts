/**
 * GitHub's GraphQL API, the part the action needs: `createCommitOnBranch`, review threads
 * (`repository.pullRequest.reviewThreads` with their comments), `resolveReviewThread` and
 * `unresolveReviewThread`, plus the common reads around them (repository, refs, commits, viewer,
 * node, rateLimit). Types and field names are GitHub's; a field the schema below lacks is an
 * `undefinedField` error, as on GitHub.
 */
import { authorize, forbiddenMessage } from './auth.js'
import { execute, GraphQLFieldError, Schema } from './graphql.js'
import type { ExecutionResult, Resolved } from './graphql.js'
import type { FakeCommit } from './git.js'
import type { JsonShapes } from './json.js'
import { DomainError } from './state.js'
import type {
  FakePull,
  FakeRepo,
  FakeReview,
  FakeReviewComment,
  FakeState,
  FakeThread,
  PermissionScope,
  TokenIdentity,
} from './state.js'

const SDL = `
scalar DateTime
scalar URI
scalar GitObjectID
scalar GitTimestamp
scalar Base64String
scalar HTML
scalar BigInt

enum PullRequestState { OPEN CLOSED MERGED }
enum DiffSide { LEFT RIGHT }
enum PullRequestReviewThreadSubjectType { LINE FILE }
enum PullRequestReviewState { PENDING COMMENTED APPROVED CHANGES_REQUESTED DISMISSED }
enum PullRequestReviewCommentState { PENDING SUBMITTED }
enum CommentAuthorAssociation { MEMBER OWNER MANNEQUIN COLLABORATOR CONTRIBUTOR FIRST_TIME_CONTRIBUTOR FIRST_TIMER NONE }
enum GitSignatureState { VALID INVALID UNSIGNED UNKNOWN_KEY BAD_EMAIL UNVERIFIED_EMAIL NO_USER UNKNOWN_SIG_TYPE GPGVERIFY_ERROR GPGVERIFY_UNAVAILABLE NOT_SIGNING_KEY EXPIRED_KEY OCSP_PENDING OCSP_ERROR BAD_CERT OCSP_REVOKED }
enum RepositoryPermission { ADMIN MAINTAIN WRITE TRIAGE READ }
enum RepositoryVisibility { PRIVATE PUBLIC INTERNAL }

interface Node { id: ID! }
interface Actor { avatarUrl(size: Int): URI! login: String! resourcePath: URI! url: URI! }
interface RepositoryOwner { id: ID! avatarUrl(size: Int): URI! login: String! resourcePath: URI! url: URI! }
interface GitObject { id: ID! oid: GitObjectID! abbreviatedOid: String! commitUrl: URI! commitResourcePath: URI! repository: Repository! }
interface GitSignature { email: String! isValid: Boolean! payload: String! signature: String! signer: User state: GitSignatureState! wasSignedByGitHub: Boolean! }

type Query {
  repository(owner: String!, name: String!, followRenames: Boolean = true): Repository
  viewer: User!
  node(id: ID!): Node
  nodes(ids: [ID!]!): [Node]!
  rateLimit(dryRun: Boolean = false): RateLimit
}

type Mutation {
  createCommitOnBranch(input: CreateCommitOnBranchInput!): CreateCommitOnBranchPayload
  resolveReviewThread(input: ResolveReviewThreadInput!): ResolveReviewThreadPayload
  unresolveReviewThread(input: UnresolveReviewThreadInput!): UnresolveReviewThreadPayload
}

input CommittableBranch { branchName: String repositoryNameWithOwner: String id: ID }
input CommitMessage { headline: String! body: String }
input FileAddition { path: String! contents: Base64String! }
input FileDeletion { path: String! }
input FileChanges { additions: [FileAddition!] deletions: [FileDeletion!] }
input CreateCommitOnBranchInput { branch: CommittableBranch! clientMutationId: String expectedHeadOid: GitObjectID! fileChanges: FileChanges message: CommitMessage! }
input ResolveReviewThreadInput { clientMutationId: String threadId: ID! }
input UnresolveReviewThreadInput { clientMutationId: String threadId: ID! }

type CreateCommitOnBranchPayload { clientMutationId: String commit: Commit ref: Ref }
type ResolveReviewThreadPayload { clientMutationId: String thread: PullRequestReviewThread }
type UnresolveReviewThreadPayload { clientMutationId: String thread: PullRequestReviewThread }

type RateLimit { cost: Int! limit: Int! nodeCount: Int! remaining: Int! resetAt: DateTime! used: Int! }

type User implements Node & Actor & RepositoryOwner {
  id: ID! databaseId: Int login: String! name: String email: String! avatarUrl(size: Int): URI!
  resourcePath: URI! url: URI!
}
type Bot implements Node & Actor {
  id: ID! databaseId: Int login: String! avatarUrl(size: Int): URI! resourcePath: URI! url: URI!
}
type Organization implements Node & Actor & RepositoryOwner {
  id: ID! databaseId: Int login: String! name: String avatarUrl(size: Int): URI! resourcePath: URI! url: URI!
}

type Repository implements Node {
  id: ID! databaseId: Int name: String! nameWithOwner: String! owner: RepositoryOwner! url: URI!
  isPrivate: Boolean! isFork: Boolean! visibility: RepositoryVisibility! parent: Repository
  defaultBranchRef: Ref ref(qualifiedName: String!): Ref pullRequest(number: Int!): PullRequest
  object(oid: GitObjectID, expression: String): GitObject viewerPermission: RepositoryPermission
}

type Ref implements Node { id: ID! name: String! prefix: String! target: GitObject repository: Repository! }

type GitActor { avatarUrl(size: Int): URI! date: GitTimestamp email: String name: String user: User }

type GpgSignature implements GitSignature {
  email: String! isValid: Boolean! keyId: String payload: String! signature: String! signer: User
  state: GitSignatureState! wasSignedByGitHub: Boolean!
}

type Commit implements Node & GitObject {
  id: ID! oid: GitObjectID! abbreviatedOid: String! commitUrl: URI! commitResourcePath: URI!
  url: URI! resourcePath: URI! message: String! messageHeadline: String! messageBody: String!
  committedDate: DateTime! authoredDate: DateTime! author: GitActor committer: GitActor
  signature: GitSignature tree: Tree! repository: Repository! additions: Int! deletions: Int!
  changedFilesIfAvailable: Int
  parents(first: Int, after: String, last: Int, before: String): CommitConnection!
}
type Tree implements Node & GitObject {
  id: ID! oid: GitObjectID! abbreviatedOid: String! commitUrl: URI! commitResourcePath: URI! repository: Repository!
}
type CommitConnection { edges: [CommitEdge] nodes: [Commit] pageInfo: PageInfo! totalCount: Int! }
type CommitEdge { cursor: String! node: Commit }
type PageInfo { endCursor: String hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String }

type PullRequest implements Node {
  id: ID! databaseId: Int number: Int! title: String! body: String! url: URI! resourcePath: URI!
  state: PullRequestState! isDraft: Boolean! closed: Boolean! merged: Boolean! locked: Boolean!
  headRefName: String! headRefOid: GitObjectID! baseRefName: String! baseRefOid: GitObjectID!
  author: Actor authorAssociation: CommentAuthorAssociation! headRepository: Repository
  headRepositoryOwner: RepositoryOwner baseRepository: Repository repository: Repository!
  maintainerCanModify: Boolean! createdAt: DateTime! updatedAt: DateTime!
  additions: Int! deletions: Int! changedFiles: Int!
  reviewThreads(first: Int, after: String, last: Int, before: String): PullRequestReviewThreadConnection!
  reviews(first: Int, after: String, last: Int, before: String, author: String, states: [PullRequestReviewState!]): PullRequestReviewConnection
}
type PullRequestReviewConnection { edges: [PullRequestReviewEdge] nodes: [PullRequestReview] pageInfo: PageInfo! totalCount: Int! }
type PullRequestReviewEdge { cursor: String! node: PullRequestReview }
type PullRequestReviewThreadConnection { edges: [PullRequestReviewThreadEdge] nodes: [PullRequestReviewThread] pageInfo: PageInfo! totalCount: Int! }
type PullRequestReviewThreadEdge { cursor: String! node: PullRequestReviewThread }
type PullRequestReviewThread implements Node {
  id: ID! isResolved: Boolean! isOutdated: Boolean! isCollapsed: Boolean! path: String!
  line: Int originalLine: Int startLine: Int originalStartLine: Int diffSide: DiffSide!
  startDiffSide: DiffSide subjectType: PullRequestReviewThreadSubjectType! resolvedBy: User
  viewerCanResolve: Boolean! viewerCanUnresolve: Boolean! viewerCanReply: Boolean!
  pullRequest: PullRequest! repository: Repository!
  comments(first: Int, after: String, last: Int, before: String, skip: Int): PullRequestReviewCommentConnection!
}
type PullRequestReviewCommentConnection { edges: [PullRequestReviewCommentEdge] nodes: [PullRequestReviewComment] pageInfo: PageInfo! totalCount: Int! }
type PullRequestReviewCommentEdge { cursor: String! node: PullRequestReviewComment }
type PullRequestReviewComment implements Node {
  id: ID! databaseId: Int fullDatabaseId: BigInt body: String! bodyText: String! url: URI!
  resourcePath: URI! createdAt: DateTime! updatedAt: DateTime! publishedAt: DateTime author: Actor
  authorAssociation: CommentAuthorAssociation! replyTo: PullRequestReviewComment path: String!
  line: Int originalLine: Int startLine: Int originalStartLine: Int diffHunk: String!
  outdated: Boolean! commit: Commit originalCommit: Commit pullRequestReview: PullRequestReview
  pullRequest: PullRequest! repository: Repository! state: PullRequestReviewCommentState!
  subjectType: PullRequestReviewThreadSubjectType! viewerDidAuthor: Boolean!
}
type PullRequestReview implements Node {
  id: ID! databaseId: Int body: String! state: PullRequestReviewState! author: Actor
  submittedAt: DateTime url: URI! commit: Commit pullRequest: PullRequest!
  authorAssociation: CommentAuthorAssociation! viewerDidAuthor: Boolean!
}
`

let schemaCache: Schema | undefined
export const githubSchema = (): Schema => (schemaCache ??= new Schema(SDL))

interface Context {
  state: FakeState
  shapes: JsonShapes
  identity: TokenIdentity | undefined
}

const encodeCursor = (index: number): string => Buffer.from(`cursor:v2:${index}`).toString('base64')
const decodeCursor = (cursor: unknown): number => {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(String(cursor), 'base64').toString('utf8'))
  if (!match)
    throw new GraphQLFieldError(
      'INVALID_CURSOR_ARGUMENTS',
      `\`${String(cursor)}\` does not appear to be a valid cursor.`,
    )
  return Number(match[1])
}

function connection<T>(
  name: string,
  typeName: string,
  items: T[],
  args: Record<string, unknown>,
  toNode: (item: T) => Resolved,
): Resolved {
  const first = args.first as number | null | undefined
  const last = args.last as number | null | undefined
  if (first == null && last == null) {
    throw new GraphQLFieldError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    )
  }
  for (const [label, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && value > 100) {
      throw new GraphQLFieldError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${label}\` limit of 100 records.`,
      )
    }
  }
  let start = args.after != null ? decodeCursor(args.after) + 1 : 0
  start += typeof args.skip === 'number' ? args.skip : 0
  let end = args.before != null ? decodeCursor(args.before) : items.length
  end = Math.min(end, items.length)
  if (first != null) end = Math.min(end, start + first)
  if (last != null) start = Math.max(start, end - last)
  const window = items.slice(start, Math.max(start, end))
  const edges = window.map((item, i) => ({
    __typename: `${typeName}Edge`,
    cursor: encodeCursor(start + i),
    node: () => toNode(item),
  }))
  return {
    __typename: `${typeName}Connection`,
    totalCount: items.length,
    nodes: () => window.map(toNode),
    edges,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: window.length ? encodeCursor(start) : null,
      endCursor: window.length ? encodeCursor(start + window.length - 1) : null,
    },
  }
}

/** GraphQL builds its objects lazily from the fake's records. */
class Nodes {
  private readonly ctx: Context
  constructor(ctx: Context) {
    this.ctx = ctx
  }

  private get web(): string {
    return this.ctx.shapes.urls.web
  }

  actor(login: string | undefined): Resolved | null {
    if (!login) return null
    const user = this.ctx.state.user(login)
    // GraphQL names bots without the "[bot]" suffix REST uses.
    const shown = user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : user.login
    const path = user.type === 'Bot' ? `/apps/${shown}` : `/${shown}`
    return {
      __typename: user.type,
      id: user.node_id,
      databaseId: user.id,
      login: shown,
      name: user.name,
      email: user.type === 'User' ? '' : undefined,
      avatarUrl: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      resourcePath: path,
      url: `${this.web}${path}`,
    }
  }

  userOnly(login: string | undefined): Resolved | null {
    const actor = this.actor(login)
    return actor && actor.__typename === 'User' ? actor : null
  }

  repository(repo: FakeRepo): Resolved {
    return {
      __typename: 'Repository',
      id: repo.node_id,
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: repo.fullName,
      owner: () => this.actor(repo.owner),
      url: `${this.web}/${repo.fullName}`,
      isPrivate: repo.private,
      isFork: repo.parent !== undefined,
      visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
      parent: () => (repo.parent ? this.repository(this.ctx.state.requireRepo(repo.parent)) : null),
      defaultBranchRef: () => this.ref(repo, repo.defaultBranch),
      ref: (args: Record<string, unknown>) => {
        const name = String(args.qualifiedName).replace(/^refs\/heads\//, '')
        return repo.branches.has(name) ? this.ref(repo, name) : null
      },
      pullRequest: (args: Record<string, unknown>) => {
        const pull = this.ctx.state.pull(repo.fullName, Number(args.number))
        if (!pull) {
          throw new GraphQLFieldError(
            'NOT_FOUND',
            `Could not resolve to a PullRequest with the number of ${String(args.number)}.`,
          )
        }
        return this.pull(pull)
      },
      object: (args: Record<string, unknown>) => {
        const ref = String(args.oid ?? args.expression ?? '')
        const sha = this.ctx.state.resolveRef(repo, ref)
        return sha ? this.commit(repo, this.ctx.state.git.get(sha)!) : null
      },
      viewerPermission: () => {
        const login = this.ctx.identity?.login
        if (!login) return null
        const role = this.ctx.state.roleOf(repo, login)
        return role === 'none' ? null : role.toUpperCase()
      },
    }
  }

  ref(repo: FakeRepo, branch: string): Resolved | null {
    const sha = repo.branches.get(branch)
    if (!sha) return null
    return {
      __typename: 'Ref',
      id: `REF_kwDO${Buffer.from(`${repo.fullName}:${branch}`).toString('base64url')}`,
      name: branch,
      prefix: 'refs/heads/',
      target: () => this.commit(repo, this.ctx.state.git.get(sha)!),
      repository: () => this.repository(repo),
    }
  }

  commit(repo: FakeRepo, commit: FakeCommit): Resolved {
    const [headline, ...rest] = commit.message.split('\n')
    const url = `${this.web}/${repo.fullName}/commit/${commit.sha}`
    const files = () => this.ctx.state.diff(commit.parents[0], commit.sha)
    const gitActor = (person: FakeCommit['author'], login?: string) => ({
      __typename: 'GitActor',
      name: person.name,
      email: person.email,
      date: person.date,
      avatarUrl: 'https://avatars.githubusercontent.com/u/0?v=4',
      user: () => (login && login !== 'web-flow' ? this.userOnly(login) : null),
    })
    return {
      __typename: 'Commit',
      id: `C_kwDO${Buffer.from(commit.sha, 'hex').toString('base64url')}`,
      oid: commit.sha,
      abbreviatedOid: commit.sha.slice(0, 7),
      commitUrl: url,
      commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
      url,
      resourcePath: `/${repo.fullName}/commit/${commit.sha}`,
      message: commit.message,
      messageHeadline: headline ?? '',
      messageBody: rest.join('\n').replace(/^\n+/, ''),
      committedDate: commit.committer.date,
      authoredDate: commit.author.date,
      author: () => gitActor(commit.author, commit.author.login),
      committer: () => gitActor(commit.committer, commit.committer.login),
      signature: () =>
        commit.verified
          ? {
              __typename: 'GpgSignature',
              email: commit.committer.email,
              isValid: true,
              keyId: 'B5690EEEBB952194',
              payload: `tree ${commit.treeSha}\n`,
              signature: '-----BEGIN PGP SIGNATURE-----\n\nfake\n-----END PGP SIGNATURE-----\n',
              signer: null,
              state: 'VALID',
              wasSignedByGitHub: true,
            }
          : null,
      tree: () => ({
        __typename: 'Tree',
        id: `T_${commit.treeSha}`,
        oid: commit.treeSha,
        abbreviatedOid: commit.treeSha.slice(0, 7),
        commitUrl: url,
        commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
        repository: () => this.repository(repo),
      }),
      repository: () => this.repository(repo),
      additions: () => files().reduce((n, f) => n + f.additions, 0),
      deletions: () => files().reduce((n, f) => n + f.deletions, 0),
      changedFilesIfAvailable: () => files().length,
      parents: (args: Record<string, unknown>) =>
        connection('parents', 'Commit', commit.parents, args, (sha) =>
          this.commit(repo, this.ctx.state.git.get(sha)!),
        ),
    }
  }

  pull(pull: FakePull): Resolved {
    const { state } = this.ctx
    const repo = state.requireRepo(pull.repo)
    const headRepo = state.repo(pull.head.repo)
    const files = () => state.pullFiles(pull)
    return {
      __typename: 'PullRequest',
      id: pull.node_id,
      databaseId: pull.id,
      number: pull.number,
      title: pull.title,
      body: pull.body ?? '',
      url: `${this.web}/${pull.repo}/pull/${pull.number}`,
      resourcePath: `/${pull.repo}/pull/${pull.number}`,
      state: pull.state === 'open' ? 'OPEN' : pull.merged ? 'MERGED' : 'CLOSED',
      isDraft: pull.draft,
      closed: pull.state === 'closed',
      merged: pull.merged,
      locked: pull.locked,
      headRefName: pull.head.ref,
      headRefOid: () => state.headSha(pull),
      baseRefName: pull.base.ref,
      baseRefOid: () => state.baseSha(pull),
      author: () => this.actor(pull.user),
      authorAssociation: () => this.ctx.shapes.authorAssociation(pull.repo, pull.user),
      headRepository: () => (headRepo ? this.repository(headRepo) : null),
      headRepositoryOwner: () => (headRepo ? this.actor(headRepo.owner) : null),
      baseRepository: () => this.repository(repo),
      repository: () => this.repository(repo),
      maintainerCanModify: pull.maintainer_can_modify,
      createdAt: pull.created_at,
      updatedAt: pull.updated_at,
      additions: () => files().reduce((n, f) => n + f.additions, 0),
      deletions: () => files().reduce((n, f) => n + f.deletions, 0),
      changedFiles: () => files().length,
      reviewThreads: (args: Record<string, unknown>) =>
        connection(
          'reviewThreads',
          'PullRequestReviewThread',
          state.threads.filter((t) => t.repo === pull.repo && t.pullNumber === pull.number),
          args,
          (thread) => this.thread(thread),
        ),
      reviews: (args: Record<string, unknown>) => {
        const viewer = this.ctx.identity?.login.toLowerCase()
        const author = typeof args.author === 'string' ? args.author.toLowerCase() : null
        const states = Array.isArray(args.states) ? (args.states as string[]) : null
        return connection(
          'reviews',
          'PullRequestReview',
          state.reviews.filter(
            (r) =>
              r.repo === pull.repo &&
              r.pullNumber === pull.number &&
              // Pending reviews are visible to their author only.
              (r.state !== 'PENDING' || r.user.toLowerCase() === viewer) &&
              (author === null || r.user.toLowerCase() === author) &&
              (states === null || states.includes(r.state)),
          ),
          args,
          (review) => this.review(review),
        )
      },
    }
  }

  private canWritePulls(repo: FakeRepo): boolean {
    return authorize(this.ctx.state, this.ctx.identity, repo, ['pull_requests'], 'write') === 'ok'
  }

  thread(thread: FakeThread): Resolved {
    const { state } = this.ctx
    const comments = () =>
      thread.commentIds.map((id) => state.reviewComments.find((c) => c.id === id)!)
    const first = comments()[0]!
    const repo = state.requireRepo(thread.repo)
    return {
      __typename: 'PullRequestReviewThread',
      id: thread.node_id,
      isResolved: thread.resolved,
      isOutdated: false,
      isCollapsed: thread.resolved,
      path: first.path,
      line: first.line,
      originalLine: first.line,
      startLine: first.start_line,
      originalStartLine: first.start_line,
      diffSide: first.side ?? 'RIGHT',
      startDiffSide: first.start_side,
      subjectType: first.subject_type === 'file' ? 'FILE' : 'LINE',
      resolvedBy: () => (thread.resolvedBy ? this.userOnly(thread.resolvedBy) : null),
      viewerCanResolve: () => !thread.resolved && this.canWritePulls(repo),
      viewerCanUnresolve: () => thread.resolved && this.canWritePulls(repo),
      viewerCanReply: () => this.canWritePulls(repo),
      pullRequest: () => this.pull(state.pull(thread.repo, thread.pullNumber)!),
      repository: () => this.repository(repo),
      comments: (args: Record<string, unknown>) =>
        connection('comments', 'PullRequestReviewComment', comments(), args, (c) =>
          this.comment(c),
        ),
    }
  }

  comment(comment: FakeReviewComment): Resolved {
    const { state } = this.ctx
    const repo = state.requireRepo(comment.repo)
    const review = state.reviews.find((r) => r.id === comment.pull_request_review_id)
    const gitCommit = (sha: string) => {
      const c = state.git.get(sha)
      return c ? this.commit(repo, c) : null
    }
    return {
      __typename: 'PullRequestReviewComment',
      id: comment.node_id,
      databaseId: comment.id,
      fullDatabaseId: String(comment.id),
      body: comment.body,
      bodyText: comment.body,
      url: `${this.web}/${comment.repo}/pull/${comment.pullNumber}#discussion_r${comment.id}`,
      resourcePath: `/${comment.repo}/pull/${comment.pullNumber}#discussion_r${comment.id}`,
      createdAt: comment.created_at,
      updatedAt: comment.updated_at,
      publishedAt: comment.created_at,
      author: () => this.actor(comment.user),
      authorAssociation: () => this.ctx.shapes.authorAssociation(comment.repo, comment.user),
      replyTo: () => {
        const parent = comment.in_reply_to_id
          ? state.reviewComments.find((c) => c.id === comment.in_reply_to_id)
          : undefined
        return parent ? this.comment(parent) : null
      },
      path: comment.path,
      line: comment.line,
      originalLine: comment.line,
      startLine: comment.start_line,
      originalStartLine: comment.start_line,
      diffHunk: comment.diff_hunk,
      outdated: false,
      commit: () => gitCommit(comment.commit_id),
      originalCommit: () => gitCommit(comment.original_commit_id),
      pullRequestReview: () => (review ? this.review(review) : null),
      pullRequest: () => this.pull(state.pull(comment.repo, comment.pullNumber)!),
      repository: () => this.repository(repo),
      state: review?.state === 'PENDING' ? 'PENDING' : 'SUBMITTED',
      subjectType: comment.subject_type === 'file' ? 'FILE' : 'LINE',
      viewerDidAuthor: () => this.ctx.identity?.login.toLowerCase() === comment.user.toLowerCase(),
    }
  }

  review(review: FakeReview): Resolved {
    const { state } = this.ctx
    const repo = state.requireRepo(review.repo)
    return {
      __typename: 'PullRequestReview',
      id: review.node_id,
      databaseId: review.id,
      body: review.body,
      state: review.state,
      author: () => this.actor(review.user),
      submittedAt: review.submitted_at ?? null,
      authorAssociation: () => this.ctx.shapes.authorAssociation(review.repo, review.user),
      viewerDidAuthor: () => this.ctx.identity?.login.toLowerCase() === review.user.toLowerCase(),
      url: `${this.web}/${review.repo}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
      commit: () => {
        const c = state.git.get(review.commit_id)
        return c ? this.commit(repo, c) : null
      },
      pullRequest: () => this.pull(state.pull(review.repo, review.pullNumber)!),
    }
  }

  byNodeId(id: string): Resolved | null {
    const { state } = this.ctx
    const thread = state.threads.find((t) => t.node_id === id)
    if (thread) return this.thread(thread)
    const comment = state.reviewComments.find((c) => c.node_id === id)
    if (comment) return this.comment(comment)
    const pull = state.pulls.find((p) => p.node_id === id)
    if (pull) return this.pull(pull)
    const review = state.reviews.find((r) => r.node_id === id)
    if (review) return this.review(review)
    const repo = [...state.repos.values()].find((r) => r.node_id === id)
    if (repo) return this.repository(repo)
    const user = [...state.users.values()].find((u) => u.node_id === id)
    if (user) return this.actor(user.login)
    return null
  }
}

export interface GraphQLRequestInfo {
  /** Root fields of the operation, e.g. ["createCommitOnBranch"]. */
  fields: string[]
}

/** Runs one GraphQL request as `identity`; the result is what GitHub sends with HTTP 200. */
export function runGraphQL(
  ctx: Context,
  body: { query?: unknown; variables?: unknown; operationName?: unknown },
  rate: { limit: number; remaining: number; used: number; resetAt: string },
): ExecutionResult {
  if (typeof body.query !== 'string') {
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
  }
  const nodes = new Nodes(ctx)
  const { state, identity } = ctx

  const visibleRepo = (fullName: string): FakeRepo => {
    const repo = state.repo(fullName)
    if (!repo || authorize(state, identity, repo, ['metadata'], 'read') !== 'ok') {
      throw new GraphQLFieldError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${fullName}'.`,
      )
    }
    return repo
  }
  const requireWrite = (repo: FakeRepo, scopes: PermissionScope[]): void => {
    const verdict = authorize(state, identity, repo, scopes, 'write')
    if (verdict === 'not_found') {
      throw new GraphQLFieldError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${repo.fullName}'.`,
      )
    }
    if (verdict !== 'ok') throw new GraphQLFieldError('FORBIDDEN', forbiddenMessage(identity))
  }
  const threadFor = (input: Record<string, unknown> | undefined): FakeThread => {
    const id = String(input?.threadId ?? '')
    const thread = state.threads.find((t) => t.node_id === id)
    if (!thread) {
      throw new GraphQLFieldError(
        'NOT_FOUND',
        `Could not resolve to a node with the global id of '${id}'`,
      )
    }
    visibleRepo(thread.repo)
    requireWrite(state.requireRepo(thread.repo), ['pull_requests'])
    return thread
  }

  const query: Resolved = {
    __typename: 'Query',
    repository: (args: Record<string, unknown>) =>
      nodes.repository(visibleRepo(`${String(args.owner)}/${String(args.name)}`)),
    viewer: () => {
      if (!identity)
        throw new GraphQLFieldError('FORBIDDEN', 'This endpoint requires you to be authenticated.')
      // An installation token's viewer is its bot, named as REST names it ("app[bot]").
      const actor = nodes.actor(identity.login)!
      return { ...actor, __typename: 'User', login: identity.login }
    },
    node: (args: Record<string, unknown>) => nodes.byNodeId(String(args.id)),
    nodes: (args: Record<string, unknown>) =>
      ((args.ids as unknown[]) ?? []).map((id) => nodes.byNodeId(String(id))),
    rateLimit: {
      __typename: 'RateLimit',
      cost: 1,
      limit: rate.limit,
      nodeCount: 1,
      remaining: rate.remaining,
      resetAt: rate.resetAt,
      used: rate.used,
    },
  }

  const mutation: Resolved = {
    __typename: 'Mutation',
    createCommitOnBranch: (args: Record<string, unknown>) => {
      const input = (args.input ?? {}) as {
        branch?: { branchName?: string; repositoryNameWithOwner?: string; id?: string }
        clientMutationId?: string
        expectedHeadOid?: string
        fileChanges?: {
          additions?: { path: string; contents: string }[]
          deletions?: { path: string }[]
        }
        message?: { headline?: string; body?: string }
      }
      if (!input.expectedHeadOid) {
        throw new GraphQLFieldError(
          'UNPROCESSABLE',
          "Argument 'expectedHeadOid' on InputObject 'CreateCommitOnBranchInput' is required. Expected type GitObjectID!",
        )
      }
      if (!input.message?.headline) {
        throw new GraphQLFieldError('UNPROCESSABLE', 'A commit message headline is required.')
      }
      const nameWithOwner =
        input.branch?.repositoryNameWithOwner ??
        [...state.repos.values()].find((r) => r.node_id === input.branch?.id)?.fullName
      if (!nameWithOwner || !input.branch?.branchName) {
        throw new GraphQLFieldError('UNPROCESSABLE', 'A branch name and repository are required.')
      }
      const repo = visibleRepo(nameWithOwner)
      requireWrite(repo, ['contents'])
      const changes: Record<string, Buffer | null> = {}
      for (const deletion of input.fileChanges?.deletions ?? []) changes[deletion.path] = null
      for (const addition of input.fileChanges?.additions ?? []) {
        changes[addition.path] = Buffer.from(addition.contents, 'base64')
      }
      const message = input.message.body
        ? `${input.message.headline}\n\n${input.message.body}`
        : input.message.headline
      const branch = input.branch.branchName.replace(/^refs\/heads\//, '')
      let commit: FakeCommit
      try {
        commit = state.commitOnBranch(
          repo,
          branch,
          changes,
          message,
          identity!.login,
          input.expectedHeadOid,
        )
      } catch (error) {
        if (error instanceof DomainError) {
          const type =
            error.kind === 'stale'
              ? 'STALE_DATA'
              : error.kind === 'not_found'
                ? 'NOT_FOUND'
                : 'UNPROCESSABLE'
          throw new GraphQLFieldError(type, error.message)
        }
        throw error
      }
      return {
        __typename: 'CreateCommitOnBranchPayload',
        clientMutationId: input.clientMutationId ?? null,
        commit: () => nodes.commit(repo, commit),
        ref: () => nodes.ref(repo, branch),
      }
    },
    resolveReviewThread: (args: Record<string, unknown>) => {
      const input = args.input as Record<string, unknown> | undefined
      const thread = threadFor(input)
      thread.resolved = true
      thread.resolvedBy = identity!.login
      return {
        __typename: 'ResolveReviewThreadPayload',
        clientMutationId: input?.clientMutationId ?? null,
        thread: () => nodes.thread(thread),
      }
    },
    unresolveReviewThread: (args: Record<string, unknown>) => {
      const input = args.input as Record<string, unknown> | undefined
      const thread = threadFor(input)
      thread.resolved = false
      thread.resolvedBy = undefined
      return {
        __typename: 'UnresolveReviewThreadPayload',
        clientMutationId: input?.clientMutationId ?? null,
        thread: () => nodes.thread(thread),
      }
    },
  }

  return execute({
    schema: githubSchema(),
    query: body.query,
    variables: (body.variables as Record<string, unknown> | undefined) ?? {},
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    root: (kind) => (kind === 'mutation' ? mutation : query),
  })
}
