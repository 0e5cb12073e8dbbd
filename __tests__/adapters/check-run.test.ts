/** The check run adapter against the fake GitHub API, through the real Octokit with its plugins. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ANNOTATIONS_PER_REQUEST,
  ChecksForbiddenError,
  MAX_ANNOTATIONS,
  MESSAGE_MAX_CHARS,
  OUTPUT_MAX_CHARS,
  TITLE_MAX_CHARS,
  checksPermissionNotice,
  isChecksPermissionMissing,
  keepMostSevere,
  planCheckRun,
  setCheckRun,
  type CheckAnnotation,
  type CheckRunInput,
} from '../../src/adapters/github/check-run.js'
import { createGitHub, type GitHub } from '../../src/adapters/github/client.js'
import { GitHubError } from '../../src/adapters/github/errors.js'
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js'
import type { TokenIdentity } from '../fakes/github-server.js'

const REPO = 'acme/shop'
const TOKEN = 'ghs_checksToken'
const NAME = 'Technical design'
const CREATE = 'checks/create'
const UPDATE = 'checks/update'
let fake: FakeGitHub
let gh: GitHub

const clientFor = (token: string, identity?: TokenIdentity): GitHub => {
  if (identity) fake.addToken(token, identity)
  return createGitHub({
    token,
    repo: { owner: 'acme', repo: 'shop' },
    baseUrl: fake.url,
    graphqlUrl: fake.graphqlUrl,
    rateLimitRetries: 0,
  })
}

beforeEach(async () => {
  fake = await startFakeGitHub({ validateResponses: true, tokens: { [TOKEN]: ACTIONS_BOT } })
  fake.createRepo(REPO, { files: { 'README.md': '# Shop\n' } })
  fake.createBranch(REPO, 'feature')
  fake.commitFiles(REPO, 'feature', { 'tech-design.md': '# Design\n' }, 'Add', { author: 'alice' })
  fake.createPullRequest(REPO, { head: 'feature', user: 'alice' })
  gh = clientFor(TOKEN)
})
afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

const head = () => fake.branchHead(REPO, 'feature')!

const annotation = (
  line: number,
  level: CheckAnnotation['level'] = 'warning',
): CheckAnnotation => ({
  path: 'tech-design.md',
  startLine: line,
  endLine: line,
  level,
  message: `Line ${line}`,
})

const input = (overrides: Partial<CheckRunInput> = {}): CheckRunInput => ({
  name: NAME,
  headSha: head(),
  conclusion: 'failure',
  title: '2 open questions',
  summary: 'The design asks two questions.',
  annotations: [annotation(3), annotation(7, 'failure')],
  ...overrides,
})

const many = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => annotation(i + 1))

describe('planCheckRun', () => {
  it('puts the first 50 annotations in the create request and the rest in batches of 50', () => {
    const plan = planCheckRun(input({ annotations: many(120) }))
    expect(plan.output.annotations).toHaveLength(ANNOTATIONS_PER_REQUEST)
    expect(plan.batches.map((b) => b.length)).toEqual([50, 20])
    expect(plan.batches[1]![19]).toMatchObject({ start_line: 120, end_line: 120 })
    expect(plan.omitted).toBe(0)
    expect(planCheckRun(input({ annotations: [] }))).toMatchObject({
      output: { annotations: [] },
      batches: [],
    })
  })

  it('makes lines GitHub refuses into an annotation on the start line', () => {
    const plan = planCheckRun(
      input({
        annotations: [
          { ...annotation(0), endLine: -2 },
          { ...annotation(9), endLine: 4 },
        ],
      }),
    )
    expect(plan.output.annotations.map((a) => [a.start_line, a.end_line])).toEqual([
      [1, 1],
      [9, 9],
    ])
  })

  it('keeps the most severe annotations over the cap, in their own order', () => {
    const list = [annotation(1, 'notice'), annotation(2, 'failure'), annotation(3, 'warning')]
    expect(keepMostSevere(list, 2).map((a) => a.startLine)).toEqual([2, 3])
    expect(keepMostSevere(list, 3)).toBe(list)
  })
})

describe('setCheckRun', () => {
  it('sets a completed run with up to 50 annotations in one request', async () => {
    const set = await setCheckRun(
      gh,
      input({ text: 'Details', detailsUrl: 'https://ci.example/1' }),
    )
    expect(fake.count({ operation: CREATE })).toBe(1)
    expect(fake.count({ operation: UPDATE })).toBe(0)
    const run = fake.latestCheckRun(REPO, head(), NAME)!
    expect(set).toEqual({
      id: run.id,
      url: `https://github.com/${REPO}/runs/${run.id}`,
      annotations: 2,
      omitted: 0,
    })
    expect(run).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://ci.example/1',
      output: {
        title: '2 open questions',
        summary: 'The design asks two questions.',
        text: 'Details',
      },
      app: { login: 'github-actions[bot]' },
    })
    expect(run.annotations).toEqual([
      expect.objectContaining({
        path: 'tech-design.md',
        start_line: 3,
        annotation_level: 'warning',
        message: 'Line 3',
      }),
      expect.objectContaining({ start_line: 7, annotation_level: 'failure', title: null }),
    ])
  })

  it('appends annotations past 50 with one update per 50, keeping the output', async () => {
    const set = await setCheckRun(gh, input({ annotations: many(120), text: 'Details' }))
    expect(fake.count({ operation: CREATE })).toBe(1)
    expect(fake.count({ operation: UPDATE })).toBe(2)
    const run = fake.latestCheckRun(REPO, head(), NAME)!
    expect(run.annotations.map((a) => a.start_line)).toEqual(many(120).map((a) => a.startLine))
    expect(run.output).toEqual({
      title: '2 open questions',
      summary: 'The design asks two questions.',
      text: 'Details',
    })
    expect(set.annotations).toBe(120)
  })

  it('sets at most 500 annotations, the most severe, and says how many were left out', async () => {
    const annotations = [
      ...Array.from({ length: 450 }, (_, i) => annotation(i + 1, 'notice')),
      ...Array.from({ length: 150 }, (_, i) => annotation(1000 + i, 'failure')),
    ]
    const set = await setCheckRun(gh, input({ annotations }))
    expect(set).toMatchObject({ annotations: MAX_ANNOTATIONS, omitted: 100 })
    expect(fake.count({ operation: UPDATE })).toBe(9)
    const run = fake.latestCheckRun(REPO, head(), NAME)!
    expect(run.annotations.filter((a) => a.annotation_level === 'failure')).toHaveLength(150)
    expect(run.annotations[0]).toMatchObject({ start_line: 1 })
    expect(run.annotations.at(-1)).toMatchObject({ start_line: 1149 })
    expect(run.output.summary).toBe(
      'The design asks two questions.\n\n100 of 600 annotations are not shown: only the 500 most severe are.',
    )
  })

  it('clips the title, summary, text and messages to what GitHub takes', async () => {
    const long = (n: number) => 'x'.repeat(n)
    await setCheckRun(
      gh,
      input({
        title: long(300),
        summary: long(70_000),
        text: long(70_000),
        annotations: [{ ...annotation(1), message: long(20_000), title: long(300) }],
      }),
    )
    const run = fake.latestCheckRun(REPO, head(), NAME)!
    expect(run.output.title).toBe(`${long(TITLE_MAX_CHARS - 1)}…`)
    expect(run.output.summary).toBe(`${long(OUTPUT_MAX_CHARS - 1)}…`)
    expect(run.output.text).toBe(`${long(OUTPUT_MAX_CHARS - 1)}…`)
    expect(run.annotations[0]!.message).toBe(`${long(MESSAGE_MAX_CHARS - 1)}…`)
    expect(run.annotations[0]!.title).toBe(`${long(TITLE_MAX_CHARS - 1)}…`)
  })

  it('tells a token without checks: write apart, with the fix, setting nothing', async () => {
    const readOnly = clientFor('ghs_noChecks', {
      ...ACTIONS_BOT,
      permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
    })
    const error = await setCheckRun(readOnly, input()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect(error).toBeInstanceOf(ChecksForbiddenError)
    expect(isChecksPermissionMissing(error)).toBe(true)
    expect(error).toMatchObject({ status: 403, reason: 'missing-permission' })
    expect((error as Error).message).toMatch(
      /^Could not set the "Technical design" check on [0-9a-f]{7}: GitHub answered \(403\) "Resource not accessible by integration.*"; the workflow token may not write checks\. Add `checks: write` to the workflow's `permissions:`\.$/,
    )
    expect(fake.checkRuns(REPO)).toEqual([])
  })

  it('tells a personal access token apart: only a GitHub App can create check runs', async () => {
    const pat = clientFor('ghp_alice', { login: 'alice', type: 'User' })
    const error = await setCheckRun(pat, input()).catch((e: unknown) => e)
    expect(isChecksPermissionMissing(error)).toBe(true)
    expect(error).toMatchObject({ status: 403, reason: 'not-a-github-app' })
    expect((error as Error).message).toMatch(/You must authenticate via a GitHub App/)
    expect((error as Error).message).toMatch(/GitHub App installation token/)
  })

  it('does not take a rate limit or a refused request for a missing permission', async () => {
    fake.rateLimit({ kind: 'primary', method: 'POST', path: '/repos/{owner}/{repo}/check-runs' })
    const limited = await setCheckRun(gh, input()).catch((e: unknown) => e)
    expect(limited).toBeInstanceOf(GitHubError)
    expect(isChecksPermissionMissing(limited)).toBe(false)
    expect((limited as Error).message).toMatch(/rate-limited the token/)

    const unknown = await setCheckRun(gh, input({ headSha: 'a'.repeat(40) })).catch(
      (e: unknown) => e,
    )
    expect(isChecksPermissionMissing(unknown)).toBe(false)
    expect(unknown).toMatchObject({ status: 422 })
    expect((unknown as Error).message).toMatch(/GitHub answered \(422\) "No commit found for SHA/)
  })

  it('surfaces a lasting server error as a GitHubError that says to re-run, after 3 tries', async () => {
    fake.fail({
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      status: 502,
      times: Infinity,
    })
    const error = await setCheckRun(gh, input(), 1).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect(isChecksPermissionMissing(error)).toBe(false)
    expect(error).toMatchObject({ status: 502 })
    expect((error as Error).message).toMatch(
      /^Could not set the "Technical design" check on [0-9a-f]{7}: GitHub answered \(502\) .*GitHub had a server error; re-run the job\.$/,
    )
    expect(fake.count({ operation: CREATE })).toBe(3)
    expect(fake.checkRuns(REPO)).toEqual([])
  })

  it('finds its run after a lost answer instead of creating a second one', async () => {
    fake.fail({
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      status: 502,
      afterApply: true,
    })
    const set = await setCheckRun(gh, input(), 1)
    expect(fake.checkRuns(REPO)).toHaveLength(1)
    expect(set.id).toBe(fake.checkRuns(REPO)[0]!.id)
    expect(fake.count({ operation: CREATE })).toBe(1)
  })

  it('appends a batch once after a lost answer, and again after a refused one', async () => {
    const path = '/repos/{owner}/{repo}/check-runs/{check_run_id}'
    fake.fail({ method: 'PATCH', path, status: 502, afterApply: true })
    fake.fail({ method: 'PATCH', path, status: 503 })
    const set = await setCheckRun(gh, input({ annotations: many(120) }), 1)
    const run = fake.latestCheckRun(REPO, head(), NAME)!
    expect(run.annotations.map((a) => a.start_line)).toEqual(many(120).map((a) => a.startLine))
    expect(set.annotations).toBe(120)
    expect(fake.count({ operation: UPDATE })).toBe(3)
  })
})

describe('checksPermissionNotice', () => {
  it('names the fix for each refusal', () => {
    expect(checksPermissionNotice()).toBe(
      "The check was not set on the pull request: the workflow token may not write checks. Add `checks: write` to the workflow's `permissions:`.",
    )
    expect(checksPermissionNotice('missing-permission', NAME)).toMatch(
      /^The "Technical design" check was not set: the workflow token may not write checks\./,
    )
    expect(checksPermissionNotice('not-a-github-app', NAME)).toBe(
      'The "Technical design" check was not set: only a GitHub App\'s token can create check runs, and the github-token input is a personal access token. Leave github-token at its default (the workflow\'s GITHUB_TOKEN, with `checks: write` in its `permissions:`) or give it a GitHub App installation token.',
    )
  })
})
