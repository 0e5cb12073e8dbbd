/**
 * The /tech-design command end to end: issue_comment events from GitHub's real example payloads,
 * the committed bundle, the fake GitHub API and the fake Anthropic API.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../../src/document/provenance.js'
import type { FakeAnthropic } from '../fakes/anthropic-server.js'
import { issueCommentEvent, pullRequestEvent, type FakeGitHub } from '../fakes/github-server.js'
import type { ActionRun } from '../support/action-runner.js'
import { architect, section } from '../support/architect.js'
import { REPO, REQUIREMENTS, useEndToEnd } from '../support/e2e-harness.js'

const TOKEN = 'ghs_commandToken0123456789abcdefghij'
const API_KEY = 'sk-ant-api03-command-0123456789abcdef'

const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  roles: { maria: 'maintain', walt: 'write', rita: 'read', tom: 'triage' },
  check: { kind: 'nothing-leaked' },
})
let github: FakeGitHub
let anthropic: FakeAnthropic
let design: string
beforeEach(() => {
  ;({ github, anthropic, design } = e2e)
})

const run = (
  eventName: string,
  payload: Record<string, unknown>,
  inputs: Record<string, string> = {},
): Promise<ActionRun> => e2e.run(eventName, payload, { inputs })

const { comment, botComments } = e2e

const arrangePullRequest = () => e2e.openPullRequest({ message: 'Add', title: null })

function arrangeIssue(
  body = 'Customers can request refunds within 30 days; support approves them.',
): number {
  return github.createIssue(REPO, { title: 'Refunds', body, user: 'maria' }).number
}

describe('recognising a command', () => {
  it.each([
    ['an ordinary comment', 'Looks good to me', {}],
    ['the command in a quote', '> /tech-design', {}],
    ['the command in inline code', 'Run `/tech-design` later', {}],
    ['the command in a code block', '```\n/tech-design\n```', {}],
    ['the command not on the first line', 'Hello\n/tech-design', {}],
    ['a longer word', '/tech-designer', {}],
    ['an edited comment', '/tech-design', { edited: true }],
  ])('ignores %s without a single GitHub request', async (_name, body, options) => {
    const number = arrangeIssue()
    github.resetCounters()
    const result = await comment(number, body, 'maria', options)
    expect(result.code).toBe(0)
    expect(result.outputs.result).toBe('skipped')
    expect(github.count()).toBe(0)
    expect(anthropic.requests).toHaveLength(0)
  })

  it("ignores a bot's comment, the action's own included", async () => {
    const number = arrangeIssue()
    github.addUser('github-actions[bot]', 'Bot')
    github.resetCounters()
    const result = await comment(number, '/tech-design', 'github-actions[bot]')
    expect(result.outputs.result).toBe('skipped')
    expect(github.count()).toBe(0)
  })

  it('honours a custom trigger phrase', async () => {
    const number = arrangeIssue()
    const ignored = await run(
      'issue_comment',
      issueCommentEvent(github, { repo: REPO, number, body: '/tech-design', login: 'maria' }),
      {
        'trigger-phrase': '/design',
      },
    )
    expect(ignored.outputs.result).toBe('skipped')
    const used = await run(
      'issue_comment',
      issueCommentEvent(github, { repo: REPO, number, body: '/design', login: 'maria' }),
      {
        'trigger-phrase': '/design',
      },
    )
    expect(used.outputs.result).toBe('created')
  })
})

describe('who may run it', () => {
  it.each([
    ['rita', 'read'],
    ['tom', 'triage'],
    ['stranger', 'read'],
  ])('answers %s (%s) once, saying who may, and does nothing else', async (login) => {
    const number = arrangeIssue()
    const result = await comment(number, '/tech-design', login)
    expect(result.code).toBe(0)
    expect(result.outputs.result).toBe('skipped')
    const replies = botComments(number)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.body).toMatch(/write permission or higher/)
    expect(anthropic.requests).toHaveLength(0)
    expect(github.reactions()).toHaveLength(0)
    expect(github.branchHead(REPO, `tech-design/issue-${number}`)).toBeUndefined()
  })

  it('lets triage run it when min-permission is triage', async () => {
    const number = arrangeIssue()
    const result = await run(
      'issue_comment',
      issueCommentEvent(github, { repo: REPO, number, body: '/tech-design', login: 'tom' }),
      {
        'min-permission': 'triage',
      },
    )
    expect(result.outputs.result).toBe('created')
  })

  it.each(['walt', 'maria'])('lets %s (write or more) run it', async (login) => {
    const number = arrangeIssue()
    const result = await comment(number, '/tech-design', login)
    expect(result.outputs.result).toBe('created')
  })
})

describe('the command on an issue', () => {
  it('opens a draft pull request with the design, posts the questions there and replies with the link', async () => {
    const number = arrangeIssue()
    const result = await comment(number, '/tech-design\nFocus on the approval workflow.')
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ result: 'created', 'open-questions': '3' })

    const branch = `tech-design/issue-${number}`
    expect(readStamp(github.textAt(REPO, branch, 'tech-design.md')!).body).toBe(design)
    const pr = github.pull(REPO, Number(result.outputs['pull-request-number']))!
    expect(pr).toMatchObject({ title: 'Technical design: Refunds', draft: true })
    expect(pr.body).toContain(`#${number}`)
    expect(pr.body).not.toMatch(/\b(close[sd]?|fix(e[sd])?|resolve[sd]?) #/i)
    expect(github.reviewComments(REPO, pr.number)).toHaveLength(3)

    const userTurn = anthropic.requests[0]!.body.messages[0].content as string
    expect(userTurn).toContain('# Refunds\n\nCustomers can request refunds within 30 days')
    expect(userTurn).toContain('<guidance>\nFocus on the approval workflow.\n</guidance>')

    const [tracking, reply] = botComments(number)
    expect(tracking!.body).toMatch(/✅/)
    expect(reply!.body).toContain(`#${pr.number}`)
    expect(reply!.body).toMatch(/3 open questions/)
    expect(github.reactions().map((r) => r.content)).toEqual(['eyes', 'rocket'])
  })

  it('updates the same branch and pull request when run again', async () => {
    const number = arrangeIssue()
    await comment(number, '/tech-design')
    const summary = section(design, '## 2. Business Requirements Summary')
    anthropic.setDefault(architect(design, () => summary.replace('\n', '\nRevised.\n')))
    const again = await comment(number, '/tech-design')
    expect(again.outputs.result).toBe('updated')
    expect(github.state.pulls).toHaveLength(1)
    expect(
      github
        .commitsOn(REPO, `tech-design/issue-${number}`)
        .filter((c) => c.message.startsWith('docs:')),
    ).toHaveLength(2)
    expect(github.reviewComments()).toHaveLength(3)
    expect(botComments(number).at(-1)!.body).toMatch(/updated/i)
  })

  it("uses the default branch's requirements file when the issue has no description", async () => {
    github.commitFiles(REPO, 'main', { 'docs/requirements.md': REQUIREMENTS }, 'Requirements')
    const number = arrangeIssue('')
    const result = await comment(number, '/tech-design')
    expect(result.outputs.result).toBe('created')
    expect(anthropic.requests[0]!.body.messages[0].content).toContain(
      'Customers can request a refund within 30 days of purchase.',
    )
  })

  it('fails with what to do when the issue is empty and there is no requirements file', async () => {
    const number = arrangeIssue('')
    const result = await comment(number, '/tech-design')
    expect(result.code).toBe(1)
    expect(result.outputs.result).toBe('failed')
    expect(botComments(number)[0]!.body).toMatch(/❌[\s\S]*has no description/)
    expect(github.reactions().map((r) => r.content)).toEqual(['eyes', 'confused'])
    expect(anthropic.requests).toHaveLength(0)
  })

  it('answers an unknown flag with the valid ones, and does nothing else', async () => {
    const number = arrangeIssue()
    const result = await comment(number, '/tech-design --fast')
    expect(result.outputs.result).toBe('skipped')
    const [reply] = botComments(number)
    expect(reply!.body).toMatch(/--fast/)
    expect(reply!.body).toMatch(/--force/)
    expect(anthropic.requests).toHaveLength(0)
  })

  it('leaves one pull request and no duplicate questions when two runs overlap', async () => {
    const number = arrangeIssue()
    // Paced, so the runs overlap; a run that starts after the other's commit revises it instead.
    const revising = architect(design)
    anthropic.setDefault((body, request) => {
      const answer = revising(body, request)
      return answer === design ? { text: design, chunkDelayMs: 5, chunkSize: 400 } : answer
    })
    const [a, b] = await Promise.all([
      comment(number, '/tech-design'),
      comment(number, '/tech-design'),
    ])
    expect([a.code, b.code, a.code || b.code ? a.stdout + b.stdout : '']).toEqual([0, 0, ''])
    expect(github.state.pulls).toHaveLength(1)
    const designCommits = github
      .commitsOn(REPO, `tech-design/issue-${number}`)
      .filter((c) => c.message.startsWith('docs:'))
    expect(designCommits.length).toBeLessThanOrEqual(2)
    const texts = github.reviewComments().map((c) => c.body)
    expect(new Set(texts).size).toBe(texts.length)
  })

  it('runs on workflow_dispatch for the issue named by the number input', async () => {
    const number = arrangeIssue()
    const payload = {
      inputs: { number: String(number) },
      ref: 'refs/heads/main',
      repository: { full_name: REPO, default_branch: 'main' },
      sender: { login: 'maria' },
    }
    const result = await run('workflow_dispatch', payload, { number: String(number) })
    expect(result.outputs.result).toBe('created')
    expect(github.state.pulls).toHaveLength(1)
  })
})

describe('the command on a pull request', () => {
  it('revises even when nothing changed, without reposting questions', async () => {
    const number = arrangePullRequest()
    await run('pull_request', pullRequestEvent(github, { repo: REPO, number, action: 'opened' }))
    const testing = section(design, '## 7. Testing Strategy')
    anthropic.setDefault(architect(design, () => testing.replace('\n', '\nMore tests.\n')))
    const result = await comment(number, '/tech-design')
    expect(result.outputs.result).toBe('updated')
    expect(anthropic.requests).toHaveLength(2)
    expect(github.reviewComments(REPO, number)).toHaveLength(3)
    expect(readStamp(github.textAt(REPO, 'feature/refunds', 'tech-design.md')!).body).toContain(
      'More tests.',
    )
  })

  it("keeps a person's edit on a plain command, and writes from scratch on --force", async () => {
    const number = arrangePullRequest()
    await run('pull_request', pullRequestEvent(github, { repo: REPO, number, action: 'opened' }))
    const edited = `${github.textAt(REPO, 'feature/refunds', 'tech-design.md')!}\nBob was here.\n`
    github.commitFiles(REPO, 'feature/refunds', { 'tech-design.md': edited }, 'Edit', {
      author: 'bob',
    })

    const plain = await comment(number, '/tech-design')
    expect(plain.outputs.result).toBe('unchanged')
    expect(github.textAt(REPO, 'feature/refunds', 'tech-design.md')).toBe(edited)

    const forced = await comment(number, '/tech-design --force')
    expect(forced.outputs.result).toBe('updated')
    expect(readStamp(github.textAt(REPO, 'feature/refunds', 'tech-design.md')!).body).toBe(design)
  })

  it('designs from another path when the command names one', async () => {
    github.createBranch(REPO, 'feature/specs')
    github.commitFiles(REPO, 'feature/specs', { 'specs/refunds.md': REQUIREMENTS }, 'Add', {
      author: 'alice',
    })
    const { number } = github.createPullRequest(REPO, { head: 'feature/specs', user: 'alice' })
    const result = await comment(number, '/tech-design specs/refunds.md')
    expect(result.outputs.result).toBe('created')
    expect(anthropic.requests[0]!.body.messages[0].content).toContain(
      '<requirements source="specs/refunds.md">',
    )
  })

  it("posts the design in a collapsed comment on a fork's pull request, and ends green", async () => {
    github.createRepo('mallory/shop', { forkOf: REPO })
    github.createBranch('mallory/shop', 'feature/refunds')
    github.commitFiles(
      'mallory/shop',
      'feature/refunds',
      { 'docs/requirements.md': REQUIREMENTS },
      'Add',
      { author: 'mallory' },
    )
    const { number } = github.createPullRequest(REPO, {
      head: 'feature/refunds',
      headRepo: 'mallory/shop',
      user: 'mallory',
    })
    const result = await comment(number, '/tech-design')
    expect(result.code).toBe(0)
    expect(result.outputs.result).toBe('skipped')
    const designComment = botComments(number).find((c) => c.body.includes('<details>'))
    expect(designComment!.body).toMatch(/fork/)
    expect(designComment!.body).toContain('## 12. Open Questions')
    expect(github.commitsOn('mallory/shop', 'feature/refunds')).toHaveLength(2)
  })
})
