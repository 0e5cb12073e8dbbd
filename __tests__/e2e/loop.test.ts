/**
 * The collaborative loop end to end: answers in question threads flow into the next revision,
 * revisions change only what must change, and people's edits survive.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../../src/document/provenance.js'
import type { FakeAnthropic } from '../fakes/anthropic-server.js'
import { issueCommentEvent, pullRequestEvent, type FakeGitHub } from '../fakes/github-server.js'
import { architect, section } from '../support/architect.js'
import { BRANCH, personToken, REPO, REQUIREMENTS, useEndToEnd } from '../support/e2e-harness.js'
import { questionComment, replyInThread } from '../support/review-replies.js'

const TOKEN = 'ghs_loopToken0123456789abcdefghijkl'
const ALICE = 'ghp_aliceToken0123456789abcdefghij'
const BOB = 'ghp_bobToken0123456789abcdefghijklm'
const API_KEY = 'sk-ant-api03-loop-0123456789abcdefgh'

const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  people: { [ALICE]: personToken('alice'), [BOB]: personToken('bob') },
  roles: { alice: 'write', bob: 'write' },
  check: { kind: 'nothing-leaked', commitsOn: BRANCH },
})
let github: FakeGitHub
let anthropic: FakeAnthropic
let design: string
let number: number

const act = e2e.run

beforeEach(async () => {
  ;({ github, anthropic, design } = e2e)
  number = e2e.openPullRequest({ message: 'Add', title: null })
  await act('pull_request', pullRequestEvent(github, { repo: REPO, number, action: 'opened' }))
})

const command = (body = '/tech-design') =>
  act('issue_comment', issueCommentEvent(github, { repo: REPO, number, body, login: 'alice' }))

/** A person answers in a question's thread, through the API as GitHub's web UI does. */
async function answer(token: string, questionStart: string, body: string): Promise<void> {
  const rootId = questionComment(github, REPO, number, questionStart).id
  await replyInThread(github, token, { repo: REPO, number, rootId }, body)
}

const designOnBranch = () => readStamp(github.textAt(REPO, BRANCH, 'tech-design.md')!).body
const threadOf = (questionStart: string) => {
  const root = github
    .reviewComments(REPO, number)
    .find((c) => c.body.includes(questionStart) && !c.in_reply_to_id)!
  return github.threads(REPO, number).find((t) => t.commentIds[0] === root.id)!
}
const repliesIn = (questionStart: string) =>
  threadOf(questionStart)
    .commentIds.slice(1)
    .map((id) => github.reviewComments(REPO, number).find((c) => c.id === id)!)

const PROVIDER = 'Which payment provider'
const PEAK = 'What is the expected peak load'
const SHIPPING = 'Should shipping costs be refunded'

describe('the collaborative loop', () => {
  it('takes an answer into the design, replies with the commit and resolves the thread', async () => {
    await answer(ALICE, PROVIDER, 'We use Adyen.')
    await answer(BOB, PROVIDER, 'And refunds go through Adyen\u2019s refund API, asynchronously.')
    const questions = section(design, '## 12. Open Questions')
    const withoutProvider = questions
      .replace(/1\. \*\*Which payment provider[\s\S]*?(?=\n2\. )/, '')
      .replace(/^2\./m, '1.')
      .replace(/^3\./m, '2.')
    const integration = section(design, '## 5. Detailed Design').replace(
      '### 5.4 Integration Points\n',
      '### 5.4 Integration Points\nRefunds are paid through Adyen\u2019s asynchronous refund API.\n',
    )
    anthropic.setDefault(architect(design, () => `${integration}\n${withoutProvider}`))

    const run = await command()
    expect(run.outputs.result).toBe('updated')
    const turn = anthropic.requests.at(-1)!.body.messages[0].content as string
    expect(turn).toContain('We use Adyen.')
    expect(turn).toContain('refund API, asynchronously')
    expect(turn).toMatch(/alice/)
    expect(turn).toMatch(/bob/)

    const revised = designOnBranch()
    expect(revised).toContain('Adyen')
    expect(section(revised, '## 12. Open Questions')).not.toContain(PROVIDER)
    const sha = run.outputs['commit-sha']!
    expect(threadOf(PROVIDER).resolved).toBe(true)
    expect(repliesIn(PROVIDER).at(-1)!.body).toContain(sha)
    // Unanswered questions keep their open threads, untouched.
    expect(threadOf(PEAK).resolved).toBe(false)
    expect(repliesIn(PEAK)).toHaveLength(0)
    expect(threadOf(SHIPPING).resolved).toBe(false)
  })

  it('changes only the affected section: every other one stays byte-identical', async () => {
    const testing = section(design, '## 7. Testing Strategy').replace(
      '\n',
      '\nRefund approvals get contract tests.\n',
    )
    anthropic.setDefault(architect(design, () => testing))
    github.commitFiles(
      REPO,
      BRANCH,
      { 'docs/requirements.md': `${REQUIREMENTS}\nRefunds over $500 need approval.\n` },
      'More',
      {
        author: 'alice',
      },
    )
    const run = await act(
      'pull_request',
      pullRequestEvent(github, { repo: REPO, number, action: 'synchronize' }),
    )
    expect(run.outputs.result).toBe('updated')
    expect(designOnBranch()).toBe(
      design.replace(section(design, '## 7. Testing Strategy'), testing),
    )
    const turn = anthropic.requests.at(-1)!.body.messages[0].content as string
    expect(turn).toContain('+Refunds over $500 need approval.')
    expect(run.summary).toMatch(/revised: 7\. Testing Strategy/)
  })

  it("keeps a person's edit as the base of the revision", async () => {
    const edited = github
      .textAt(REPO, BRANCH, 'tech-design.md')!
      .replace(
        '## 2. Business Requirements Summary\n',
        '## 2. Business Requirements Summary\nBob: refunds must also work for gift cards.\n',
      )
    github.commitFiles(REPO, BRANCH, { 'tech-design.md': edited }, 'Edit design', { author: 'bob' })
    const testing = section(design, '## 7. Testing Strategy').replace(
      '\n',
      '\nGift card refunds are tested.\n',
    )
    anthropic.setDefault(architect(design, () => testing))
    github.commitFiles(
      REPO,
      BRANCH,
      { 'docs/requirements.md': `${REQUIREMENTS}\nGift cards too.\n` },
      'More',
      { author: 'alice' },
    )

    const run = await act(
      'pull_request',
      pullRequestEvent(github, { repo: REPO, number, action: 'synchronize' }),
    )
    expect(run.outputs.result).toBe('updated')
    const revised = designOnBranch()
    expect(revised).toContain('Bob: refunds must also work for gift cards.')
    expect(revised).toContain('Gift card refunds are tested.')
    expect(anthropic.requests.at(-1)!.body.messages[0].content).toContain(
      'Bob: refunds must also work for gift cards.',
    )
    expect(run.summary).toMatch(/people's edits, which were kept/)
  })

  it('takes a whole-document answer as the sections it contains: one call, only the changed one differs', async () => {
    const testing = section(design, '## 7. Testing Strategy').replace(
      '\n',
      '\nRefund approvals get contract tests.\n',
    )
    const whole = design.replace(section(design, '## 7. Testing Strategy'), testing)
    anthropic.setDefault(architect(design, () => `Here is the revised design:\n\n${whole}`))
    const calls = anthropic.requests.length
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    expect(anthropic.requests.length - calls).toBe(1)
    expect(designOnBranch()).toBe(whole)
    expect(run.summary).toMatch(/revised: 7\. Testing Strategy/)
  })

  it('takes the title and the changed sections as those sections', async () => {
    const testing = section(design, '## 7. Testing Strategy').replace('\n', '\nMore tests.\n')
    const title = design.slice(0, design.indexOf('\n'))
    anthropic.setDefault(architect(design, () => `${title}\n\n${testing}`))
    const calls = anthropic.requests.length
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    expect(anthropic.requests.length - calls).toBe(1)
    expect(designOnBranch()).toBe(
      design.replace(section(design, '## 7. Testing Strategy'), testing),
    )
  })

  it("keeps a person's edit that a whole-document answer echoes away", async () => {
    const edited = github
      .textAt(REPO, BRANCH, 'tech-design.md')!
      .replace(
        '## 2. Business Requirements Summary\n',
        '## 2. Business Requirements Summary\nBob: refunds must also work for gift cards.\n',
      )
    github.commitFiles(REPO, BRANCH, { 'tech-design.md': edited }, 'Edit design', { author: 'bob' })
    const testing = section(design, '## 7. Testing Strategy').replace('\n', '\nGift cards.\n')
    // The model answers with the whole design as the action first wrote it, section 7 revised.
    anthropic.setDefault(
      architect(design, () => design.replace(section(design, '## 7. Testing Strategy'), testing)),
    )
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    const revised = designOnBranch()
    expect(revised).toContain('Bob: refunds must also work for gift cards.')
    expect(revised).toContain('Gift cards.')
    expect(run.summary).toMatch(/revised: 7\. Testing Strategy/)
  })

  it('resolves a question the revision dropped, saying why', async () => {
    const questions = section(design, '## 12. Open Questions')
    const withoutShipping = questions.replace(/3\. \*\*Should shipping costs[\s\S]*$/, '')
    anthropic.setDefault(architect(design, () => `${withoutShipping.trimEnd()}\n`))
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    expect(threadOf(SHIPPING).resolved).toBe(true)
    expect(repliesIn(SHIPPING).at(-1)!.body).toMatch(/no longer asks this question/)
    expect(threadOf(PROVIDER).resolved).toBe(false)
  })

  it('repairs a malformed section reply in the same conversation', async () => {
    const testing = section(design, '## 7. Testing Strategy').replace('\n', '\nMore tests.\n')
    anthropic.enqueue(
      { text: 'Here are the changes:\n\n## 7. Tests\nMore tests.\n' },
      { text: testing },
    )
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    expect(designOnBranch()).toContain('More tests.')
    const repair = anthropic.requests.at(-1)!.body.messages
    expect(repair).toHaveLength(3)
    expect(repair[2].content).toMatch(/7\. Tests/)
  })

  it('commits nothing when the section reply stays malformed', async () => {
    const before = github.branchHead(REPO, BRANCH)
    anthropic.setDefault(architect(design, () => '## 99. Nonsense\nNo.\n'))
    const run = await command()
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('failed')
    expect(github.branchHead(REPO, BRANCH)).toBe(before)
  })

  it('writes the whole design again on --full', async () => {
    anthropic.setDefault(
      architect(
        design.replace(
          '## 9. Monitoring & Observability\n',
          '## 9. Monitoring & Observability\nNew.\n',
        ),
      ),
    )
    const run = await command('/tech-design --full')
    expect(run.outputs.result).toBe('updated')
    expect(designOnBranch()).toContain('## 9. Monitoring & Observability\nNew.\n')
    expect(anthropic.requests.at(-1)!.body.messages[0].content).not.toContain('<current_design>')
  })
})
