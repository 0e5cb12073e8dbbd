/**
 * The fake's data: users, tokens, repositories with branches and commits, pull requests and
 * issues (one numbering per repository), comments, reviews, review threads, reactions and check
 * runs, plus the arrange helpers tests use and the domain rules the REST and GraphQL layers share.
 */
import { CommitStore } from './git.js'
import type { FakeCommit, GitPerson } from './git.js'
import { diffPositions, diffHunkUpTo, unifiedPatch } from './diff.js'
import type { DiffPosition, Hunk } from './diff.js'

export type AccessLevel = 'none' | 'read' | 'write'
export type PermissionScope = 'contents' | 'pull_requests' | 'issues' | 'checks' | 'metadata'
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'
export type UserType = 'User' | 'Bot' | 'Organization'

export interface TokenPermissions {
  contents?: AccessLevel
  pull_requests?: AccessLevel
  issues?: AccessLevel
  checks?: AccessLevel
  metadata?: AccessLevel
}

/** Who a token acts as. */
export interface TokenIdentity {
  login: string
  /** Default 'Bot' for logins ending in "[bot]", else 'User'. */
  type?: 'User' | 'Bot'
  /**
   * Like a GitHub App installation token's (or a workflow's `permissions:`): a scope left out is
   * 'none' (metadata is always readable). Omit the whole object for write access to everything.
   */
  permissions?: TokenPermissions
  /** Limits the token to these repositories ("owner/name"), like an installation token. */
  repos?: string[]
}

export interface FakeUser {
  login: string
  id: number
  node_id: string
  type: UserType
  name: string
  email: string
}

export interface FakeRepo {
  id: number
  node_id: string
  owner: string
  name: string
  fullName: string
  defaultBranch: string
  private: boolean
  /** "owner/name" of the repository this one is a fork of. */
  parent?: string
  description: string | null
  branches: Map<string, string>
  roles: Map<string, RepoRole>
  createdAt: string
  pushedAt: string
  updatedAt: string
  /** Next issue / pull request number. */
  nextNumber: number
}

export interface FakePull {
  repo: string
  number: number
  id: number
  node_id: string
  issueId: number
  issueNodeId: string
  title: string
  body: string | null
  state: 'open' | 'closed'
  /** Set with the state "closed" when the pull request was merged. */
  merged: boolean
  draft: boolean
  locked: boolean
  head: { repo: string; ref: string }
  base: { ref: string }
  /** Head sha last seen, kept when the head branch goes away. */
  headSha: string
  user: string
  maintainer_can_modify: boolean
  created_at: string
  updated_at: string
  closed_at: string | null
}

export interface FakeIssue {
  repo: string
  number: number
  id: number
  node_id: string
  title: string
  body: string | null
  state: 'open' | 'closed'
  locked: boolean
  user: string
  created_at: string
  updated_at: string
  closed_at: string | null
}

export interface FakeIssueComment {
  id: number
  node_id: string
  repo: string
  issueNumber: number
  body: string
  user: string
  created_at: string
  updated_at: string
}

export type Side = 'LEFT' | 'RIGHT'

export interface FakeReviewComment {
  id: number
  node_id: string
  repo: string
  pullNumber: number
  pull_request_review_id: number | null
  threadId: number
  path: string
  line: number | null
  side: Side | null
  start_line: number | null
  start_side: Side | null
  position: number | null
  commit_id: string
  original_commit_id: string
  diff_hunk: string
  body: string
  user: string
  in_reply_to_id?: number
  subject_type: 'line' | 'file'
  created_at: string
  updated_at: string
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED'

export interface FakeReview {
  id: number
  node_id: string
  repo: string
  pullNumber: number
  body: string
  state: ReviewState
  commit_id: string
  user: string
  submitted_at?: string
}

export interface FakeThread {
  id: number
  node_id: string
  repo: string
  pullNumber: number
  resolved: boolean
  resolvedBy?: string
  commentIds: number[]
}

export type ReactionContent =
  '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'

export interface FakeReaction {
  id: number
  node_id: string
  repo: string
  subject: 'issue' | 'issue_comment' | 'review_comment'
  /** Issue number, or comment id. */
  subjectId: number
  content: ReactionContent
  user: string
  created_at: string
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed'
export type CheckConclusion =
  | 'action_required'
  | 'cancelled'
  | 'failure'
  | 'neutral'
  | 'success'
  | 'skipped'
  | 'stale'
  | 'timed_out'
export type AnnotationLevel = 'notice' | 'warning' | 'failure'

/** An annotation on lines of a file, as the Checks API stores it. */
export interface FakeCheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column: number | null
  end_column: number | null
  annotation_level: AnnotationLevel
  message: string
  title: string | null
  raw_details: string | null
}

export interface FakeCheckRun {
  id: number
  node_id: string
  repo: string
  name: string
  head_sha: string
  status: CheckStatus
  conclusion: CheckConclusion | null
  started_at: string
  completed_at: string | null
  details_url: string | null
  external_id: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  /** In the order they were added: an update appends its annotations. */
  annotations: FakeCheckAnnotation[]
  /** Who created it: the app the run belongs to (its token's identity). */
  app: TokenIdentity
  /** GitHub keeps one check suite per app and commit. */
  checkSuiteId: number
}

/** The fields of a create or update request, as GitHub's API takes them. */
export interface CheckRunInput {
  name?: string
  head_sha?: string
  status?: string
  conclusion?: string
  started_at?: string
  completed_at?: string
  details_url?: string
  external_id?: string
  output?: { title?: string; summary?: string; text?: string; annotations?: unknown[] }
}

/** The Checks API's limit of annotations in one create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50

/** A ref update that rewrote history, or tried to (refused without `force`). */
export interface ForcePush {
  repo: string
  branch: string
  from: string
  to: string
  force: boolean
  fastForward: boolean
  applied: boolean
  login?: string
}

/** One file of a diff, as GitHub's pull request files list it. */
export interface FileDiff {
  filename: string
  previous_filename?: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  additions: number
  deletions: number
  changes: number
  /** Blob sha of the new content (of the old content for a removed file). */
  sha: string
  /** Unset for binary files and pure renames. */
  patch?: string
  hunks: Hunk[]
  positions: DiffPosition[]
}

export type FileChanges = Record<string, string | Buffer | null>

/** A refusal the REST and GraphQL layers turn into GitHub's error for their protocol. */
export class DomainError extends Error {
  readonly kind: 'not_found' | 'validation' | 'conflict' | 'stale'
  readonly errors?: unknown[]
  constructor(
    kind: 'not_found' | 'validation' | 'conflict' | 'stale',
    message: string,
    errors?: unknown[],
  ) {
    super(message)
    this.kind = kind
    this.errors = errors
  }
}

const KNOWN_IDS: Record<string, number> = {
  'github-actions[bot]': 41898282,
  'dependabot[bot]': 49699333,
  'github-actions': 41898282,
}

/** GitHub's current node id style: a type prefix and an opaque suffix. */
export function nodeId(prefix: string, id: number): string {
  const bytes = Buffer.alloc(8)
  bytes.writeBigUInt64BE(BigInt(id))
  return `${prefix}_kwDO${bytes.toString('base64url').replace(/^A+/, '')}`
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const ROLE_RANK: Record<RepoRole, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
}

export const roleAtLeast = (role: RepoRole, wanted: RepoRole): boolean =>
  ROLE_RANK[role] >= ROLE_RANK[wanted]

/** The binary heuristic git uses: a NUL byte in the first 8000 bytes. */
const isBinary = (content: Buffer): boolean => content.subarray(0, 8000).includes(0)

const key = (fullName: string): string => fullName.toLowerCase()

export class FakeState {
  readonly git = new CommitStore()
  readonly users = new Map<string, FakeUser>()
  readonly tokens = new Map<string, TokenIdentity>()
  readonly repos = new Map<string, FakeRepo>()
  readonly pulls: FakePull[] = []
  readonly issues: FakeIssue[] = []
  readonly issueComments: FakeIssueComment[] = []
  readonly reviewComments: FakeReviewComment[] = []
  readonly reviews: FakeReview[] = []
  readonly threads: FakeThread[] = []
  readonly reactions: FakeReaction[] = []
  /** In the order they were created. */
  readonly checkRuns: FakeCheckRun[] = []
  readonly forcePushes: ForcePush[] = []
  /** Default roles by login for every repository (per-repository roles win). */
  readonly roles = new Map<string, RepoRole>()
  private nextId = 1_000_001
  private readonly diffCache = new Map<string, FileDiff[]>()
  private readonly clock: () => Date

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock
  }

  now(): string {
    return isoSeconds(this.clock())
  }

  newId(): number {
    return this.nextId++
  }

  // ---------------------------------------------------------------------------- users & tokens

  user(login: string, type?: UserType): FakeUser {
    let user = this.users.get(login.toLowerCase())
    if (!user) {
      const resolvedType = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
      const id = KNOWN_IDS[login] ?? this.newId()
      user = {
        login,
        id,
        node_id: nodeId(resolvedType === 'Bot' ? 'BOT' : resolvedType === 'User' ? 'U' : 'O', id),
        type: resolvedType,
        name: login.replace(/\[bot\]$/, ''),
        email: `${id}+${login}@users.noreply.github.com`,
      }
      this.users.set(login.toLowerCase(), user)
    }
    return user
  }

  knownUser(login: string): FakeUser | undefined {
    return this.users.get(login.toLowerCase())
  }

  addToken(token: string, identity: TokenIdentity): void {
    this.user(identity.login, identity.type)
    this.tokens.set(token, identity)
  }

  person(login: string): GitPerson {
    const user = this.user(login)
    return { name: user.name, email: user.email, date: this.now(), login: user.login }
  }

  // ------------------------------------------------------------------------------ repositories

  repo(fullName: string): FakeRepo | undefined {
    return this.repos.get(key(fullName))
  }

  requireRepo(fullName: string): FakeRepo {
    const repo = this.repo(fullName)
    if (!repo) throw new Error(`fake GitHub: no repository ${fullName}`)
    return repo
  }

  createRepo(
    fullName: string,
    options: {
      defaultBranch?: string
      private?: boolean
      files?: FileChanges
      forkOf?: string
      ownerType?: 'User' | 'Organization'
      description?: string
    } = {},
  ): FakeRepo {
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`fake GitHub: "${fullName}" is not owner/name`)
    if (this.repo(fullName)) throw new Error(`fake GitHub: ${fullName} exists`)
    this.user(owner, options.ownerType)
    const id = this.newId()
    const now = this.now()
    const parent = options.forkOf ? this.requireRepo(options.forkOf) : undefined
    const repo: FakeRepo = {
      id,
      node_id: nodeId('R', id),
      owner,
      name,
      fullName,
      defaultBranch: options.defaultBranch ?? parent?.defaultBranch ?? 'main',
      private: options.private ?? parent?.private ?? false,
      parent: parent?.fullName,
      description: options.description ?? null,
      branches: new Map(parent ? parent.branches : []),
      roles: new Map(),
      createdAt: now,
      pushedAt: now,
      updatedAt: now,
      nextNumber: 1,
    }
    this.repos.set(key(fullName), repo)
    if (!parent) {
      const commit = this.git.add({
        tree: toTree(new Map(), options.files ?? { 'README.md': `# ${name}\n` }),
        parents: [],
        message: 'Initial commit',
        author: this.person(owner),
        committer: this.person(owner),
        verified: false,
      })
      repo.branches.set(repo.defaultBranch, commit.sha)
    } else if (options.files) {
      this.commitFiles(fullName, repo.defaultBranch, options.files, 'Update files', {})
    }
    return repo
  }

  /** The role of a login on a repository (see the collaborator permission endpoint). */
  roleOf(repo: FakeRepo, login: string): RepoRole {
    const explicit = repo.roles.get(login.toLowerCase()) ?? this.roles.get(login.toLowerCase())
    if (explicit) return explicit
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'admin'
    return repo.private ? 'none' : 'read'
  }

  /**
   * Whether GitHub lists the login among the repository's collaborators (the check-collaborator
   * endpoint): the owner and people granted a role. The `read` every GitHub user gets on a
   * public repository does not make a collaborator.
   */
  isCollaborator(repo: FakeRepo, login: string): boolean {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return true
    const explicit = repo.roles.get(login.toLowerCase()) ?? this.roles.get(login.toLowerCase())
    return explicit !== undefined && explicit !== 'none'
  }

  setPermission(login: string, role: RepoRole, repo?: string): void {
    this.user(login)
    if (repo) this.requireRepo(repo).roles.set(login.toLowerCase(), role)
    else this.roles.set(login.toLowerCase(), role)
  }

  // ------------------------------------------------------------------------------ refs & commits

  /** A sha for a branch name, "refs/heads/x", "heads/x", or a (possibly short) commit sha. */
  resolveRef(repo: FakeRepo, ref: string): string | undefined {
    const branch = ref.replace(/^refs\/heads\//, '').replace(/^heads\//, '')
    const head = repo.branches.get(branch)
    if (head) return head
    // Any stored commit resolves (the fake keeps one object store for every repository).
    return this.git.resolve(ref)
  }

  branchHead(repoName: string, branch: string): string | undefined {
    return this.repo(repoName)?.branches.get(branch)
  }

  fileAt(repoName: string, ref: string, path: string): Buffer | undefined {
    const repo = this.requireRepo(repoName)
    const sha = this.resolveRef(repo, ref)
    return sha ? this.git.get(sha)?.tree.get(path) : undefined
  }

  createBranch(repoName: string, branch: string, from?: string): string {
    const repo = this.requireRepo(repoName)
    if (repo.branches.has(branch)) throw new Error(`fake GitHub: branch ${branch} exists`)
    const sha = this.resolveRef(repo, from ?? repo.defaultBranch)
    if (!sha) throw new Error(`fake GitHub: no ref ${from} in ${repoName}`)
    repo.branches.set(branch, sha)
    return sha
  }

  /**
   * Commits `files` (null deletes) on top of the branch head and moves the branch, like a push.
   * Returns the new sha.
   */
  commitFiles(
    repoName: string,
    branch: string,
    files: FileChanges,
    message = 'Update files',
    options: { author?: string; verified?: boolean; date?: string } = {},
  ): string {
    const repo = this.requireRepo(repoName)
    const head = repo.branches.get(branch)
    if (!head) throw new Error(`fake GitHub: no branch ${branch} in ${repoName}`)
    const login = options.author ?? repo.owner
    const person = { ...this.person(login), ...(options.date ? { date: options.date } : {}) }
    const commit = this.git.add({
      tree: toTree(this.git.get(head)!.tree, files),
      parents: [head],
      message,
      author: person,
      committer: person,
      verified: options.verified ?? false,
    })
    this.moveBranch(repo, branch, commit.sha)
    return commit.sha
  }

  /** Points a branch anywhere (an arranged force push: not recorded in `forcePushes`). */
  setBranchHead(repoName: string, branch: string, sha: string): void {
    const repo = this.requireRepo(repoName)
    if (!this.git.get(sha)) throw new Error(`fake GitHub: no commit ${sha}`)
    this.moveBranch(repo, branch, sha)
  }

  private moveBranch(repo: FakeRepo, branch: string, sha: string): void {
    repo.branches.set(branch, sha)
    repo.pushedAt = this.now()
    for (const pull of this.pulls) {
      if (key(pull.head.repo) === key(repo.fullName) && pull.head.ref === branch) {
        pull.headSha = sha
        pull.updated_at = this.now()
      }
    }
  }

  /** Moves a branch for an API client: fast-forward only unless `force`; records rewrites. */
  updateRef(repo: FakeRepo, branch: string, sha: string, force: boolean, login?: string): void {
    const from = repo.branches.get(branch)
    if (!from) throw new DomainError('validation', 'Reference does not exist')
    if (!this.git.get(sha)) throw new DomainError('validation', 'Object does not exist')
    const fastForward = this.git.isAncestor(from, sha)
    if (force || !fastForward) {
      this.forcePushes.push({
        repo: repo.fullName,
        branch,
        from,
        to: sha,
        force,
        fastForward,
        applied: fastForward || force,
        login,
      })
    }
    if (!fastForward && !force) throw new DomainError('validation', 'Update is not a fast forward')
    this.moveBranch(repo, branch, sha)
  }

  /** A commit from an API client (GraphQL createCommitOnBranch, contents API): signed by GitHub. */
  commitOnBranch(
    repo: FakeRepo,
    branch: string,
    changes: FileChanges,
    message: string,
    login: string,
    expectedHead?: string,
  ): FakeCommit {
    const head = repo.branches.get(branch)
    if (!head)
      throw new DomainError('not_found', `Could not resolve to a Ref named "refs/heads/${branch}".`)
    if (expectedHead !== undefined && head !== expectedHead) {
      throw new DomainError(
        'stale',
        `Expected branch to point to "${expectedHead}" but it did not. Pull and try again.`,
      )
    }
    const tree = this.git.get(head)!.tree
    for (const [path, content] of Object.entries(changes)) {
      if (content === null && !tree.has(path)) {
        throw new DomainError(
          'validation',
          `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
        )
      }
    }
    const user = this.user(login)
    const committer = {
      name: 'GitHub',
      email: 'noreply@github.com',
      date: this.now(),
      login: 'web-flow',
    }
    const commit = this.git.add({
      tree: toTree(tree, changes),
      parents: [head],
      message,
      author: { name: user.login, email: user.email, date: committer.date, login: user.login },
      committer,
      verified: true,
    })
    this.moveBranch(repo, branch, commit.sha)
    return commit
  }

  /** Commits reachable from the branch head following first parents, newest first. */
  commitsOn(repoName: string, branch: string): FakeCommit[] {
    const out: FakeCommit[] = []
    let sha = this.branchHead(repoName, branch)
    while (sha) {
      const commit = this.git.get(sha)!
      out.push(commit)
      sha = commit.parents[0]
    }
    return out
  }

  // ------------------------------------------------------------------------ issues & pull requests

  createIssue(
    repoName: string,
    options: { title: string; body?: string; user?: string },
  ): FakeIssue {
    const repo = this.requireRepo(repoName)
    const id = this.newId()
    const now = this.now()
    const issue: FakeIssue = {
      repo: repo.fullName,
      number: repo.nextNumber++,
      id,
      node_id: nodeId('I', id),
      title: options.title,
      body: options.body ?? null,
      state: 'open',
      locked: false,
      user: this.user(options.user ?? repo.owner).login,
      created_at: now,
      updated_at: now,
      closed_at: null,
    }
    this.issues.push(issue)
    return issue
  }

  createPullRequest(
    repoName: string,
    options: {
      head: string
      base?: string
      title?: string
      body?: string | null
      draft?: boolean
      user?: string
      /** "owner/name" of the fork holding `head`. */
      headRepo?: string
      maintainerCanModify?: boolean
    },
  ): FakePull {
    const repo = this.requireRepo(repoName)
    const headRepo = options.headRepo ? this.requireRepo(options.headRepo) : repo
    const headSha = headRepo.branches.get(options.head)
    if (!headSha) throw new Error(`fake GitHub: no branch ${options.head} in ${headRepo.fullName}`)
    const base = options.base ?? repo.defaultBranch
    if (!repo.branches.has(base)) throw new Error(`fake GitHub: no branch ${base} in ${repoName}`)
    const id = this.newId()
    const issueId = this.newId()
    const now = this.now()
    const pull: FakePull = {
      repo: repo.fullName,
      number: repo.nextNumber++,
      id,
      node_id: nodeId('PR', id),
      issueId,
      issueNodeId: nodeId('I', issueId),
      title: options.title ?? `Update from ${options.head}`,
      body: options.body === undefined ? null : options.body,
      state: 'open',
      merged: false,
      draft: options.draft ?? false,
      locked: false,
      head: { repo: headRepo.fullName, ref: options.head },
      base: { ref: base },
      headSha,
      user: this.user(options.user ?? headRepo.owner).login,
      maintainer_can_modify: options.maintainerCanModify ?? headRepo !== repo,
      created_at: now,
      updated_at: now,
      closed_at: null,
    }
    this.pulls.push(pull)
    return pull
  }

  /** A person closes (or merges) the pull request. */
  closePullRequest(repoName: string, number: number, options: { merged?: boolean } = {}): void {
    const pull = this.pull(repoName, number)
    if (!pull) throw new Error(`fake GitHub: no pull request #${number} in ${repoName}`)
    pull.state = 'closed'
    pull.merged = options.merged ?? false
    pull.closed_at = this.now()
    pull.updated_at = pull.closed_at
  }

  pull(repoName: string, number: number): FakePull | undefined {
    return this.pulls.find((p) => key(p.repo) === key(repoName) && p.number === number)
  }

  issue(repoName: string, number: number): FakeIssue | undefined {
    return this.issues.find((i) => key(i.repo) === key(repoName) && i.number === number)
  }

  headSha(pull: FakePull): string {
    const current = this.repo(pull.head.repo)?.branches.get(pull.head.ref)
    if (current) pull.headSha = current
    return pull.headSha
  }

  baseSha(pull: FakePull): string {
    return this.requireRepo(pull.repo).branches.get(pull.base.ref)!
  }

  /** Commits of the pull request at `headSha` (default: its head), oldest first. */
  pullCommits(pull: FakePull, headSha = this.headSha(pull)): FakeCommit[] {
    return this.git.commitsBetween(this.baseSha(pull), headSha)
  }

  /** The files of the pull request at a commit: merge-base(base, commit)...commit. */
  pullFiles(pull: FakePull, commitSha = this.headSha(pull)): FileDiff[] {
    const base = this.git.mergeBase(this.baseSha(pull), commitSha)
    return this.diff(base, commitSha)
  }

  diff(baseSha: string | undefined, headSha: string): FileDiff[] {
    const cacheKey = `${baseSha ?? ''}..${headSha}`
    const cached = this.diffCache.get(cacheKey)
    if (cached) return cached
    const before = baseSha ? this.git.get(baseSha)!.tree : new Map<string, Buffer>()
    const after = this.git.get(headSha)!.tree
    const removed = [...before.keys()].filter((p) => !after.has(p))
    const added = [...after.keys()].filter((p) => !before.has(p))
    const files: FileDiff[] = []
    // Exact renames only: a removed file whose content reappears under a new name.
    const renamedFrom = new Map<string, string>()
    for (const path of added) {
      const sha = this.git.blobSha(after.get(path)!)
      const from = removed.find(
        (old) => !renamedFrom.has(old) && this.git.blobSha(before.get(old)!) === sha,
      )
      if (from) renamedFrom.set(from, path)
    }
    const renamedTo = new Map([...renamedFrom].map(([from, to]) => [to, from]))
    const paths = new Set([...before.keys(), ...after.keys()])
    for (const path of paths) {
      const old = before.get(path)
      const now = after.get(path)
      if (old && now && (old === now || old.equals(now))) continue
      if (!now && renamedFrom.has(path)) continue
      const previous = renamedTo.get(path)
      if (previous) {
        files.push({
          filename: path,
          previous_filename: previous,
          status: 'renamed',
          additions: 0,
          deletions: 0,
          changes: 0,
          sha: this.git.blobSha(now!),
          hunks: [],
          positions: [],
        })
        continue
      }
      const status = !old ? 'added' : !now ? 'removed' : 'modified'
      const binary = (old && isBinary(old)) || (now && isBinary(now))
      const entry: FileDiff = {
        filename: path,
        status,
        additions: 0,
        deletions: 0,
        changes: 0,
        sha: this.git.blobSha((now ?? old)!),
        hunks: [],
        positions: [],
      }
      if (!binary) {
        const patch = unifiedPatch(old?.toString('utf8') ?? '', now?.toString('utf8') ?? '')
        entry.additions = patch.additions
        entry.deletions = patch.deletions
        entry.changes = patch.additions + patch.deletions
        entry.hunks = patch.hunks
        entry.positions = diffPositions(patch.hunks)
        if (patch.patch) entry.patch = patch.patch
      }
      files.push(entry)
    }
    files.sort((a, b) => Buffer.compare(Buffer.from(a.filename), Buffer.from(b.filename)))
    this.diffCache.set(cacheKey, files)
    return files
  }

  // ----------------------------------------------------------------------------------- comments

  addIssueComment(repoName: string, number: number, body: string, login: string): FakeIssueComment {
    const repo = this.requireRepo(repoName)
    const id = this.newId()
    const now = this.now()
    const comment: FakeIssueComment = {
      id,
      node_id: nodeId('IC', id),
      repo: repo.fullName,
      issueNumber: number,
      body,
      user: this.user(login).login,
      created_at: now,
      updated_at: now,
    }
    this.issueComments.push(comment)
    return comment
  }

  /**
   * Where a review comment lands in the pull request's diff at `commitId`: GitHub's rules (a
   * line must be inside a hunk of that file, on the given side). Throws a DomainError naming
   * the failing field: 'path', 'line', 'start_line' or 'commit'.
   */
  placeComment(
    pull: FakePull,
    commitId: string,
    spec: {
      path: string
      line?: number
      side?: Side
      start_line?: number
      start_side?: Side
      position?: number
      subject_type?: 'line' | 'file'
    },
  ): Pick<
    FakeReviewComment,
    'line' | 'side' | 'start_line' | 'start_side' | 'position' | 'diff_hunk' | 'subject_type'
  > {
    const inPull =
      commitId === this.headSha(pull) || this.pullCommits(pull).some((c) => c.sha === commitId)
    if (!inPull) throw new DomainError('validation', 'commit')
    const file = this.pullFiles(pull, commitId).find((f) => f.filename === spec.path)
    if (!file) throw new DomainError('validation', 'path')
    if (spec.subject_type === 'file') {
      return {
        line: null,
        side: null,
        start_line: null,
        start_side: null,
        position: null,
        diff_hunk: file.hunks[0]?.header ?? '',
        subject_type: 'file',
      }
    }
    let target: DiffPosition | undefined
    if (spec.line !== undefined) {
      const side = spec.side ?? 'RIGHT'
      target = file.positions.find((p) => p.side === side && p.line === spec.line)
    } else if (spec.position !== undefined) {
      const at = file.positions.filter((p) => p.position === spec.position)
      target = at.find((p) => p.side === 'RIGHT') ?? at[0]
    }
    if (!target) throw new DomainError('validation', 'line')
    let start: DiffPosition | undefined
    if (spec.start_line !== undefined) {
      const startSide = spec.start_side ?? target.side
      start = file.positions.find((p) => p.side === startSide && p.line === spec.start_line)
      if (!start || start.hunk !== target.hunk || start.position >= target.position) {
        throw new DomainError('validation', 'start_line')
      }
    }
    return {
      line: target.line,
      side: target.side,
      start_line: start?.line ?? null,
      start_side: start?.side ?? null,
      position: target.position,
      diff_hunk: diffHunkUpTo(file.hunks[target.hunk]!, target.side, target.line),
      subject_type: 'line',
    }
  }

  addReviewComment(
    pull: FakePull,
    input: {
      placement: ReturnType<FakeState['placeComment']>
      path: string
      body: string
      login: string
      commitId: string
      reviewId: number | null
    },
  ): FakeReviewComment {
    const id = this.newId()
    const threadId = this.newId()
    const now = this.now()
    const comment: FakeReviewComment = {
      id,
      node_id: nodeId('PRRC', id),
      repo: pull.repo,
      pullNumber: pull.number,
      pull_request_review_id: input.reviewId,
      threadId,
      path: input.path,
      ...input.placement,
      commit_id: input.commitId,
      original_commit_id: input.commitId,
      body: input.body,
      user: this.user(input.login).login,
      created_at: now,
      updated_at: now,
    }
    this.reviewComments.push(comment)
    this.threads.push({
      id: threadId,
      node_id: nodeId('PRRT', threadId),
      repo: pull.repo,
      pullNumber: pull.number,
      resolved: false,
      commentIds: [id],
    })
    return comment
  }

  /** A reply joins the thread of the comment it answers (replies to replies join the same one). */
  replyToReviewComment(
    pull: FakePull,
    inReplyTo: number,
    body: string,
    login: string,
    reviewId: number | null,
  ): FakeReviewComment {
    const parent = this.reviewComments.find(
      (c) => c.id === inReplyTo && key(c.repo) === key(pull.repo) && c.pullNumber === pull.number,
    )
    if (!parent) throw new DomainError('not_found', 'Not Found')
    const root = parent.in_reply_to_id
      ? (this.reviewComments.find((c) => c.id === parent.in_reply_to_id) ?? parent)
      : parent
    const thread = this.threads.find((t) => t.id === root.threadId)!
    const id = this.newId()
    const now = this.now()
    const comment: FakeReviewComment = {
      ...root,
      id,
      node_id: nodeId('PRRC', id),
      pull_request_review_id: reviewId,
      body,
      user: this.user(login).login,
      in_reply_to_id: root.id,
      created_at: now,
      updated_at: now,
    }
    this.reviewComments.push(comment)
    thread.commentIds.push(id)
    return comment
  }

  /** Removes a review comment; a thread left without comments goes with it. */
  deleteReviewComment(comment: FakeReviewComment): void {
    const at = this.reviewComments.indexOf(comment)
    if (at >= 0) this.reviewComments.splice(at, 1)
    for (const thread of this.threads)
      thread.commentIds = thread.commentIds.filter((id) => id !== comment.id)
    const kept = this.threads.filter((t) => t.commentIds.length > 0)
    this.threads.splice(0, this.threads.length, ...kept)
  }

  addReview(
    pull: FakePull,
    input: { body: string; state: ReviewState; commitId: string; login: string },
  ): FakeReview {
    const id = this.newId()
    const review: FakeReview = {
      id,
      node_id: nodeId('PRR', id),
      repo: pull.repo,
      pullNumber: pull.number,
      body: input.body,
      state: input.state,
      commit_id: input.commitId,
      user: this.user(input.login).login,
      ...(input.state === 'PENDING' ? {} : { submitted_at: this.now() }),
    }
    this.reviews.push(review)
    return review
  }

  addReaction(
    repo: FakeRepo,
    subject: FakeReaction['subject'],
    subjectId: number,
    content: ReactionContent,
    login: string,
  ): { reaction: FakeReaction; created: boolean } {
    const existing = this.reactions.find(
      (r) =>
        key(r.repo) === key(repo.fullName) &&
        r.subject === subject &&
        r.subjectId === subjectId &&
        r.content === content &&
        r.user.toLowerCase() === login.toLowerCase(),
    )
    if (existing) return { reaction: existing, created: false }
    const id = this.newId()
    const reaction: FakeReaction = {
      id,
      node_id: nodeId('REA', id),
      repo: repo.fullName,
      subject,
      subjectId,
      content,
      user: this.user(login).login,
      created_at: this.now(),
    }
    this.reactions.push(reaction)
    return { reaction, created: true }
  }

  // --------------------------------------------------------------------------------- check runs

  /**
   * Whether a full sha is a commit of the repository: reachable from one of its branches or
   * from the head of one of its pull requests (whose commits may come from a fork).
   */
  isCommitOf(repo: FakeRepo, sha: string): boolean {
    if (!/^[0-9a-f]{40}$/.test(sha) || !this.git.get(sha)) return false
    const heads = [
      ...repo.branches.values(),
      ...this.pulls.filter((p) => key(p.repo) === key(repo.fullName)).map((p) => this.headSha(p)),
    ]
    return heads.some((head) => head === sha || this.git.isAncestor(sha, head))
  }

  /** GitHub's create-a-check-run rules; throws a DomainError ('validation') when one fails. */
  createCheckRun(repo: FakeRepo, input: CheckRunInput, app: TokenIdentity): FakeCheckRun {
    for (const field of ['name', 'head_sha'] as const)
      if (input[field] === undefined) throw notSupplied(field)
    const sha = String(input.head_sha)
    if (!this.isCommitOf(repo, sha))
      throw new DomainError('validation', `No commit found for SHA: ${sha}`)
    if (input.output) {
      for (const field of ['title', 'summary'] as const)
        if (input.output[field] === undefined) throw notSupplied(field)
    }
    const annotations = checkAnnotations(input.output?.annotations)
    const id = this.newId()
    const now = this.now()
    const sameSuite = this.checkRuns.find(
      (r) =>
        key(r.repo) === key(repo.fullName) &&
        r.head_sha === sha &&
        r.app.login.toLowerCase() === app.login.toLowerCase(),
    )
    const run: FakeCheckRun = {
      id,
      node_id: nodeId('CR', id),
      repo: repo.fullName,
      name: String(input.name),
      head_sha: sha,
      status: 'queued',
      conclusion: null,
      started_at: input.started_at ?? now,
      completed_at: null,
      details_url: input.details_url ?? null,
      external_id: input.external_id ?? null,
      output: {
        title: input.output?.title ?? null,
        summary: input.output?.summary ?? null,
        text: input.output?.text ?? null,
      },
      annotations,
      app: structuredClone(app),
      checkSuiteId: sameSuite?.checkSuiteId ?? this.newId(),
    }
    this.settle(run, { ...input, status: input.status ?? 'queued' })
    this.checkRuns.push(run)
    return run
  }

  /**
   * GitHub's update-a-check-run rules: the given output fields replace the old ones, and the
   * annotations are appended to those the run has.
   */
  updateCheckRun(run: FakeCheckRun, input: CheckRunInput): FakeCheckRun {
    if (input.output && input.output.summary === undefined) throw notSupplied('summary')
    const annotations = checkAnnotations(input.output?.annotations)
    this.settle(run, input)
    if (input.name !== undefined) run.name = input.name
    if (input.details_url !== undefined) run.details_url = input.details_url
    if (input.external_id !== undefined) run.external_id = input.external_id
    if (input.started_at !== undefined) run.started_at = input.started_at
    if (input.output) {
      if (input.output.title !== undefined) run.output.title = input.output.title
      run.output.summary = input.output.summary ?? null
      if (input.output.text !== undefined) run.output.text = input.output.text
    }
    run.annotations.push(...annotations)
    return run
  }

  /**
   * Status and conclusion: a conclusion completes the run, and completing needs one. Checks
   * before it changes anything, so a refused update leaves the run as it was.
   */
  private settle(run: FakeCheckRun, input: CheckRunInput): void {
    const completing = input.status === 'completed' || input.completed_at !== undefined
    if (input.conclusion === undefined) {
      if (completing)
        throw new DomainError('validation', 'Validation Failed', [
          { resource: 'CheckRun', code: 'missing_field', field: 'conclusion' },
        ])
      if (input.status !== undefined) run.status = input.status as CheckStatus
      return
    }
    if (input.conclusion === 'stale') {
      throw new DomainError('validation', 'Validation Failed', [
        {
          resource: 'CheckRun',
          code: 'custom',
          field: 'conclusion',
          message: 'conclusion can not be set to stale: only GitHub sets it',
        },
      ])
    }
    run.status = 'completed'
    run.conclusion = input.conclusion as CheckConclusion
    run.completed_at = input.completed_at ?? this.now()
  }
}

export function toTree(
  base: ReadonlyMap<string, Buffer>,
  changes: FileChanges,
): Map<string, Buffer> {
  const tree = new Map(base)
  for (const [path, content] of Object.entries(changes)) {
    const clean = path.replace(/^\/+/, '')
    if (content === null) tree.delete(clean)
    else tree.set(clean, typeof content === 'string' ? Buffer.from(content, 'utf8') : content)
  }
  return tree
}

const notSupplied = (field: string): DomainError =>
  new DomainError('validation', `Invalid request.\n\n"${field}" wasn't supplied.`)

const annotationError = (field: string, message: string): DomainError =>
  new DomainError('validation', 'Validation Failed', [
    { resource: 'CheckRunAnnotation', code: 'custom', field, message },
  ])

/**
 * The annotations of a request, by GitHub's rules: at most 50, each with a path, lines, a level
 * and a message; columns only on an annotation of one line.
 */
export function checkAnnotations(input: unknown[] | undefined): FakeCheckAnnotation[] {
  const list = input ?? []
  if (list.length > ANNOTATIONS_PER_REQUEST) {
    throw new DomainError(
      'validation',
      `Invalid request.\n\nNo more than ${ANNOTATIONS_PER_REQUEST} items are allowed; ${list.length} were supplied.`,
    )
  }
  return list.map((item) => {
    const a = (item ?? {}) as Record<string, unknown>
    for (const field of ['path', 'start_line', 'end_line', 'annotation_level', 'message'])
      if (a[field] === undefined) throw notSupplied(field)
    const start = Number(a.start_line)
    const end = Number(a.end_line)
    if (start < 1) throw annotationError('start_line', 'start_line must be 1 or more')
    if (end < start) throw annotationError('end_line', 'end_line must not be before start_line')
    const columns = a.start_column !== undefined || a.end_column !== undefined
    if (columns && start !== end) {
      throw annotationError(
        'start_column',
        'start_column and end_column are only allowed when start_line and end_line are the same',
      )
    }
    return {
      path: String(a.path),
      start_line: start,
      end_line: end,
      start_column: a.start_column === undefined ? null : Number(a.start_column),
      end_column: a.end_column === undefined ? null : Number(a.end_column),
      annotation_level: a.annotation_level as AnnotationLevel,
      message: String(a.message),
      title: a.title === undefined ? null : String(a.title),
      raw_details: a.raw_details === undefined ? null : String(a.raw_details),
    }
  })
}
