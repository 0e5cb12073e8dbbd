/**
 * The fake GitHub, driven by the real @octokit/rest (and its retry and throttling plugins): the
 * fake must answer like GitHub for the action's tests to mean anything.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ACTIONS_BOT,
  actionsEnv,
  issueCommentEvent,
  pullRequestEvent,
  pullRequestReviewCommentEvent,
  startFakeGitHub,
} from './github-server.js'
import type { FakeGitHub } from './github-server.js'
import { editScript, unifiedPatch } from './github/diff.js'

const REPO = 'acme/widgets'
const [owner, repo] = REPO.split('/') as [string, string]

const REQUIREMENTS = [
  '# Requirements',
  '',
  'Widgets must be listed.',
  'Widgets must be created.',
  'Widgets must be deleted.',
  '',
  '## Non-functional',
  '',
  'Pages load in under 200 ms.',
  'The service runs in eu-west-1.',
  'Data is kept for 30 days.',
  '',
].join('\n')

let fake: FakeGitHub
let octokit: Octokit

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
/** The real client, without its request log (failures are expected here). */
const client = (auth: string, baseUrl = fake.url): Octokit =>
  new Octokit({ auth, baseUrl, log: silent })
let headSha: string
let pullNumber: number

/** Violations so far, cleared: tests that provoke one take it, every other test expects none. */
function takeViolations(): FakeGitHub['violations'] {
  return fake.violations.splice(0, fake.violations.length)
}

async function caught(promise: Promise<unknown>): Promise<{
  status?: number
  message: string
  response?: { data?: unknown; headers?: Record<string, string> }
}> {
  try {
    await promise
  } catch (error) {
    return error as { status?: number; message: string }
  }
  throw new Error('expected the request to fail')
}

beforeAll(async () => {
  fake = await startFakeGitHub({
    validateResponses: true,
    tokens: {
      'bot-token': ACTIONS_BOT,
      'read-token': {
        login: 'github-actions[bot]',
        type: 'Bot',
        permissions: { contents: 'read', pull_requests: 'read', issues: 'read' },
      },
      'alice-token': { login: 'alice', type: 'User' },
    },
  })
  fake.createRepo(REPO, {
    files: { 'README.md': '# Widgets\n', 'docs/requirements.md': REQUIREMENTS },
  })
  fake.setPermission('alice', 'write', REPO)
  fake.createBranch(REPO, 'feature')
  headSha = fake.commitFiles(
    REPO,
    'feature',
    {
      'docs/requirements.md': REQUIREMENTS.replace(
        'Widgets must be created.',
        'Widgets must be created and renamed.',
      ).replace('Data is kept for 30 days.\n', 'Data is kept for 90 days.\nBackups run nightly.\n'),
    },
    'Refine requirements',
    { author: 'alice' },
  )
  pullNumber = fake.createPullRequest(REPO, {
    head: 'feature',
    title: 'Refine requirements',
    user: 'alice',
  }).number
  octokit = client('bot-token')
})

afterAll(async () => {
  await fake.close()
})

describe('REST basics', () => {
  it('serves a repository with GitHub headers and shapes that match the OpenAPI schemas', async () => {
    const response = await octokit.repos.get({ owner, repo })
    expect(response.data).toMatchObject({ full_name: REPO, default_branch: 'main', private: false })
    expect(response.headers['x-github-request-id']).toMatch(/^[0-9A-F:]+$/)
    expect(response.headers['x-ratelimit-limit']).toBe('5000')
    expect(Number(response.headers['x-ratelimit-remaining'])).toBeLessThan(5000)
    expect(response.headers['x-ratelimit-resource']).toBe('core')
    // Responses are checked against the OpenAPI schemas too (validateResponses).
    expect(fake.openApiStats()?.compiled).toBeGreaterThan(1)

    const pull = await octokit.pulls.get({ owner, repo, pull_number: pullNumber })
    expect(pull.data).toMatchObject({
      number: pullNumber,
      state: 'open',
      head: { ref: 'feature', sha: headSha, repo: { full_name: REPO } },
      base: { ref: 'main' },
      user: { login: 'alice', type: 'User' },
      changed_files: 1,
      commits: 1,
    })
    const issue = await octokit.issues.get({ owner, repo, issue_number: pullNumber })
    expect(issue.data.pull_request?.url).toBe(`${fake.url}/repos/${REPO}/pulls/${pullNumber}`)
    expect(takeViolations()).toEqual([])
  })

  it('answers 404 with GitHub’s error body, and records unknown routes', async () => {
    const missing = await caught(octokit.pulls.get({ owner, repo, pull_number: 999 }))
    expect(missing.status).toBe(404)
    expect(missing.response?.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
      status: '404',
    })
    const unknown = await caught(
      octokit.request('GET /repos/{owner}/{repo}/widgets', { owner, repo }),
    )
    expect(unknown.status).toBe(404)
    expect(takeViolations()).toEqual([
      expect.objectContaining({ kind: 'unknown-route', path: `/repos/${REPO}/widgets` }),
    ])
  })

  it('paginates pull request files with link headers (250 files, per_page 100)', async () => {
    fake.createBranch(REPO, 'many')
    const files: Record<string, string> = {}
    for (let i = 0; i < 250; i++)
      files[`gen/file-${String(i).padStart(3, '0')}.txt`] = `line ${i}\n`
    fake.commitFiles(REPO, 'many', files, 'Generate files')
    const { number } = fake.createPullRequest(REPO, { head: 'many', title: 'Many files' })
    fake.resetCounters()

    const first = await octokit.pulls.listFiles({ owner, repo, pull_number: number, per_page: 100 })
    expect(first.data).toHaveLength(100)
    expect(first.headers.link).toBe(
      `<${fake.url}/repos/${REPO}/pulls/${number}/files?per_page=100&page=2>; rel="next", <${fake.url}/repos/${REPO}/pulls/${number}/files?per_page=100&page=3>; rel="last"`,
    )
    const all = await octokit.paginate(octokit.pulls.listFiles, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    })
    expect(all).toHaveLength(250)
    expect(all[249]).toMatchObject({
      filename: 'gen/file-249.txt',
      status: 'added',
      additions: 1,
      patch: '@@ -0,0 +1 @@\n+line 249',
    })
    expect(fake.count({ path: '/repos/{owner}/{repo}/pulls/{pull_number}/files' })).toBe(4)
    expect(takeViolations()).toEqual([])
  })

  it('returns a realistic unified diff for a modified file', async () => {
    const { data } = await octokit.pulls.listFiles({ owner, repo, pull_number: pullNumber })
    expect(data).toEqual([
      expect.objectContaining({
        filename: 'docs/requirements.md',
        status: 'modified',
        additions: 3,
        deletions: 2,
        changes: 5,
        sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      }),
    ])
    expect(data[0]!.patch).toBe(
      [
        '@@ -1,11 +1,12 @@',
        ' # Requirements',
        ' ',
        ' Widgets must be listed.',
        '-Widgets must be created.',
        '+Widgets must be created and renamed.',
        ' Widgets must be deleted.',
        ' ',
        ' ## Non-functional',
        ' ',
        ' Pages load in under 200 ms.',
        ' The service runs in eu-west-1.',
        '-Data is kept for 30 days.',
        '+Data is kept for 90 days.',
        '+Backups run nightly.',
      ].join('\n'),
    )
    const diff = await octokit.pulls.get({
      owner,
      repo,
      pull_number: pullNumber,
      mediaType: { format: 'diff' },
    })
    expect(String(diff.data)).toMatch(
      /^diff --git a\/docs\/requirements.md b\/docs\/requirements.md\nindex [0-9a-f]{7}\.\.[0-9a-f]{7} 100644\n--- a\/docs\/requirements.md\n\+\+\+ b\/docs\/requirements.md\n@@ -1,11 \+1,12 @@/,
    )
  })

  it('round-trips contents as base64, 404s missing files, and omits content over 1 MB', async () => {
    const text = 'Ünïcode ✓ and a tab\t\n'
    const binary = Buffer.from([0, 1, 2, 255, 254, 10, 0])
    const big = Buffer.alloc(1024 * 1024 + 1, 'a')
    fake.commitFiles(REPO, 'main', {
      'data/text.md': text,
      'data/bin.dat': binary,
      'data/big.txt': big,
    })

    const file = await octokit.repos.getContent({ owner, repo, path: 'data/text.md', ref: 'main' })
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file')
    expect(file.data.encoding).toBe('base64')
    expect(Buffer.from(file.data.content, 'base64').toString('utf8')).toBe(text)
    expect(file.data.sha).toBe(fake.state.git.blobSha(Buffer.from(text)))
    expect(file.data.size).toBe(Buffer.byteLength(text))

    const bin = await octokit.repos.getContent({ owner, repo, path: 'data/bin.dat' })
    if (Array.isArray(bin.data) || bin.data.type !== 'file') throw new Error('expected a file')
    expect(Buffer.from(bin.data.content, 'base64')).toEqual(binary)

    const large = await octokit.repos.getContent({ owner, repo, path: 'data/big.txt' })
    expect(large.data).toMatchObject({ encoding: 'none', content: '', size: big.length })
    const blob = await octokit.git.getBlob({
      owner,
      repo,
      file_sha: large.data && (large.data as { sha: string }).sha,
    })
    expect(Buffer.from(blob.data.content, 'base64').equals(big)).toBe(true)
    const raw = await octokit.repos.getContent({
      owner,
      repo,
      path: 'data/big.txt',
      mediaType: { format: 'raw' },
    })
    expect(String(raw.data)).toHaveLength(big.length)

    const dir = await octokit.repos.getContent({ owner, repo, path: 'data' })
    expect((dir.data as { name: string }[]).map((e) => e.name)).toEqual([
      'big.txt',
      'bin.dat',
      'text.md',
    ])

    const missing = await caught(octokit.repos.getContent({ owner, repo, path: 'nope.md' }))
    expect(missing.status).toBe(404)
    const badRef = await caught(
      octokit.repos.getContent({ owner, repo, path: 'README.md', ref: 'no-such-branch' }),
    )
    expect(badRef).toMatchObject({
      status: 404,
      message: expect.stringContaining('No commit found for the ref no-such-branch'),
    })
    expect(takeViolations()).toEqual([])
  })

  it('checks collaborator permissions, and refuses writes with a read-only or unknown token', async () => {
    const alice = await octokit.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'alice',
    })
    expect(alice.data).toMatchObject({
      permission: 'write',
      role_name: 'write',
      user: { login: 'alice' },
    })
    const ownerPermission = await octokit.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'acme',
    })
    expect(ownerPermission.data.permission).toBe('admin')

    const reader = client('read-token')
    await expect(reader.pulls.get({ owner, repo, pull_number: pullNumber })).resolves.toBeDefined()
    const denied = await caught(
      reader.issues.createComment({ owner, repo, issue_number: pullNumber, body: 'hi' }),
    )
    expect(denied).toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    })

    const stranger = client('who-is-this')
    const unauthorized = await caught(stranger.repos.get({ owner, repo }))
    expect(unauthorized).toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    })
    expect(fake.issueComments(REPO, pullNumber)).toEqual([])
    expect(takeViolations()).toEqual([])
  })

  it('edits comments and adds reactions once per user and content', async () => {
    const created = await octokit.issues.createComment({
      owner,
      repo,
      issue_number: pullNumber,
      body: 'Design ready',
    })
    const edited = await octokit.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: 'Design updated',
    })
    expect(edited.data).toMatchObject({
      id: created.data.id,
      body: 'Design updated',
      user: { login: 'github-actions[bot]' },
    })
    const first = await octokit.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: created.data.id,
      content: 'rocket',
    })
    const again = await octokit.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: created.data.id,
      content: 'rocket',
    })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.data.id).toBe(first.data.id)
    const listed = await octokit.issues.listComments({ owner, repo, issue_number: pullNumber })
    expect(listed.data.at(-1)).toMatchObject({
      body: 'Design updated',
      reactions: { rocket: 1, total_count: 1 },
    })
    const alice = client('alice-token')
    const notYours = await caught(
      alice.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'mine now' }),
    )
    expect(notYours.status).toBe(403)
    await octokit.issues.deleteComment({ owner, repo, comment_id: created.data.id })
    expect(fake.issueComments(REPO, pullNumber)).toEqual([])
    expect(takeViolations()).toEqual([])
  })

  it('refuses a second open pull request for the same head', async () => {
    const error = await caught(
      octokit.pulls.create({ owner, repo, head: 'feature', base: 'main', title: 'Again' }),
    )
    expect(error.status).toBe(422)
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for acme:feature.',
        },
      ],
    })
  })
})

describe('reviews and threads', () => {
  it('rejects a review whose comment is outside the diff, storing nothing', async () => {
    const before = {
      reviews: fake.reviews(REPO).length,
      comments: fake.reviewComments(REPO).length,
    }
    const error = await caught(
      octokit.pulls.createReview({
        owner,
        repo,
        pull_number: pullNumber,
        commit_id: headSha,
        event: 'COMMENT',
        body: 'Questions',
        comments: [
          { path: 'docs/requirements.md', line: 4, side: 'RIGHT', body: 'in the diff' },
          { path: 'docs/requirements.md', line: 40, side: 'RIGHT', body: 'outside' },
        ],
      }),
    )
    expect(error.status).toBe(422)
    expect(error.response?.data).toMatchObject({
      message: 'Unprocessable Entity',
      errors: [
        "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank",
      ],
      status: '422',
    })
    expect({
      reviews: fake.reviews(REPO).length,
      comments: fake.reviewComments(REPO).length,
    }).toEqual(before)
  })

  it('stores a review with line comments, threads, replies, and resolves a thread through GraphQL', async () => {
    const review = await octokit.pulls.createReview({
      owner,
      repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: 'COMMENT',
      body: 'Open questions',
      comments: [
        { path: 'docs/requirements.md', line: 4, side: 'RIGHT', body: 'Which rename rules?' },
        { path: 'docs/requirements.md', line: 12, body: 'Where are backups kept?' },
      ],
    })
    expect(review.data).toMatchObject({
      state: 'COMMENTED',
      commit_id: headSha,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    })
    const comments = await octokit.paginate(octokit.pulls.listReviewComments, {
      owner,
      repo,
      pull_number: pullNumber,
    })
    expect(comments).toEqual([
      expect.objectContaining({
        line: 4,
        side: 'RIGHT',
        path: 'docs/requirements.md',
        pull_request_review_id: review.data.id,
        subject_type: 'line',
        diff_hunk: expect.stringMatching(
          /^@@ -1,11 \+1,12 @@\n[\s\S]*\n\+Widgets must be created and renamed\.$/,
        ),
      }),
      expect.objectContaining({ line: 12, side: 'RIGHT', body: 'Where are backups kept?' }),
    ])
    const reply = await octokit.pulls.createReplyForReviewComment({
      owner,
      repo,
      pull_number: pullNumber,
      comment_id: comments[0]!.id,
      body: 'Only display names.',
    })
    expect(reply.data).toMatchObject({
      in_reply_to_id: comments[0]!.id,
      line: 4,
      path: 'docs/requirements.md',
    })
    const file = await octokit.pulls.createReviewComment({
      owner,
      repo,
      pull_number: pullNumber,
      commit_id: headSha,
      path: 'docs/requirements.md',
      subject_type: 'file',
      body: 'About the whole file',
    })
    expect(file.data).toMatchObject({ subject_type: 'file' })
    const lone = await caught(
      octokit.pulls.createReviewComment({
        owner,
        repo,
        pull_number: pullNumber,
        commit_id: headSha,
        path: 'docs/requirements.md',
        line: 50,
        body: 'outside',
      }),
    )
    expect(lone.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ field: 'pull_request_review_thread.line', message: 'could not be resolved' }],
    })

    const query = `query($owner: String!, $name: String!, $number: Int!, $after: String) {
      repository(owner: $owner, name: $name) {
        pullRequest(number: $number) {
          reviewThreads(first: 2, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { id isResolved path line comments(first: 10) { pageInfo { hasNextPage } nodes { databaseId body author { login __typename } createdAt replyTo { databaseId } } } }
          }
        }
      }
    }`
    type Threads = {
      repository: {
        pullRequest: {
          reviewThreads: {
            pageInfo: { hasNextPage: boolean; endCursor: string }
            nodes: {
              id: string
              isResolved: boolean
              line: number | null
              comments: {
                nodes: {
                  databaseId: number
                  author: { login: string; __typename: string }
                  replyTo: { databaseId: number } | null
                }[]
              }
            }[]
          }
        }
      }
    }
    const page1 = await octokit.graphql<Threads>(query, { owner, name: repo, number: pullNumber })
    const threads1 = page1.repository.pullRequest.reviewThreads
    expect(threads1.pageInfo.hasNextPage).toBe(true)
    expect(threads1.nodes[0]!.comments.nodes).toEqual([
      expect.objectContaining({
        databaseId: comments[0]!.id,
        author: { login: 'github-actions', __typename: 'Bot' },
        replyTo: null,
      }),
      expect.objectContaining({
        databaseId: reply.data.id,
        replyTo: { databaseId: comments[0]!.id },
      }),
    ])
    const page2 = await octokit.graphql<Threads>(query, {
      owner,
      name: repo,
      number: pullNumber,
      after: threads1.pageInfo.endCursor,
    })
    expect(page2.repository.pullRequest.reviewThreads.nodes.map((t) => t.line)).toEqual([null])

    const resolved = await octokit.graphql<{
      resolveReviewThread: { thread: { isResolved: boolean } }
    }>(
      'mutation($id: ID!) { resolveReviewThread(input: {threadId: $id}) { thread { isResolved } } }',
      { id: threads1.nodes[0]!.id },
    )
    expect(resolved.resolveReviewThread.thread.isResolved).toBe(true)
    expect(fake.threads(REPO, pullNumber).map((t) => t.resolved)).toEqual([true, false, false])
    expect(takeViolations()).toEqual([])
  })

  it('answers 422 and records a violation for a body that breaks the OpenAPI schema', async () => {
    const error = await caught(
      octokit.pulls.createReview({
        owner,
        repo,
        pull_number: pullNumber,
        event: 'SHOUT' as 'COMMENT',
        body: 'x',
      }),
    )
    expect(error.status).toBe(422)
    expect(error.message).toContain('Invalid request')
    expect(takeViolations()).toEqual([
      expect.objectContaining({
        kind: 'request',
        operation: 'pulls/create-review',
        messages: [expect.stringContaining('/event must be equal to one of the allowed values')],
      }),
    ])
  })
})

describe('GraphQL commits', () => {
  const mutation = `mutation($input: CreateCommitOnBranchInput!) {
    createCommitOnBranch(input: $input) { commit { oid url signature { isValid wasSignedByGitHub } author { name user { login } } } ref { name target { oid } } }
  }`

  it('commits with createCommitOnBranch: verified, authored by the token, branch moved', async () => {
    const expectedHeadOid = fake.branchHead(REPO, 'feature')!
    const result = await octokit.graphql<{
      createCommitOnBranch: {
        commit: { oid: string; url: string; signature: { isValid: boolean } }
      }
    }>(mutation, {
      input: {
        branch: { repositoryNameWithOwner: REPO, branchName: 'feature' },
        message: { headline: 'Add technical design', body: 'Generated by tech-design-action.' },
        fileChanges: {
          additions: [
            {
              path: 'tech-design.md',
              contents: Buffer.from('# Technical Design: Widgets\n').toString('base64'),
            },
          ],
        },
        expectedHeadOid,
      },
    })
    const oid = result.createCommitOnBranch.commit.oid
    expect(fake.branchHead(REPO, 'feature')).toBe(oid)
    expect(result.createCommitOnBranch.commit.signature.isValid).toBe(true)
    const commit = fake.commit(oid)!
    expect(commit).toMatchObject({
      parents: [expectedHeadOid],
      message: 'Add technical design\n\nGenerated by tech-design-action.',
      verified: true,
      author: expect.objectContaining({ login: 'github-actions[bot]' }),
    })
    expect(fake.textAt(REPO, 'feature', 'tech-design.md')).toBe('# Technical Design: Widgets\n')
    const rest = await octokit.repos.getCommit({ owner, repo, ref: oid })
    expect(rest.data.commit.verification?.verified).toBe(true)
    expect(takeViolations()).toEqual([])
  })

  it('answers STALE_DATA when the branch moved, and changes nothing', async () => {
    const stale = fake.branchHead(REPO, 'feature')!
    const pushed = fake.commitFiles(
      REPO,
      'feature',
      { 'notes.md': 'meanwhile\n' },
      'Someone pushed',
      { author: 'alice' },
    )
    const error = (await caught(
      octokit.graphql(mutation, {
        input: {
          branch: { repositoryNameWithOwner: REPO, branchName: 'feature' },
          message: { headline: 'Update technical design' },
          fileChanges: {
            additions: [
              { path: 'tech-design.md', contents: Buffer.from('v2\n').toString('base64') },
            ],
          },
          expectedHeadOid: stale,
        },
      }),
    )) as unknown as { errors: { type: string; message: string }[]; data: unknown }
    expect(error.errors).toEqual([
      expect.objectContaining({
        type: 'STALE_DATA',
        message: `Expected branch to point to "${stale}" but it did not. Pull and try again.`,
      }),
    ])
    expect(error.data).toEqual({ createCommitOnBranch: null })
    expect(fake.branchHead(REPO, 'feature')).toBe(pushed)
  })

  it('rejects unknown fields like GitHub and records them', async () => {
    const error = (await caught(
      octokit.graphql('{ repository(owner: "acme", name: "widgets") { nope } }'),
    )) as unknown as { errors: { message: string }[] }
    expect(error.errors[0]!.message).toBe("Field 'nope' doesn't exist on type 'Repository'")
    expect(takeViolations()).toEqual([expect.objectContaining({ kind: 'graphql' })])
  })
})

describe('refs', () => {
  it('records force pushes and refuses non-fast-forward updates without force', async () => {
    fake.createBranch(REPO, 'rewrite')
    const old = fake.commitFiles(REPO, 'rewrite', { 'a.txt': '1\n' })
    const main = fake.branchHead(REPO, 'main')!
    const refused = await caught(
      octokit.git.updateRef({ owner, repo, ref: 'heads/rewrite', sha: main }),
    )
    expect(refused).toMatchObject({
      status: 422,
      message: expect.stringContaining('Update is not a fast forward'),
    })
    expect(fake.branchHead(REPO, 'rewrite')).toBe(old)
    await octokit.git.updateRef({ owner, repo, ref: 'heads/rewrite', sha: main, force: true })
    expect(fake.branchHead(REPO, 'rewrite')).toBe(main)
    expect(fake.forcePushes).toEqual([
      expect.objectContaining({
        branch: 'rewrite',
        from: old,
        to: main,
        force: false,
        applied: false,
      }),
      expect.objectContaining({
        branch: 'rewrite',
        from: old,
        to: main,
        force: true,
        applied: true,
      }),
    ])
    const ref = await octokit.git.getRef({ owner, repo, ref: 'heads/rewrite' })
    expect(ref.data.object.sha).toBe(main)
    const branch = await octokit.repos.getBranch({ owner, repo, branch: 'rewrite' })
    expect(branch.data.commit.sha).toBe(main)
    fake.forcePushes.length = 0
    expect(takeViolations()).toEqual([])
  })
})

describe('faults', () => {
  it('fails queued requests, then recovers', async () => {
    fake.fail({ method: 'GET', path: '/repos/{owner}/{repo}', status: 502, times: 1 })
    expect(await caught(octokit.repos.get({ owner, repo }))).toMatchObject({ status: 502 })
    await expect(octokit.repos.get({ owner, repo })).resolves.toMatchObject({ status: 200 })
    expect(fake.pendingFaults()).toBe(0)
  })

  it('drops connections, before or after applying a write (a lost response)', async () => {
    fake.resetConnection({ method: 'POST', path: /\/issues\/\d+\/comments$/ })
    await expect(
      octokit.issues.createComment({ owner, repo, issue_number: pullNumber, body: 'first' }),
    ).rejects.toThrow()
    expect(fake.issueComments(REPO, pullNumber)).toEqual([])

    fake.resetConnection({ method: 'POST', path: /\/issues\/\d+\/comments$/, afterApply: true })
    await expect(
      octokit.issues.createComment({ owner, repo, issue_number: pullNumber, body: 'lost' }),
    ).rejects.toThrow()
    expect(fake.issueComments(REPO, pullNumber).map((c) => c.body)).toEqual(['lost'])
    expect(fake.requests.filter((r) => r.fault === 'reset').map((r) => r.status)).toEqual([0, 0])
  })

  it('simulates primary and secondary rate limits that octokit’s plugins understand', async () => {
    const primary = await caught(
      (() => {
        fake.rateLimit({ kind: 'primary', path: '/repos/{owner}/{repo}', resetInSeconds: 30 })
        return octokit.repos.get({ owner, repo })
      })(),
    )
    expect(primary.status).toBe(403)
    expect(primary.response?.headers).toMatchObject({ 'x-ratelimit-remaining': '0' })
    expect(primary.message).toContain('API rate limit exceeded')

    const Throttled = Octokit.plugin(retry, throttling)
    const seen: string[] = []
    const throttled = new Throttled({
      auth: 'bot-token',
      baseUrl: fake.url,
      log: silent,
      retry: { retryAfterBaseValue: 1 },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: () => false,
        onSecondaryRateLimit: (_after: number, options: { method: string; url: string }) => {
          seen.push(`${options.method} ${options.url}`)
          return true
        },
      },
    })
    // A GET: octokit's throttling spaces out writes (1 s, 3 s for notifying ones) on retries.
    fake.rateLimit({
      kind: 'secondary',
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      retryAfter: 0,
    })
    fake.fail({ method: 'GET', path: '/repos/{owner}/{repo}', status: 502 })
    fake.resetCounters()
    const got = await throttled.repos.get({ owner, repo })
    expect(got.status).toBe(200)
    expect(seen).toEqual(['GET /repos/{owner}/{repo}'])
    expect(fake.requests.map((r) => r.status)).toEqual([403, 502, 200])
    expect(takeViolations()).toEqual([])
  })
})

describe('webhook events', () => {
  it('builds pull_request and issue_comment payloads from GitHub’s examples with the fake’s data', () => {
    const event = pullRequestEvent(fake, { repo: REPO, number: pullNumber, action: 'synchronize' })
    const head = fake.branchHead(REPO, 'feature')!
    expect(event).toMatchObject({
      action: 'synchronize',
      number: pullNumber,
      after: head,
      before: fake.commit(head)!.parents[0],
      pull_request: {
        number: pullNumber,
        head: { ref: 'feature', sha: head },
        base: { ref: 'main' },
        user: { login: 'alice' },
      },
      repository: { full_name: REPO },
      sender: { login: 'alice' },
    })
    const comment = issueCommentEvent(fake, {
      repo: REPO,
      number: pullNumber,
      body: '/design',
      login: 'alice',
    })
    expect(comment).toMatchObject({
      action: 'created',
      issue: {
        number: pullNumber,
        pull_request: { url: `${fake.url}/repos/${REPO}/pulls/${pullNumber}` },
      },
      comment: { body: '/design', user: { login: 'alice' } },
      sender: { login: 'alice' },
    })
    expect(
      fake
        .issueComments(REPO, pullNumber)
        .some((c) => c.id === (comment.comment as { id: number }).id),
    ).toBe(true)

    const edited = issueCommentEvent(fake, {
      repo: REPO,
      number: pullNumber,
      body: '/design again',
      login: 'alice',
      edited: { from: '/design' },
    })
    expect(edited).toMatchObject({
      action: 'edited',
      changes: { body: { from: '/design' } },
      comment: { body: '/design again' },
    })

    const dir = mkdtempSync(join(tmpdir(), 'fake-github-'))
    try {
      const env = actionsEnv(fake, {
        eventName: 'pull_request',
        payload: event,
        eventPath: join(dir, 'event.json'),
        token: 'bot-token',
      })
      expect(env).toMatchObject({
        GITHUB_API_URL: fake.url,
        GITHUB_REPOSITORY: REPO,
        GITHUB_REF: `refs/pull/${pullNumber}/merge`,
      })
      expect(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH!, 'utf8')).number).toBe(pullNumber)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('GHES path prefix', () => {
  it('serves REST under /api/v3 and GraphQL at /api/graphql', async () => {
    const ghes = await startFakeGitHub({ pathPrefix: '/api/v3', tokens: { t: ACTIONS_BOT } })
    try {
      ghes.createRepo('corp/app')
      expect(ghes.url).toMatch(/\/api\/v3$/)
      expect(ghes.graphqlUrl).toMatch(/\/api\/graphql$/)
      const ghesClient = client('t', ghes.url)
      const { data } = await ghesClient.repos.get({ owner: 'corp', repo: 'app' })
      expect(data.html_url).toBe(`${ghes.serverUrl}/corp/app`)
      const gql = await ghesClient.graphql<{ repository: { defaultBranchRef: { name: string } } }>(
        '{ repository(owner: "corp", name: "app") { defaultBranchRef { name } } }',
      )
      expect(gql.repository.defaultBranchRef.name).toBe('main')
      const outside = await fetch(`${ghes.serverUrl}/repos/corp/app`, {
        headers: { authorization: 'token t' },
      })
      expect(outside.status).toBe(404)
      expect(ghes.count({ path: '/graphql' })).toBe(1)
    } finally {
      await ghes.close()
    }
  })
})

describe('diff', () => {
  it('finds minimal edit scripts (checked against an LCS table)', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let run = 0; run < 200; run++) {
      const a = Array.from({ length: Math.floor(random() * 25) }, () => Math.floor(random() * 4))
      const b = Array.from({ length: Math.floor(random() * 25) }, () => Math.floor(random() * 4))
      const lcs = Array.from({ length: a.length + 1 }, () =>
        new Array<number>(b.length + 1).fill(0),
      )
      for (let i = a.length - 1; i >= 0; i--)
        for (let j = b.length - 1; j >= 0; j--)
          lcs[i]![j] =
            a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
      const edits = [...editScript(a, b)].filter((step) => step !== 0).length
      expect(edits).toBe(a.length + b.length - 2 * lcs[0]![0]!)
    }
  })

  it('marks a missing newline at the end of a file like git', () => {
    expect(unifiedPatch('a\nb', 'a\nc\n').patch).toBe(
      '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c',
    )
  })
})

describe('check runs', () => {
  const NAME = 'Technical design'
  const head = () => fake.branchHead(REPO, 'feature')!
  const note = (line: number, message = `Line ${line}`) => ({
    path: 'docs/requirements.md',
    start_line: line,
    end_line: line,
    annotation_level: 'warning' as const,
    message,
  })
  const create = (extra: Record<string, unknown> = {}, token = 'bot-token') =>
    client(token).checks.create({
      owner,
      repo,
      name: NAME,
      head_sha: head(),
      conclusion: 'failure',
      output: { title: 'Not yet', summary: 'Two things', annotations: [note(3), note(4)] },
      ...extra,
    })

  it('creates a completed run for the workflow’s app, with its annotations on the commit', async () => {
    const { status, data } = await create({ details_url: 'https://ci.example/run/1' })
    expect(status).toBe(201)
    expect(data).toMatchObject({
      name: NAME,
      head_sha: head(),
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://ci.example/run/1',
      output: { title: 'Not yet', summary: 'Two things', text: null, annotations_count: 2 },
      app: { slug: 'github-actions', id: 15368 },
      pull_requests: [{ number: pullNumber, head: { ref: 'feature', sha: head() } }],
    })
    expect(data.completed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(data.html_url).toBe(`https://github.com/${REPO}/runs/${data.id}`)
    const annotations = await octokit.checks.listAnnotations({ owner, repo, check_run_id: data.id })
    expect(annotations.data).toEqual([
      expect.objectContaining({
        start_line: 3,
        annotation_level: 'warning',
        message: 'Line 3',
        start_column: null,
        blob_href: `https://github.com/${REPO}/blob/${head()}/docs/requirements.md`,
      }),
      expect.objectContaining({ start_line: 4, message: 'Line 4' }),
    ])
    expect(fake.latestCheckRun(REPO, head(), NAME)).toMatchObject({
      id: data.id,
      conclusion: 'failure',
      app: { login: 'github-actions[bot]' },
    })
    expect(takeViolations()).toEqual([])
  })

  it('appends the annotations of an update and replaces the output it names', async () => {
    const { data: created } = await create({ output: { title: 'T', summary: 'S', text: 'X' } })
    const batch = Array.from({ length: 50 }, (_, i) => note(i + 1))
    for (const summary of ['First batch', 'Second batch']) {
      await octokit.checks.update({
        owner,
        repo,
        check_run_id: created.id,
        output: { title: 'T2', summary, annotations: batch },
      })
    }
    const { data } = await octokit.checks.get({ owner, repo, check_run_id: created.id })
    expect(data.output).toMatchObject({
      title: 'T2',
      summary: 'Second batch',
      text: 'X',
      annotations_count: 100,
    })
    const page = await octokit.checks.listAnnotations({
      owner,
      repo,
      check_run_id: created.id,
      per_page: 100,
    })
    expect(page.data.map((a) => a.start_line)).toEqual(
      [...batch, ...batch].map((a) => a.start_line),
    )
    expect(takeViolations()).toEqual([])
  })

  it('refuses more than 50 annotations in one request, as GitHub words it', async () => {
    const before = fake.checkRuns(REPO).length
    const annotations = Array.from({ length: 51 }, (_, i) => note(i + 1))
    const error = await caught(create({ output: { title: 'T', summary: 'S', annotations } }))
    expect(error.status).toBe(422)
    expect(error.response?.data).toMatchObject({
      message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.',
    })
    expect(fake.checkRuns(REPO)).toHaveLength(before)
    expect(takeViolations()).toMatchObject([{ kind: 'request', operation: 'checks/create' }])

    // Without request validation, the fake's own rule answers the same.
    const lax = await startFakeGitHub({ validate: false, tokens: { t: ACTIONS_BOT } })
    try {
      lax.createRepo(REPO)
      const sha = lax.branchHead(REPO, 'main')!
      const refused = await caught(
        client('t', lax.url).checks.create({
          owner,
          repo,
          name: NAME,
          head_sha: sha,
          output: { title: 'T', summary: 'S', annotations },
        }),
      )
      expect(refused.response?.data).toMatchObject({
        message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.',
      })
      expect(lax.checkRuns(REPO)).toEqual([])
    } finally {
      await lax.close()
    }
  })

  it('refuses a head sha that is not a commit of the repository', async () => {
    const missing = 'f'.repeat(40)
    const error = await caught(create({ head_sha: missing }))
    expect(error.status).toBe(422)
    expect(error.response?.data).toMatchObject({ message: `No commit found for SHA: ${missing}` })
    fake.createRepo('acme/other', { files: { 'a.md': 'elsewhere\n' } })
    const elsewhere = await caught(create({ head_sha: fake.branchHead('acme/other', 'main') }))
    expect(elsewhere.status).toBe(422)
    const short = await caught(create({ head_sha: head().slice(0, 7) }))
    expect(short.status).toBe(422)
    expect(takeViolations()).toEqual([])
  })

  it('holds a completed run to a conclusion, and columns to one line', async () => {
    const noConclusion = await caught(
      client('bot-token').checks.create({
        owner,
        repo,
        name: NAME,
        head_sha: head(),
        status: 'completed',
      }),
    )
    expect(noConclusion.status).toBe(422)
    expect(noConclusion.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ code: 'missing_field', field: 'conclusion' }],
    })
    const columns = await caught(
      create({
        output: {
          title: 'T',
          summary: 'S',
          annotations: [{ ...note(3), end_line: 4, start_column: 1, end_column: 2 }],
        },
      }),
    )
    expect(columns.status).toBe(422)
    expect(columns.response?.data).toMatchObject({ errors: [{ field: 'start_column' }] })
    const { data } = await create({
      output: {
        title: 'T',
        summary: 'S',
        annotations: [{ ...note(3), start_column: 1, end_column: 8 }],
      },
    })
    expect(fake.state.checkRuns.find((r) => r.id === data.id)!.annotations[0]).toMatchObject({
      start_column: 1,
      end_column: 8,
    })
    const queued = await create({ conclusion: undefined, status: 'in_progress' })
    expect(queued.data).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      completed_at: null,
    })
    expect(takeViolations()).toEqual([])
  })

  it('needs checks: write to write, and a GitHub App: a personal access token is refused', async () => {
    const before = fake.checkRuns(REPO).length
    const readOnly = await caught(create({}, 'read-token'))
    expect(readOnly.status).toBe(403)
    expect(readOnly.response?.data).toMatchObject({
      message: 'Resource not accessible by integration',
    })
    const pat = await caught(create({}, 'alice-token'))
    expect(pat.status).toBe(403)
    expect(pat.response?.data).toMatchObject({ message: 'You must authenticate via a GitHub App.' })
    expect(fake.checkRuns(REPO)).toHaveLength(before)

    // Reading is public data on a public repository; a private one needs checks: read.
    const listed = await client('read-token').checks.listForRef({ owner, repo, ref: head() })
    expect(listed.status).toBe(200)
    fake.createRepo('acme/private-checks', { private: true })
    const hidden = await caught(
      client('read-token').checks.listForRef({
        owner,
        repo: 'private-checks',
        ref: fake.branchHead('acme/private-checks', 'main')!,
      }),
    )
    expect(hidden.status).toBe(403)
    expect(takeViolations()).toEqual([])
  })

  it('lists the latest run of each name on a commit, or all of them, a page at a time', async () => {
    fake.createBranch(REPO, 'checks-list', 'main')
    const sha = fake.commitFiles(REPO, 'checks-list', { 'c.md': 'c\n' }, 'For checks')
    const run = (name: string, conclusion: 'success' | 'failure') =>
      octokit.checks.create({
        owner,
        repo,
        name,
        head_sha: sha,
        conclusion,
        output: { title: conclusion, summary: name },
      })
    const first = (await run(NAME, 'failure')).data
    const other = (await run('lint', 'success')).data
    const second = (await run(NAME, 'success')).data

    const latest = await octokit.checks.listForRef({ owner, repo, ref: sha })
    expect(latest.data.total_count).toBe(2)
    expect(latest.data.check_runs.map((r) => r.id)).toEqual([second.id, other.id])
    const named = await octokit.checks.listForRef({
      owner,
      repo,
      ref: 'checks-list',
      check_name: NAME,
    })
    expect(named.data.check_runs.map((r) => [r.id, r.conclusion])).toEqual([[second.id, 'success']])
    const all = await octokit.checks.listForRef({
      owner,
      repo,
      ref: sha,
      check_name: NAME,
      filter: 'all',
      per_page: 1,
    })
    expect(all.data.total_count).toBe(2)
    expect(all.data.check_runs.map((r) => r.id)).toEqual([second.id])
    expect(all.headers.link).toContain('rel="next"')
    const everyPage = await octokit.paginate(octokit.checks.listForRef, {
      owner,
      repo,
      ref: sha,
      filter: 'all',
      per_page: 2,
    })
    expect(everyPage.map((r) => r.id)).toEqual([second.id, other.id, first.id])

    expect(fake.checkRuns(REPO, sha).map((r) => r.id)).toEqual([first.id, other.id, second.id])
    expect(fake.latestCheckRun(REPO, sha, NAME)?.id).toBe(second.id)
    expect(fake.latestCheckRun(REPO, sha, 'missing')).toBeUndefined()
    expect(takeViolations()).toEqual([])
  })
})

describe('review comment events', () => {
  it('builds pull_request_review_comment payloads from GitHub’s examples with the fake’s comment', async () => {
    const sha = fake.branchHead(REPO, 'feature')!
    const { data: root } = await client('alice-token').pulls.createReviewComment({
      owner,
      repo,
      pull_number: pullNumber,
      commit_id: sha,
      path: 'docs/requirements.md',
      line: 4,
      body: 'Renamed how?',
    })
    const { data: answer } = await octokit.pulls.createReplyForReviewComment({
      owner,
      repo,
      pull_number: pullNumber,
      comment_id: root.id,
      body: 'By its owner.',
    })

    const created = pullRequestReviewCommentEvent(fake, {
      repo: REPO,
      number: pullNumber,
      commentId: answer.id,
      action: 'created',
    })
    expect(created).toMatchObject({
      action: 'created',
      comment: {
        id: answer.id,
        body: 'By its owner.',
        user: { login: 'github-actions[bot]', type: 'Bot' },
        path: 'docs/requirements.md',
        line: 4,
        side: 'RIGHT',
        in_reply_to_id: root.id,
        commit_id: sha,
        html_url: `https://github.com/${REPO}/pull/${pullNumber}#discussion_r${answer.id}`,
      },
      pull_request: { number: pullNumber, head: { ref: 'feature', sha } },
      repository: { full_name: REPO },
      sender: { login: 'github-actions[bot]' },
    })
    expect(created).not.toHaveProperty('changes')
    expect(created).not.toHaveProperty('installation')
    expect(
      pullRequestReviewCommentEvent(fake, {
        repo: REPO,
        number: pullNumber,
        commentId: root.id,
        action: 'created',
      }).comment,
    ).not.toHaveProperty('in_reply_to_id')

    const edited = pullRequestReviewCommentEvent(fake, {
      repo: REPO,
      number: pullNumber,
      commentId: root.id,
      action: 'edited',
      body: 'Renamed by whom?',
    })
    expect(edited).toMatchObject({
      action: 'edited',
      changes: { body: { from: 'Renamed how?' } },
      comment: { id: root.id, body: 'Renamed by whom?', user: { login: 'alice' } },
      sender: { login: 'alice' },
    })
    const served = await octokit.pulls.getReviewComment({ owner, repo, comment_id: root.id })
    expect(served.data.body).toBe('Renamed by whom?')

    const deleted = pullRequestReviewCommentEvent(fake, {
      repo: REPO,
      number: pullNumber,
      commentId: answer.id,
      action: 'deleted',
      sender: 'alice',
    })
    expect(deleted).toMatchObject({
      action: 'deleted',
      comment: { id: answer.id, body: 'By its owner.' },
      sender: { login: 'alice' },
    })
    expect(fake.reviewComments(REPO, pullNumber).some((c) => c.id === answer.id)).toBe(false)
    expect(() =>
      pullRequestReviewCommentEvent(fake, {
        repo: REPO,
        number: pullNumber,
        commentId: answer.id,
        action: 'edited',
      }),
    ).toThrow(/no review comment/)
    expect(takeViolations()).toEqual([])
  })
})
