/** The REST JSON shapes of GitHub's API (api.github.com / GHES) for the fake's records. */
import { treeSha } from './git.js'
import type { FakeCommit } from './git.js'
import type {
  FakeCheckAnnotation,
  FakeCheckRun,
  FakeIssue,
  FakeIssueComment,
  FakePull,
  FakeReaction,
  FakeRepo,
  FakeReview,
  FakeReviewComment,
  FakeState,
  FakeUser,
  FileDiff,
  RepoRole,
  TokenIdentity,
} from './state.js'

type Json = Record<string, unknown>

export interface Urls {
  /** REST base, e.g. "http://127.0.0.1:1234" or "http://127.0.0.1:1234/api/v3". */
  api: string
  /** Web base for html_url, e.g. "https://github.com". */
  web: string
}

const enc = (path: string): string => path.split('/').map(encodeURIComponent).join('/')

/** The app behind the workflow token, as GitHub describes it. */
const GITHUB_ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2019-12-10T19:04:12Z',
}

export class JsonShapes {
  readonly state: FakeState
  readonly urls: Urls

  constructor(state: FakeState, urls: Urls) {
    this.state = state
    this.urls = urls
  }

  user(loginOrUser: string | FakeUser): Json {
    const u = typeof loginOrUser === 'string' ? this.state.user(loginOrUser) : loginOrUser
    const api = `${this.urls.api}/users/${encodeURIComponent(u.login)}`
    return {
      login: u.login,
      id: u.id,
      node_id: u.node_id,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url:
        u.type === 'Bot'
          ? `${this.urls.web}/apps/${u.login.replace(/\[bot\]$/, '')}`
          : `${this.urls.web}/${u.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false,
    }
  }

  authorAssociation(repoName: string, login: string): string {
    const repo = this.state.repo(repoName)
    if (!repo) return 'NONE'
    if (repo.owner.toLowerCase() === login.toLowerCase()) return 'OWNER'
    const explicit =
      repo.roles.get(login.toLowerCase()) ?? this.state.roles.get(login.toLowerCase())
    if (explicit && explicit !== 'none') return 'COLLABORATOR'
    return 'NONE'
  }

  /** `repository` (simple = the shape nested in pull requests) or `full-repository`. */
  repo(repo: FakeRepo, options: { full?: boolean; viewer?: string } = {}): Json {
    const api = `${this.urls.api}/repos/${repo.fullName}`
    const html = `${this.urls.web}/${repo.fullName}`
    const openIssues =
      this.state.issues.filter((i) => i.repo === repo.fullName && i.state === 'open').length +
      this.state.pulls.filter((p) => p.repo === repo.fullName && p.state === 'open').length
    const json: Json = {
      id: repo.id,
      node_id: repo.node_id,
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
      owner: this.user(repo.owner),
      html_url: html,
      description: repo.description,
      fork: repo.parent !== undefined,
      url: api,
      forks_url: `${api}/forks`,
      keys_url: `${api}/keys{/key_id}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      teams_url: `${api}/teams`,
      hooks_url: `${api}/hooks`,
      issue_events_url: `${api}/issues/events{/number}`,
      events_url: `${api}/events`,
      assignees_url: `${api}/assignees{/user}`,
      branches_url: `${api}/branches{/branch}`,
      tags_url: `${api}/tags`,
      blobs_url: `${api}/git/blobs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      trees_url: `${api}/git/trees{/sha}`,
      statuses_url: `${api}/statuses/{sha}`,
      languages_url: `${api}/languages`,
      stargazers_url: `${api}/stargazers`,
      contributors_url: `${api}/contributors`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      commits_url: `${api}/commits{/sha}`,
      git_commits_url: `${api}/git/commits{/sha}`,
      comments_url: `${api}/comments{/number}`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      contents_url: `${api}/contents/{+path}`,
      compare_url: `${api}/compare/{base}...{head}`,
      merges_url: `${api}/merges`,
      archive_url: `${api}/{archive_format}{/ref}`,
      downloads_url: `${api}/downloads`,
      issues_url: `${api}/issues{/number}`,
      pulls_url: `${api}/pulls{/number}`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      labels_url: `${api}/labels{/name}`,
      releases_url: `${api}/releases{/id}`,
      deployments_url: `${api}/deployments`,
      created_at: repo.createdAt,
      updated_at: repo.updatedAt,
      pushed_at: repo.pushedAt,
      git_url: `git://${new URL(this.urls.web).host}/${repo.fullName}.git`,
      ssh_url: `git@${new URL(this.urls.web).host}:${repo.fullName}.git`,
      clone_url: `${html}.git`,
      svn_url: html,
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: openIssues,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: repo.private ? 'private' : 'public',
      forks: 0,
      open_issues: openIssues,
      watchers: 0,
      default_branch: repo.defaultBranch,
    }
    if (options.viewer) {
      const role: RepoRole = this.state.roleOf(repo, options.viewer)
      json.permissions = rolePermissions(role)
    }
    if (options.full) {
      json.allow_squash_merge = true
      json.allow_merge_commit = true
      json.allow_rebase_merge = true
      json.allow_auto_merge = false
      json.delete_branch_on_merge = false
      json.network_count = 0
      json.subscribers_count = 0
      if (repo.parent) {
        const parent = this.state.requireRepo(repo.parent)
        let source = parent
        while (source.parent) source = this.state.requireRepo(source.parent)
        json.parent = this.repo(parent)
        json.source = this.repo(source)
      }
    }
    return json
  }

  private pullUrls(pull: FakePull): Json {
    const api = `${this.urls.api}/repos/${pull.repo}`
    const html = `${this.urls.web}/${pull.repo}/pull/${pull.number}`
    return {
      url: `${api}/pulls/${pull.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${pull.number}`,
      commits_url: `${api}/pulls/${pull.number}/commits`,
      review_comments_url: `${api}/pulls/${pull.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${pull.number}/comments`,
      statuses_url: `${api}/statuses/${this.state.headSha(pull)}`,
    }
  }

  /** `pull-request` (full) or `pull-request-simple` (lists). */
  pull(pull: FakePull, full = true): Json {
    const repo = this.state.requireRepo(pull.repo)
    const headRepo = this.state.repo(pull.head.repo)
    const headSha = this.state.headSha(pull)
    const api = `${this.urls.api}/repos/${pull.repo}`
    const urls = this.pullUrls(pull)
    const branch = (r: FakeRepo | undefined, ref: string, sha: string): Json => ({
      label: `${r?.owner ?? 'unknown'}:${ref}`,
      ref,
      sha,
      user: r ? this.user(r.owner) : null,
      repo: r ? this.repo(r) : null,
    })
    const json: Json = {
      ...urls,
      id: pull.id,
      node_id: pull.node_id,
      number: pull.number,
      state: pull.state,
      locked: pull.locked,
      title: pull.title,
      user: this.user(pull.user),
      body: pull.body,
      created_at: pull.created_at,
      updated_at: pull.updated_at,
      closed_at: pull.closed_at,
      merged_at: pull.merged ? pull.closed_at : null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: [],
      milestone: null,
      draft: pull.draft,
      head: branch(headRepo, pull.head.ref, headSha),
      base: branch(repo, pull.base.ref, this.state.baseSha(pull)),
      _links: {
        self: { href: urls.url },
        html: { href: urls.html_url },
        issue: { href: urls.issue_url },
        comments: { href: urls.comments_url },
        review_comments: { href: urls.review_comments_url },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: urls.commits_url },
        statuses: { href: urls.statuses_url },
      },
      author_association: this.authorAssociation(pull.repo, pull.user),
      auto_merge: null,
      active_lock_reason: null,
    }
    if (full) {
      const files = this.state.pullFiles(pull)
      Object.assign(json, {
        merged: pull.merged,
        mergeable: pull.state === 'open' ? true : null,
        rebaseable: pull.state === 'open' ? true : null,
        mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
        merged_by: null,
        comments: this.state.issueComments.filter(
          (c) => c.repo === pull.repo && c.issueNumber === pull.number,
        ).length,
        review_comments: this.state.reviewComments.filter(
          (c) => c.repo === pull.repo && c.pullNumber === pull.number,
        ).length,
        maintainer_can_modify: pull.maintainer_can_modify,
        commits: this.state.pullCommits(pull).length,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changed_files: files.length,
      })
    }
    return json
  }

  reactionRollup(url: string, repo: string, subject: FakeReaction['subject'], id: number): Json {
    const counts: Record<string, number> = {
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    }
    let total = 0
    for (const r of this.state.reactions) {
      if (r.repo === repo && r.subject === subject && r.subjectId === id) {
        counts[r.content] = (counts[r.content] ?? 0) + 1
        total++
      }
    }
    return { url: `${url}/reactions`, total_count: total, ...counts }
  }

  /** `issue`, for a plain issue or a pull request (which then has `pull_request`). */
  issue(item: FakeIssue | FakePull): Json {
    const isPull = 'head' in item
    const api = `${this.urls.api}/repos/${item.repo}`
    const url = `${api}/issues/${item.number}`
    const html = `${this.urls.web}/${item.repo}/${isPull ? 'pull' : 'issues'}/${item.number}`
    const json: Json = {
      url,
      repository_url: api,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      id: isPull ? item.issueId : item.id,
      node_id: isPull ? item.issueNodeId : item.node_id,
      number: item.number,
      title: item.title,
      user: this.user(item.user),
      labels: [],
      state: item.state,
      locked: item.locked,
      assignee: null,
      assignees: [],
      milestone: null,
      comments: this.state.issueComments.filter(
        (c) => c.repo === item.repo && c.issueNumber === item.number,
      ).length,
      created_at: item.created_at,
      updated_at: item.updated_at,
      closed_at: item.closed_at,
      author_association: this.authorAssociation(item.repo, item.user),
      active_lock_reason: null,
      body: item.body,
      reactions: this.reactionRollup(url, item.repo, 'issue', item.number),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: null,
    }
    if (isPull) {
      json.draft = item.draft
      json.pull_request = {
        url: `${api}/pulls/${item.number}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: null,
      }
    }
    return json
  }

  issueComment(comment: FakeIssueComment): Json {
    const api = `${this.urls.api}/repos/${comment.repo}`
    const url = `${api}/issues/comments/${comment.id}`
    const isPull = this.state.pull(comment.repo, comment.issueNumber) !== undefined
    return {
      url,
      html_url: `${this.urls.web}/${comment.repo}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${api}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: comment.node_id,
      user: this.user(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: this.authorAssociation(comment.repo, comment.user),
      body: comment.body,
      reactions: this.reactionRollup(url, comment.repo, 'issue_comment', comment.id),
      performed_via_github_app: null,
    }
  }

  reviewComment(comment: FakeReviewComment): Json {
    const api = `${this.urls.api}/repos/${comment.repo}`
    const url = `${api}/pulls/comments/${comment.id}`
    const html = `${this.urls.web}/${comment.repo}/pull/${comment.pullNumber}#discussion_r${comment.id}`
    const json: Json = {
      url,
      pull_request_review_id: comment.pull_request_review_id,
      id: comment.id,
      node_id: comment.node_id,
      diff_hunk: comment.diff_hunk,
      path: comment.path,
      commit_id: comment.commit_id,
      original_commit_id: comment.original_commit_id,
      user: this.user(comment.user),
      body: comment.body,
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      html_url: html,
      pull_request_url: `${api}/pulls/${comment.pullNumber}`,
      author_association: this.authorAssociation(comment.repo, comment.user),
      _links: {
        self: { href: url },
        html: { href: html },
        pull_request: { href: `${api}/pulls/${comment.pullNumber}` },
      },
      reactions: this.reactionRollup(url, comment.repo, 'review_comment', comment.id),
      start_line: comment.start_line,
      original_start_line: comment.start_line,
      start_side: comment.start_side,
      subject_type: comment.subject_type,
    }
    if (comment.subject_type === 'line') {
      Object.assign(json, {
        line: comment.line,
        original_line: comment.line,
        side: comment.side,
        position: comment.position,
        original_position: comment.position,
      })
    } else {
      json.original_position = 1
    }
    if (comment.in_reply_to_id !== undefined) json.in_reply_to_id = comment.in_reply_to_id
    return json
  }

  review(review: FakeReview): Json {
    const api = `${this.urls.api}/repos/${review.repo}`
    const html = `${this.urls.web}/${review.repo}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
    return {
      id: review.id,
      node_id: review.node_id,
      user: this.user(review.user),
      body: review.body,
      state: review.state,
      html_url: html,
      pull_request_url: `${api}/pulls/${review.pullNumber}`,
      author_association: this.authorAssociation(review.repo, review.user),
      _links: { html: { href: html }, pull_request: { href: `${api}/pulls/${review.pullNumber}` } },
      ...(review.submitted_at ? { submitted_at: review.submitted_at } : {}),
      commit_id: review.commit_id,
    }
  }

  reaction(reaction: FakeReaction): Json {
    return {
      id: reaction.id,
      node_id: reaction.node_id,
      user: this.user(reaction.user),
      content: reaction.content,
      created_at: reaction.created_at,
    }
  }

  ref(repo: FakeRepo, branch: string): Json {
    const sha = repo.branches.get(branch)!
    const api = `${this.urls.api}/repos/${repo.fullName}`
    return {
      ref: `refs/heads/${branch}`,
      node_id: `REF_kwDO${Buffer.from(`${repo.fullName}:${branch}`).toString('base64url')}`,
      url: `${api}/git/refs/heads/${enc(branch)}`,
      object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
    }
  }

  private gitUser(person: FakeCommit['author']): Json {
    return { name: person.name, email: person.email, date: person.date }
  }

  /** `commit` (REST commits API and branches). */
  commit(repo: FakeRepo, commit: FakeCommit): Json {
    const api = `${this.urls.api}/repos/${repo.fullName}`
    const html = `${this.urls.web}/${repo.fullName}/commit/${commit.sha}`
    const account = (login?: string): Json | null => {
      if (!login) return null
      const user = this.state.knownUser(login)
      return user ? this.user(user) : null
    }
    return {
      sha: commit.sha,
      node_id: `C_kwDO${Buffer.from(commit.sha, 'hex').toString('base64url')}`,
      commit: {
        author: this.gitUser(commit.author),
        committer: this.gitUser(commit.committer),
        message: commit.message,
        tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
        url: `${api}/git/commits/${commit.sha}`,
        comment_count: 0,
        verification: commit.verified
          ? {
              verified: true,
              reason: 'valid',
              signature: '-----BEGIN PGP SIGNATURE-----\n\nfake\n-----END PGP SIGNATURE-----\n',
              payload: `tree ${commit.treeSha}\n`,
              verified_at: commit.committer.date,
            }
          : {
              verified: false,
              reason: 'unsigned',
              signature: null,
              payload: null,
              verified_at: null,
            },
      },
      url: `${api}/commits/${commit.sha}`,
      html_url: html,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      author: account(commit.author.login),
      committer:
        commit.committer.login === 'web-flow'
          ? this.user('web-flow')
          : account(commit.committer.login),
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${api}/commits/${sha}`,
        html_url: `${this.urls.web}/${repo.fullName}/commit/${sha}`,
      })),
    }
  }

  /** `git-commit` (git data API). */
  gitCommit(repo: FakeRepo, commit: FakeCommit): Json {
    const rest = this.commit(repo, commit)
    const inner = rest.commit as Json
    const api = `${this.urls.api}/repos/${repo.fullName}`
    return {
      sha: commit.sha,
      node_id: rest.node_id,
      url: `${api}/git/commits/${commit.sha}`,
      html_url: rest.html_url,
      author: inner.author,
      committer: inner.committer,
      message: commit.message,
      tree: inner.tree,
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${api}/git/commits/${sha}`,
        html_url: `${this.urls.web}/${repo.fullName}/commit/${sha}`,
      })),
      verification: inner.verification,
    }
  }

  blob(repo: FakeRepo, sha: string, content: Buffer): Json {
    return {
      sha,
      node_id: `B_kwDO${Buffer.from(sha, 'hex').toString('base64url')}`,
      size: content.length,
      url: `${this.urls.api}/repos/${repo.fullName}/git/blobs/${sha}`,
      content: (content.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join(''),
      encoding: 'base64',
    }
  }

  branch(repo: FakeRepo, name: string): Json {
    const sha = repo.branches.get(name)!
    const api = `${this.urls.api}/repos/${repo.fullName}`
    return {
      name,
      commit: this.commit(repo, this.state.git.get(sha)!),
      _links: {
        self: `${api}/branches/${enc(name)}`,
        html: `${this.urls.web}/${repo.fullName}/tree/${name}`,
      },
      protected: false,
      protection: {
        enabled: false,
        required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
      },
      protection_url: `${api}/branches/${enc(name)}/protection`,
    }
  }

  /** Entry of the contents API; `content` only for a file request (not in directory lists). */
  content(
    repo: FakeRepo,
    ref: string,
    path: string,
    blob: Buffer | undefined,
    withContent: boolean,
  ): Json {
    const api = `${this.urls.api}/repos/${repo.fullName}`
    const name = path.split('/').pop() ?? path
    const isFile = blob !== undefined
    const sha = isFile ? this.state.git.blobSha(blob) : this.subtreeSha(repo, ref, path)
    const self = `${api}/contents/${enc(path)}?ref=${encodeURIComponent(ref)}`
    const git = `${api}/git/${isFile ? 'blobs' : 'trees'}/${sha}`
    const html = `${this.urls.web}/${repo.fullName}/${isFile ? 'blob' : 'tree'}/${ref}/${path}`
    const json: Json = {
      type: isFile ? 'file' : 'dir',
      size: isFile ? blob.length : 0,
      name,
      path,
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: isFile
        ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}`
        : null,
      _links: { self, git, html },
    }
    if (isFile && withContent) {
      // GitHub wraps base64 at 60 characters; files over 1 MB come without content.
      if (blob.length > 1024 * 1024) {
        json.encoding = 'none'
        json.content = ''
      } else {
        json.encoding = 'base64'
        json.content = (blob.toString('base64').match(/.{1,60}/g) ?? [])
          .map((l) => `${l}\n`)
          .join('')
      }
    }
    return json
  }

  private subtreeSha(repo: FakeRepo, ref: string, dir: string): string {
    const sha = this.state.resolveRef(repo, ref)!
    const tree = this.state.git.get(sha)!.tree
    const prefix = `${dir}/`
    const sub = new Map<string, Buffer>()
    for (const [path, content] of tree)
      if (path.startsWith(prefix)) sub.set(path.slice(prefix.length), content)
    return treeSha(sub)
  }

  diffEntry(repo: FakeRepo, headSha: string, file: FileDiff): Json {
    const api = `${this.urls.api}/repos/${repo.fullName}`
    const json: Json = {
      sha: file.sha,
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.changes,
      blob_url: `${this.urls.web}/${repo.fullName}/blob/${headSha}/${file.filename}`,
      raw_url: `${this.urls.web}/${repo.fullName}/raw/${headSha}/${file.filename}`,
      contents_url: `${api}/contents/${enc(file.filename)}?ref=${headSha}`,
    }
    if (file.patch !== undefined) json.patch = file.patch
    if (file.previous_filename !== undefined) json.previous_filename = file.previous_filename
    return json
  }

  /** `integration`: the GitHub App a token acts for (its permissions are the token's). */
  app(identity: TokenIdentity): Json {
    const slug = identity.login.replace(/\[bot\]$/, '')
    const actions = slug === GITHUB_ACTIONS_APP.slug
    const permissions: Record<string, string> = { metadata: 'read' }
    for (const [scope, level] of Object.entries(
      identity.permissions ?? {
        contents: 'write',
        pull_requests: 'write',
        issues: 'write',
        checks: 'write',
      },
    ))
      if (level && level !== 'none') permissions[scope] = level
    const id = actions ? GITHUB_ACTIONS_APP.id : this.state.user(identity.login).id
    return {
      id,
      slug,
      node_id: actions
        ? GITHUB_ACTIONS_APP.node_id
        : `A_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      owner: this.user(
        actions ? this.state.user('github', 'Organization') : this.state.user(identity.login),
      ),
      name: actions ? GITHUB_ACTIONS_APP.name : slug,
      description: actions ? GITHUB_ACTIONS_APP.description : null,
      external_url: actions ? GITHUB_ACTIONS_APP.external_url : `${this.urls.web}/apps/${slug}`,
      html_url: `${this.urls.web}/apps/${slug}`,
      created_at: actions ? GITHUB_ACTIONS_APP.created_at : '2020-01-01T00:00:00Z',
      updated_at: actions ? GITHUB_ACTIONS_APP.updated_at : '2020-01-01T00:00:00Z',
      permissions,
      events: [],
    }
  }

  /** The id of the app a check run belongs to (the `app_id` filter of the list). */
  appId(identity: TokenIdentity): number {
    return this.app(identity).id as number
  }

  /** `check-run`. */
  checkRun(run: FakeCheckRun): Json {
    const api = `${this.urls.api}/repos/${run.repo}/check-runs/${run.id}`
    const app = this.app(run.app)
    // Only pull requests of the repository itself: GitHub does not look at pushes to forks.
    const pulls = this.state.pulls.filter(
      (p) =>
        p.repo === run.repo &&
        p.state === 'open' &&
        p.head.repo === run.repo &&
        this.state.headSha(p) === run.head_sha,
    )
    const minimal = (ref: string, sha: string): Json => {
      const repo = this.state.requireRepo(run.repo)
      return {
        ref,
        sha,
        repo: { id: repo.id, url: `${this.urls.api}/repos/${repo.fullName}`, name: repo.name },
      }
    }
    return {
      id: run.id,
      name: run.name,
      node_id: run.node_id,
      head_sha: run.head_sha,
      external_id: run.external_id,
      url: api,
      html_url: `${this.urls.web}/${run.repo}/runs/${run.id}`,
      // Without one, GitHub links the app's page.
      details_url: run.details_url ?? app.html_url,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
        annotations_url: `${api}/annotations`,
      },
      check_suite: { id: run.checkSuiteId },
      app,
      pull_requests: pulls.map((p) => ({
        url: `${this.urls.api}/repos/${p.repo}/pulls/${p.number}`,
        id: p.id,
        number: p.number,
        head: minimal(p.head.ref, this.state.headSha(p)),
        base: minimal(p.base.ref, this.state.baseSha(p)),
      })),
    }
  }

  /** `check-annotation`. */
  checkAnnotation(run: FakeCheckRun, annotation: FakeCheckAnnotation): Json {
    return {
      path: annotation.path,
      blob_href: `${this.urls.web}/${run.repo}/blob/${run.head_sha}/${enc(annotation.path)}`,
      start_line: annotation.start_line,
      end_line: annotation.end_line,
      start_column: annotation.start_column,
      end_column: annotation.end_column,
      annotation_level: annotation.annotation_level,
      title: annotation.title,
      message: annotation.message,
      raw_details: annotation.raw_details,
    }
  }

  collaboratorPermission(repo: FakeRepo, login: string): Json {
    const role = this.state.roleOf(repo, login)
    // `permission` is the legacy base role: maintain reads as write, triage as read.
    const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
    return {
      permission: legacy,
      role_name: role,
      user: { ...this.user(login), permissions: rolePermissions(role), role_name: role },
    }
  }
}

export function rolePermissions(role: RepoRole): Record<string, boolean> {
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role)
  return {
    admin: rank >= 5,
    maintain: rank >= 4,
    push: rank >= 3,
    triage: rank >= 2,
    pull: rank >= 1,
  }
}
