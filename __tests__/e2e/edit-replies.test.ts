/**
 * Revisions answered with edits, end to end against the bundle: edits placed in the committed
 * design, an edit that finds no place asking for its section whole, edits mixed with whole
 * sections, and the sections format still reachable by its input.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { readStamp } from '../../src/document/provenance.js'
import { lineDiff } from '../../src/document/line-diff.js'
import type { FakeAnthropic, FakeRequest } from '../fakes/anthropic-server.js'
import { issueCommentEvent, type FakeGitHub } from '../fakes/github-server.js'
import { section, withTraceabilityTable } from '../support/architect.js'
import { BRANCH, personToken, REPO, useEndToEnd } from '../support/e2e-harness.js'
import { questionComment, replyInThread } from '../support/review-replies.js'

const TOKEN = 'ghs_editsToken0123456789abcdefghijk'
const ALICE = 'ghp_aliceEdits0123456789abcdefghijk'
const API_KEY = 'sk-ant-api03-edits-0123456789abcdefg'

const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  people: { [ALICE]: personToken('alice') },
  roles: { alice: 'write' },
  check: { kind: 'nothing-leaked', commitsOn: BRANCH },
})
let github: FakeGitHub
let anthropic: FakeAnthropic
let number: number
/** The design as the first run committed it, without its stamp. */
let committed: string

const replace = (heading: string, old: string, now: string) =>
  `<replace section="${heading}">\n<old>\n${old}\n</old>\n<new>\n${now}\n</new>\n</replace>`

/** A model that writes the first design, then answers revision round N with `rounds[N - 1]`. */
function model(rounds: string[]) {
  return (body: FakeRequest['body']) => {
    const messages = body.messages as { role: string; content: string }[]
    const first = String(messages[0]?.content ?? '')
    if (!first.includes('<current_design>')) return withTraceabilityTable(e2e.design, first)
    const round = messages.filter((m) => m.role === 'assistant').length
    return rounds[round] ?? 'NO CHANGES'
  }
}

const designOnBranch = () => readStamp(github.textAt(REPO, BRANCH, 'tech-design.md')!).body
const command = (inputs: Record<string, string> = {}) =>
  e2e.run(
    'issue_comment',
    issueCommentEvent(github, { repo: REPO, number, body: '/tech-design', login: 'alice' }),
    { inputs },
  )
/** The revision requests of the last run, in order. */
const revisionTurns = (from: number) =>
  anthropic.requests.slice(from).map((r) => r.body.messages as { role: string; content: string }[])

beforeEach(async () => {
  ;({ github, anthropic } = e2e)
  anthropic.setDefault(model([]))
  number = e2e.openPullRequest({ message: 'Add', title: null })
  await e2e.onPullRequest(number)
  committed = designOnBranch()
})

describe('a revision answered with edits', () => {
  it('asks for edits, places them, and commits a diff of the edited lines only', async () => {
    const rootId = questionComment(github, REPO, number, 'Which payment provider').id
    await replyInThread(github, ALICE, { repo: REPO, number, rootId }, 'Adyen, not Stripe.')
    const question = /1\. \*\*Which payment provider[\s\S]*?(?=\n2\. )/.exec(
      section(committed, '## 12. Open Questions'),
    )![0]
    anthropic.setDefault(
      model([
        [
          replace(
            '5. Detailed Design',
            'requests the refund with the idempotency key',
            'requests the refund from Adyen with the idempotency key',
          ),
          replace('12. Open Questions', question, ''),
        ].join('\n\n'),
      ]),
    )
    const calls = anthropic.requests.length
    const run = await command()

    expect(run.outputs.result).toBe('updated')
    const [request] = revisionTurns(calls)
    expect(revisionTurns(calls)).toHaveLength(1)
    expect(request?.[0]?.content).toContain('<replace section="HEADING">')
    const revised = designOnBranch()
    expect(revised).toBe(
      committed
        .replace(
          'requests the refund with the idempotency key',
          'requests the refund from Adyen with the idempotency key',
        )
        .replace(`${question}\n`, ''),
    )
    const diff = lineDiff(committed, revised)
    expect(diff.added + diff.removed).toBe(2 + question.split('\n').length)
    expect(run.stdout).toMatch(/Placed 2 of 2 edits\./)
    expect(run.summary).toMatch(/revised: 5\. Detailed Design, 12\. Open Questions/)
    const thread = github.threads(REPO, number).find((t) => t.commentIds[0] === rootId)
    expect(thread?.resolved).toBe(true)
  })

  it('places an edit copied with other spacing and without its bold', async () => {
    anthropic.setDefault(
      model([
        replace(
          '5. Detailed Design',
          'ScanMatcher   consumes warehouse.parcel-scanned, looks up the return',
          'ScanMatcher consumes `warehouse.parcel-scanned` and looks up the return',
        ),
      ]),
    )
    const calls = anthropic.requests.length
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    expect(anthropic.requests.length - calls).toBe(1)
    expect(run.stdout).toMatch(/Placed 1 of 1 edit \(1 ignoring spacing and emphasis\)\./)
    expect(designOnBranch()).toContain(
      '- ScanMatcher consumes `warehouse.parcel-scanned` and looks up the return by tracking number',
    )
  })

  it('asks for a section whole when an edit in it finds no place, keeping the edits that did', async () => {
    const testing = section(committed, '## 7. Testing Strategy').replace(
      '- **Load test**',
      '- **Chaos test**: the carrier API is cut off for an hour in staging.\n- **Load test**',
    )
    anthropic.setDefault(
      model([
        [
          replace('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts'),
          replace('7. Testing Strategy', 'a sentence the design never had', 'anything'),
        ].join('\n'),
        testing,
      ]),
    )
    const calls = anthropic.requests.length
    const run = await command()

    expect(run.outputs.result).toBe('updated')
    const turns = revisionTurns(calls)
    expect(turns).toHaveLength(2)
    const repair = turns[1]?.at(-1)?.content ?? ''
    expect(repair).toContain('Your reply does not fit:')
    expect(repair).toMatch(
      /line 9 of your reply: The <replace> edit in "7\. Testing Strategy" was not applied: it is not in that section.*return that section whole instead/,
    )
    expect(repair).toContain('Applied to the design from your reply: "5. Detailed Design".')
    expect(designOnBranch()).toBe(
      committed
        .replace('at most 5 attempts', 'at most 8 attempts')
        .replace(section(committed, '## 7. Testing Strategy'), testing),
    )
  })

  it('commits nothing when edits keep finding no place, and says which', async () => {
    const wrong = replace('7. Testing Strategy', 'a sentence the design never had', 'anything')
    anthropic.setDefault(model([wrong, `${wrong}\n`, `${wrong}\n\n`]))
    const run = await command()
    expect(run.outputs.result).toBe('failed')
    expect(designOnBranch()).toBe(committed)
    expect(run.everything).toMatch(/The <replace> edit in "7\. Testing Strategy" was not applied/)
  })

  it('takes edits and whole sections in one reply', async () => {
    const testing = section(committed, '## 7. Testing Strategy').replace(
      '\n',
      '\nEvery worker is tested against redelivered events.\n',
    )
    anthropic.setDefault(
      model([
        `${replace('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts')}\n\n${testing}`,
      ]),
    )
    const calls = anthropic.requests.length
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    expect(anthropic.requests.length - calls).toBe(1)
    expect(designOnBranch()).toBe(
      committed
        .replace('at most 5 attempts', 'at most 8 attempts')
        .replace(section(committed, '## 7. Testing Strategy'), testing),
    )
  })

  it("leaves a person's edit alone unless an edit names it, and says when one does", async () => {
    const edited = github
      .textAt(REPO, BRANCH, 'tech-design.md')!
      .replace('- **Load test**: 50 creations', '- **Load test** (Bob): 80 creations')
      .replace(
        '## 8. Deployment Considerations\n',
        '## 8. Deployment Considerations\nBob: deploy on Tuesdays.\n',
      )
    github.commitFiles(REPO, BRANCH, { 'tech-design.md': edited }, 'Edit design', {
      author: 'bob',
    })
    anthropic.setDefault(
      model([
        [
          replace('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts'),
          replace(
            '7. Testing Strategy',
            '**Load test** (Bob): 80 creations',
            '**Load test**: 100 creations',
          ),
        ].join('\n'),
      ]),
    )
    const run = await command()
    expect(run.outputs.result).toBe('updated')
    const revised = designOnBranch()
    expect(revised).toContain('Bob: deploy on Tuesdays.')
    expect(revised).toContain('at most 8 attempts')
    expect(revised).toContain('- **Load test**: 100 creations')
    expect(run.summary).toContain(
      'The revision rewrote what people had edited in "7. Testing Strategy", and these lines of theirs are not in the new version: "- **Load test** (Bob): 80 creations',
    )
  })

  it('asks for whole sections under revision-format sections, and still takes edits', async () => {
    anthropic.setDefault(
      model([replace('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts')]),
    )
    const calls = anthropic.requests.length
    const run = await command({ 'revision-format': 'sections' })
    expect(run.outputs.result).toBe('updated')
    const turn = revisionTurns(calls)[0]?.[0]?.content ?? ''
    expect(turn).toContain('Return only the sections that must change')
    expect(turn).not.toContain('<replace section=')
    expect(designOnBranch()).toContain('at most 8 attempts')
  })
})
