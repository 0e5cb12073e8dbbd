/**
 * Designs the action did not write, end to end through the committed bundle: a team's own
 * seed-style design on main, and every real design of the corpus (read in place, see
 * __tests__/support/corpus.ts) both as the design on the branch and as the model's reply. Only a
 * design's real open questions may reach reviewers, in their own words.
 */
import { beforeEach, describe, expect, it } from '@jest/globals'
import { toLf } from '../../src/text/lines.js'
import { readStamp } from '../../src/document/provenance.js'
import { extractOpenQuestions } from '../../src/document/questions.js'
import { postable } from '../../src/github-text/comments.js'
import { parseTemplate } from '../../src/document/template.js'
import type { FakeAnthropic } from '../fakes/anthropic-server.js'
import { issueCommentEvent, type FakeGitHub } from '../fakes/github-server.js'
import { runAction, type ActionRun } from '../support/action-runner.js'
import { architect } from '../support/architect.js'
import {
  asChecked,
  corpusFiles,
  corpusPresent,
  describeWithCorpus,
  handCheckedQuestions,
  readCorpusDesign,
} from '../support/corpus.js'
import { newestNode, REPO, useEndToEnd } from '../support/e2e-harness.js'
import { readFixture } from '../support/fixtures.js'

const BRANCH = 'feature/credit'
const TOKEN = 'ghs_e2eToken0123456789abcdefghijklmnop'
const API_KEY = 'sk-ant-api03-e2e-0123456789abcdefghij'
const REQUIREMENTS = '# Store credit\n\nRefunds can be paid out as store credit.\n'
const CHANGED = `${REQUIREMENTS}\nCredit expires after three years.\n`

/** The latest Node.js only: these runs are about documents, not runtimes. */
const node = newestNode()

// After each run: requests GitHub accepts and no force push (secrets are the other suites'
// concern). Each test seeds its own main branch and serves its own model.
const e2e = useEndToEnd({
  token: TOKEN,
  apiKey: API_KEY,
  secrets: [],
  repo: false,
  check: { kind: 'nothing-leaked' },
})
let github: FakeGitHub
let anthropic: FakeAnthropic
let spec: ReturnType<typeof parseTemplate>

beforeEach(async () => {
  ;({ github, anthropic } = e2e)
  spec = parseTemplate(await readFixture('../../src/assets/template.md'))
})

/** A repository whose main branch holds `design` (when given), and a pull request changing the requirements. */
function arrange(design: string | null): number {
  github.createRepo(REPO, {
    files: {
      'README.md': '# Shop\n',
      'docs/requirements.md': REQUIREMENTS,
      ...(design === null ? {} : { 'tech-design.md': design }),
    },
  })
  return e2e.openPullRequest({
    branch: BRANCH,
    files: { 'docs/requirements.md': CHANGED },
    message: 'Change requirements',
    title: 'Credit',
  })
}

const act = (number: number): Promise<ActionRun> =>
  e2e.onPullRequest(number, { action: 'synchronize' })

/**
 * Every question the run put to people: review comments on their lines, and the questions the
 * review body lists (lines outside the pull request's diff), as "line: text".
 */
function putToPeople(number: number): string[] {
  const inline = github.reviewComments(REPO, number).map((c) => `${c.line}: ${quoted(c.body)}`)
  const listed = github
    .reviews(REPO, number)
    .flatMap((r) => [...r.body.matchAll(/^- Line (\d+) of `tech-design\.md`: (.*)$/gm)])
    .map((m) => `${m[1]}: ${m[2]}`)
  return [...inline, ...listed].sort(byLine)
}

function quoted(body: string): string {
  return body
    .split('\n')
    .filter((l) => l.startsWith('> '))
    .map((l) => l.slice(2))
    .join(' ')
}

const byLine = (a: string, b: string): number => parseInt(a, 10) - parseInt(b, 10)

/** How the questions of a design read once posted, as "line: text". */
const asPosted = (questions: { line: number; text: string }[]): string[] =>
  questions.map((q) => `${q.line}: ${postable(q.text).replace(/\s+/g, ' ')}`).sort(byLine)

describe('a design people wrote before the action, on main', () => {
  it('is revised in its own structure, its departures from the template kept and reported, and exactly its open questions asked', async () => {
    const seedStyle = await readFixture('designs/seed-style.md')
    const pipeline = '## 11. CI/CD Pipeline\n- The pipeline also checks credit expiry dates.\n'
    anthropic = await e2e.startAnthropic({
      apiKey: API_KEY,
      defaultResponder: architect('(not asked for a full design)', () => pipeline),
    })
    const number = arrange(seedStyle)
    const run = await act(number)

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('updated')
    expect(anthropic.requests).toHaveLength(1)
    const turn = String(
      (anthropic.requests[0]?.body.messages as { content: string }[] | undefined)?.[0]?.content,
    )
    expect(turn).toContain('Keep its structure')
    expect(turn).not.toMatch(/Code block not allowed|Resolved item/)

    // Only the returned section changed: code blocks, extra sections and resolved items stay.
    const committed = readStamp(github.textAt(REPO, BRANCH, 'tech-design.md')!).body
    expect(committed).toBe(
      seedStyle.replace(
        '- The pipeline runs the ledger property tests on every push.',
        '- The pipeline also checks credit expiry dates.',
      ),
    )

    // Exactly the open questions: resolved, decided and struck-through items, the enhancement
    // list and the recommendations are not asked.
    expect(putToPeople(number)).toEqual([
      '101: Credit expiry: Should partially spent credit keep its original expiry date?',
      '104: Refund choice: Can a customer change their mind after choosing credit?',
      '117: How are ledger entries archived after expiry?',
      '119: 退款以积分形式发放时，是否需要客户再次确认？',
    ])
    expect(run.outputs['open-questions']).toBe('4')

    expect(run.summary).toMatch(
      /tech-design\.md departs from the template in \d+ places people wrote; kept as they are/,
    )
    expect(run.summary).toContain('Code block not allowed (language "sql")')
    expect(run.summary).toContain('/tech-design --full')
  })
})

describe('/tech-design --full on a design people wrote', () => {
  it('rewrites it into the template from its own content, and says so', async () => {
    const seedStyle = await readFixture('designs/seed-style.md')
    const conforming = await readFixture('designs/conforming.md')
    anthropic = await e2e.startAnthropic({ apiKey: API_KEY, defaultResponder: () => conforming })
    const number = arrange(seedStyle)
    github.setPermission('maria', 'maintain', REPO)
    const run = await runAction({
      node,
      github,
      anthropicUrl: anthropic.url,
      eventName: 'issue_comment',
      payload: issueCommentEvent(github, {
        repo: REPO,
        number,
        body: '/tech-design --full',
        login: 'maria',
      }),
      inputs: { 'anthropic-api-key': API_KEY, 'github-token': TOKEN },
    })
    expect(github.violations).toEqual([])

    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('updated')
    const turn = String(
      (anthropic.requests[0]?.body.messages as { content: string }[] | undefined)?.[0]?.content,
    )
    expect(turn).toContain('Rewrite it into the template')
    expect(turn).toContain(
      '<current_design>\n/# Technical Design: Store Credit for Larkspur Market',
    )
    expect(readStamp(github.textAt(REPO, BRANCH, 'tech-design.md')!).body).toBe(conforming)
    expect(run.summary).toContain('it was rewritten into the template from its own content')
  })
})

if (!corpusPresent) console.log('Corpus end-to-end tests skipped: ../shared/corpus is absent')

describeWithCorpus('real designs from public repositories', () => {
  describe.each(corpusFiles())('%s', (file) => {
    it('on main, adopted as it is: its hand-checked open questions are put to people, nothing else', async () => {
      const text = readCorpusDesign(file)
      const questions = extractOpenQuestions(toLf(text), spec)
      expect(asChecked(questions)).toEqual(handCheckedQuestions[file])
      anthropic = await e2e.startAnthropic({
        apiKey: API_KEY,
        defaultResponder: architect('(not asked for a full design)'),
      })
      const number = arrange(text)
      const run = await act(number)

      expect(run.code).toBe(0)
      expect(run.outputs.result).toBe('updated')
      expect(anthropic.requests).toHaveLength(1)
      const committed = readStamp(github.textAt(REPO, BRANCH, 'tech-design.md')!).body
      expect(committed).toBe(`${toLf(text).trimEnd()}\n`)
      expect(putToPeople(number)).toEqual(asPosted(questions))
      expect(run.outputs['open-questions']).toBe(String(questions.length))
    })

    it("served as the model's reply: nothing is committed or asked, and the cost is reported", async () => {
      const text = readCorpusDesign(file)
      anthropic = await e2e.startAnthropic({ apiKey: API_KEY, defaultResponder: () => text })
      const number = arrange(null)
      const run = await act(number)

      expect(run.code).not.toBe(0)
      expect(run.outputs.result).toBe('failed')
      expect(Number(run.outputs['output-tokens'])).toBeGreaterThan(0)
      expect(github.textAt(REPO, BRANCH, 'tech-design.md')).toBeUndefined()
      expect(github.reviewComments(REPO, number)).toEqual([])
      expect(github.reviews(REPO, number)).toEqual([])
    })
  })
})
