/** Each GitHub call against the fake GitHub API, through the real Octokit with its plugins. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHub, type GitHub } from '../../src/adapters/github/client.js'
import { BranchMovedError, commitFile } from '../../src/adapters/github/commit.js'
import { explainGitHubError, GitHubError } from '../../src/adapters/github/errors.js'
import { readFileAt } from '../../src/adapters/github/file-content.js'
import { createIssueComment, listIssueComments } from '../../src/adapters/github/issue-comments.js'
import { getPullRequest } from '../../src/adapters/github/pull-request-details.js'
import { listPullRequestFiles } from '../../src/adapters/github/pull-request-files.js'
import { isCollaborator } from '../../src/adapters/github/collaborator.js'
import { listReviewThreads } from '../../src/adapters/github/review-threads.js'
import { ReviewLineError, createReview, listOwnReviews } from '../../src/adapters/github/reviews.js'
import { viewerLogin } from '../../src/adapters/github/viewer.js'
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js'

const REPO = 'acme/shop'
const TOKEN = 'ghs_adapterToken'
let fake: FakeGitHub
let gh: GitHub
let number: number

beforeEach(async () => {
  fake = await startFakeGitHub({ tokens: { [TOKEN]: ACTIONS_BOT } })
  fake.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  fake.createBranch(REPO, 'feature')
  fake.commitFiles(REPO, 'feature', { 'docs/requirements.md': 'Refunds.\n' }, 'Add', {
    author: 'alice',
  })
  number = fake.createPullRequest(REPO, { head: 'feature', user: 'alice' }).number
  gh = createGitHub({
    token: TOKEN,
    repo: { owner: 'acme', repo: 'shop' },
    baseUrl: fake.url,
    graphqlUrl: fake.graphqlUrl,
  })
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

const head = () => fake.branchHead(REPO, 'feature')!

describe('readFileAt', () => {
  it('returns the bytes of a file at a ref, and null when there is none', async () => {
    const file = await readFileAt(gh, 'docs/requirements.md', head())
    expect(Buffer.from(file!.bytes).toString()).toBe('Refunds.\n')
    expect(file!.size).toBe(9)
    expect(await readFileAt(gh, 'tech-design.md', head())).toBeNull()
  })

  it('does not download a file over the limit, but reports its size', async () => {
    fake.commitFiles(REPO, 'feature', { 'big.md': 'x'.repeat(5000) }, 'Big')
    const file = await readFileAt(gh, 'big.md', head(), 1000)
    expect(file).toMatchObject({ size: 5000, bytes: new Uint8Array() })
  })

  it('fetches a file over 1 MB through the blob API', async () => {
    const content = 'y'.repeat(1024 * 1024 + 10)
    fake.commitFiles(REPO, 'feature', { 'huge.md': content }, 'Huge')
    const file = await readFileAt(gh, 'huge.md', head())
    expect(Buffer.from(file!.bytes).toString()).toBe(content)
  })

  it('refuses a folder with a clear message', async () => {
    await expect(readFileAt(gh, 'docs', head())).rejects.toThrow(/docs is a folder, not a file/)
  })
})

describe('listPullRequestFiles', () => {
  it('lists every changed file across pages, with its patch', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 130 }, (_, i) => [`src/f${i}.py`, `${i}\n`]),
    )
    fake.commitFiles(REPO, 'feature', files, 'Many')
    const listed = await listPullRequestFiles(gh, number)
    expect(listed).toHaveLength(131)
    expect(listed.find((f) => f.filename === 'docs/requirements.md')).toMatchObject({
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+Refunds.',
    })
  })
})

describe('getPullRequest', () => {
  it('reads the head and base of a pull request', async () => {
    expect(await getPullRequest(gh, number)).toMatchObject({
      number,
      state: 'open',
      headSha: head(),
      headRef: 'feature',
      headRepo: REPO,
      baseRef: 'main',
    })
  })
})

describe('commitFile', () => {
  const input = () => ({
    repository: REPO,
    branch: 'feature',
    expectedHeadOid: head(),
    path: 'tech-design.md',
    content: '# Design\n',
    headline: 'docs: add design',
  })

  it('commits one signed commit on the expected head', async () => {
    const before = head()
    const commit = await commitFile(gh, input())
    expect(commit.sha).toBe(head())
    expect(fake.commit(commit.sha)).toMatchObject({
      parents: [before],
      verified: true,
      message: 'docs: add design',
    })
    expect(fake.textAt(REPO, 'feature', 'tech-design.md')).toBe('# Design\n')
  })

  it('refuses to commit when the branch moved, without touching it', async () => {
    const stale = input()
    const moved = fake.commitFiles(REPO, 'feature', { 'other.md': 'x\n' }, 'Moved')
    await expect(commitFile(gh, stale)).rejects.toBeInstanceOf(BranchMovedError)
    expect(head()).toBe(moved)
    expect(fake.forcePushes).toEqual([])
  })

  it('names the missing permission when the token cannot write', async () => {
    fake.addToken('ghs_read', { ...ACTIONS_BOT, permissions: { contents: 'read' } })
    const readOnly = createGitHub({
      token: 'ghs_read',
      repo: gh.repo,
      baseUrl: fake.url,
      graphqlUrl: fake.graphqlUrl,
    })
    const error = await commitFile(readOnly, input()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as Error).message).toMatch(
      /Could not commit tech-design\.md to feature: GitHub answered \(403\).*contents: write/,
    )
  })
})

describe('createReview', () => {
  async function withDesign(): Promise<string> {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n')
    return (
      await commitFile(gh, {
        repository: REPO,
        branch: 'feature',
        expectedHeadOid: head(),
        path: 'tech-design.md',
        content: `${lines}\n`,
        headline: 'd',
      })
    ).sha
  }

  it('posts one review with a comment on each line', async () => {
    const sha = await withDesign()
    const review = await createReview(gh, {
      number,
      commitSha: sha,
      body: 'Questions <!-- m1 -->',
      marker: '<!-- m1 -->',
      comments: [{ path: 'tech-design.md', line: 3, side: 'RIGHT', body: 'Why?' }],
    })
    expect(review.id).toBeGreaterThan(0)
    expect(fake.reviewComments(REPO, number)).toMatchObject([
      { line: 3, body: 'Why?', commit_id: sha },
    ])
    const [thread] = await listReviewThreads(gh, number)
    expect(thread).toMatchObject({ path: 'tech-design.md', isResolved: false })
    expect(thread!.comments).toEqual([
      expect.objectContaining({ body: 'Why?', authorIsBot: true, viewerDidAuthor: true }),
    ])
    expect(await listOwnReviews(gh, number)).toEqual([
      { id: review.id, url: review.url, body: 'Questions <!-- m1 -->' },
    ])
  })

  it('reads only our own reviews back: a copied marker in someone else’s review is not ours', async () => {
    const sha = await withDesign()
    fake.state.addReview(fake.pull(REPO, number)!, {
      body: 'Forged <!-- m1 -->',
      state: 'COMMENTED',
      commitId: sha,
      login: 'mallory',
    })
    expect(await listOwnReviews(gh, number)).toEqual([])
  })

  it('tells collaborators from everyone else, and names the token’s own account', async () => {
    fake.addUser('mallory')
    fake.setPermission('carol', 'read', REPO)
    expect(await isCollaborator(gh, 'carol')).toBe(true)
    expect(await isCollaborator(gh, 'acme')).toBe(true)
    expect(await isCollaborator(gh, 'mallory')).toBe(false)
    expect(await viewerLogin(gh)).toBe('github-actions[bot]')
  })

  it('reports a line outside the diff as ReviewLineError, storing nothing', async () => {
    const sha = await withDesign()
    const error = await createReview(gh, {
      number,
      commitSha: sha,
      body: 'b',
      marker: 'm',
      comments: [{ path: 'tech-design.md', line: 99, side: 'RIGHT', body: 'Why?' }],
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReviewLineError)
    expect(fake.reviews()).toHaveLength(0)
  })

  it('finds its own review after a lost response instead of posting it twice', async () => {
    const sha = await withDesign()
    fake.resetConnection({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      afterApply: true,
    })
    const review = await createReview(
      gh,
      { number, commitSha: sha, body: 'Q <!-- r1 -->', marker: '<!-- r1 -->', comments: [] },
      1,
    )
    expect(fake.reviews()).toHaveLength(1)
    expect(review.id).toBe(fake.reviews()[0]!.id)
  })

  it('after a 502, does not take someone else’s review with a copied marker for its own', async () => {
    const sha = await withDesign()
    fake.state.addReview(fake.pull(REPO, number)!, {
      body: 'Looks done <!-- r1 -->',
      state: 'COMMENTED',
      commitId: sha,
      login: 'mallory',
    })
    fake.fail({
      method: 'POST',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      status: 502,
    })
    const review = await createReview(
      gh,
      { number, commitSha: sha, body: 'Q <!-- r1 -->', marker: '<!-- r1 -->', comments: [] },
      1,
    )
    const ours = fake.reviews().filter((r) => r.user === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(review.id).toBe(ours[0]!.id)
  })
})

describe('issue comments', () => {
  it('creates and lists comments on a pull request', async () => {
    const created = await createIssueComment(gh, number, 'Hello')
    expect(created.url).toContain(`/pull/${number}#issuecomment-`)
    expect((await listIssueComments(gh, number)).map((c) => c.body)).toEqual(['Hello'])
  })
})

describe('explainGitHubError', () => {
  it.each([
    [401, /token is invalid or expired/],
    [403, /permissions: \{ contents: write/],
    [404, /does not exist, or the token cannot see it/],
    [502, /server error; re-run the job/],
  ])('gives advice for %i', (status, advice) => {
    const error = explainGitHubError(Object.assign(new Error('Nope'), { status }), 'read x')
    expect(error.message).toMatch(
      new RegExp(`^Could not read x: GitHub answered \\(${status}\\) "Nope"\\.`),
    )
    expect(error.message).toMatch(advice)
  })
})
