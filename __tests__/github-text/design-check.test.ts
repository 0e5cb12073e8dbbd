/** The "Technical design" check, from facts: what it concludes and says, under each gate. */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { defaultTemplate } from '../../src/assets/index.js'
import type { Gate } from '../../src/config/defaults.js'
import { sha256, stampDesign } from '../../src/document/provenance.js'
import { checkTraceability, coverageOf, itemsToTrace } from '../../src/document/traceability.js'
import type { TemplateSpec } from '../../src/document/types.js'
import { loadTemplateSpec } from '../../src/engine/generate.js'
import {
  CHECK_NAME,
  designCheck,
  type DesignCheckFacts,
  type DesignCondition,
} from '../../src/github-text/design-check.js'
import { questionId } from '../../src/github-text/review.js'
import { WORD_JOINER } from '../../src/github-text/sanitize.js'
import type { QuestionThread } from '../../src/github-text/threads.js'
import { readFixture } from '../support/fixtures.js'

const DESIGN_PATH = 'tech-design.md'
const REQUIREMENTS_PATH = 'docs/requirements.md'
const REQUIREMENTS = '# Refunds\n\nCustomers can request a refund within 30 days of purchase.\n'
const PROVIDER = 'Which payment provider will be used for refunds?'
const PEAK = 'What is the expected peak load during the January returns season?'
const SHIPPING = 'Should shipping costs be refunded when the reason is "changed my mind"?'
/** Where the conforming design asks its three questions, and its "## 7." heading. */
const LINES = { provider: 156, peak: 159, shipping: 162, testing: 121, monitoring: 134 }
const REVIEW_URL = 'https://github.com/acme/shop/pull/4#pullrequestreview-9'

const PASSED_CURRENT =
  'Gate: current. Passed: it requires a design made from the requirements at the head commit that follows the template.'
const FAILED_CURRENT =
  'Gate: current. Failed: it requires a design made from the requirements at the head commit that follows the template, and the design is not current.'
const ANSWERED_REQUIRES =
  'it requires a design made from the requirements at the head commit that follows the template, and an answer to every open question'
const GATE_OFF =
  'Gate: off. This check informs and never fails; set the `gate` input to `current` or `answered`, and make this check required in branch protection, to hold merges on it.'

let spec: TemplateSpec
let conforming: string

beforeAll(async () => {
  spec = loadTemplateSpec(defaultTemplate())
  conforming = await readFixture('designs/conforming.md')
})

/** A design as the action stamps it, made from `requirements`. */
const stamped = (body: string, requirements = REQUIREMENTS): string =>
  stampDesign(body, {
    requirements: sha256(requirements),
    prompt: 'a'.repeat(64),
    model: 'claude-sonnet-5-5',
  })

/** The conforming design without its open questions. */
const withoutQuestions = (body: string): string =>
  body.replace(/## 12\. Open Questions\n[\s\S]*$/, '## 12. Open Questions\nNone.\n')

/** The conforming design with two headings renamed: two departures from the template. */
const offTemplate = (body: string): string =>
  body
    .replace('## 7. Testing Strategy', '## 7. Tests')
    .replace('## 9. Monitoring & Observability', '## 9. Monitoring')

const facts = (overrides: Partial<DesignCheckFacts> = {}): DesignCheckFacts => ({
  gate: 'off',
  designPath: DESIGN_PATH,
  requirementsPath: REQUIREMENTS_PATH,
  triggerPhrase: '/tech-design',
  requirements: REQUIREMENTS,
  design: stamped(conforming),
  spec,
  threads: [],
  coverage: null,
  ...overrides,
})

const thread = (
  question: string,
  options: Partial<Omit<QuestionThread, 'fingerprint' | 'question'>> = {},
): QuestionThread => ({
  threadId: `PRRT_${question.length}`,
  rootCommentId: question.length,
  fingerprint: questionId(DESIGN_PATH, question),
  question,
  answers: [],
  isResolved: false,
  url: `https://github.com/acme/shop/pull/4#discussion_r${question.length}`,
  ...options,
})

const answer = (body: string, author = 'rita') => ({ author, body })

/** Every question with a permitted answer or a resolved thread. */
const allSettled = (): QuestionThread[] => [
  thread(PROVIDER, { answers: [answer('Adyen.')] }),
  thread(PEAK, { isResolved: true }),
  thread(SHIPPING, { answers: [answer('No.'), answer('Agreed, no.', 'sam')] }),
]

describe('designCheck: the condition of the design, and the conclusion by gate', () => {
  const designs: Record<DesignCondition, () => Partial<DesignCheckFacts>> = {
    'no-requirements': () => ({ requirements: null }),
    absent: () => ({ design: null }),
    'not-ours': () => ({ design: conforming }),
    stale: () => ({ design: stamped(conforming, '# Older requirements\n') }),
    'off-template': () => ({ design: stamped(offTemplate(conforming)) }),
    // Every question answered or settled: only the condition decides.
    current: () => ({ threads: allSettled() }),
  }
  const expected: [DesignCondition, Record<Gate, 'success' | 'failure' | 'neutral'>][] = [
    ['no-requirements', { off: 'success', current: 'success', answered: 'success' }],
    ['absent', { off: 'neutral', current: 'failure', answered: 'failure' }],
    ['not-ours', { off: 'neutral', current: 'failure', answered: 'failure' }],
    ['stale', { off: 'neutral', current: 'failure', answered: 'failure' }],
    ['off-template', { off: 'neutral', current: 'failure', answered: 'failure' }],
    ['current', { off: 'success', current: 'success', answered: 'success' }],
  ]
  const cases = expected.flatMap(([condition, byGate]) =>
    (['off', 'current', 'answered'] as const).map(
      (gate) => [condition, gate, byGate[gate]] as const,
    ),
  )

  it.each(cases)('%s under gate %s: %s', (condition, gate, conclusion) => {
    const check = designCheck(facts({ gate, ...designs[condition]() }))
    expect(check.condition).toBe(condition)
    expect(check.conclusion).toBe(conclusion)
  })

  it('names the check "Technical design"', () => {
    expect(CHECK_NAME).toBe('Technical design')
  })

  it('takes the requirements with Windows line ends as read: the hash is of what was read', () => {
    const crlf = REQUIREMENTS.replace(/\n/g, '\r\n')
    const check = designCheck(facts({ requirements: crlf, design: stamped(conforming, crlf) }))
    expect(check.condition).toBe('current')
  })
})

describe('designCheck: titles and summaries', () => {
  it('says there is nothing to design without requirements', () => {
    const check = designCheck(facts({ gate: 'current', requirements: null }))
    expect(check.title).toBe('No docs/requirements.md at this commit: nothing to design')
    expect(check.summary).toBe(
      [
        'There is no docs/requirements.md at this commit, so there is no design to check.',
        '',
        PASSED_CURRENT,
      ].join('\n'),
    )
    expect(check.questions).toEqual([])
    expect(check.annotations).toEqual([])
  })

  it('says how to make a design that is not there yet', () => {
    const check = designCheck(facts({ gate: 'current', design: null }))
    expect(check.title).toBe('No tech-design.md yet for docs/requirements.md')
    expect(check.summary).toBe(
      [
        'There is no tech-design.md at this commit. It is made when the pull request changes docs/requirements.md; comment `/tech-design` on the pull request to make it now.',
        '',
        FAILED_CURRENT,
      ].join('\n'),
    )
  })

  it('says a design without the stamp may be revised, people’s text kept', () => {
    const check = designCheck(facts({ gate: 'current', design: conforming }))
    expect(check.title).toBe('tech-design.md was not made from these requirements by the action')
    expect(check.summary.split('\n')[0]).toBe(
      "tech-design.md has no stamp of the action, so nothing tells which requirements it was made from. Comment `/tech-design` to revise it from docs/requirements.md (people's text is kept).",
    )
    expect(check.summary.split('\n').at(-1)).toBe(FAILED_CURRENT)
  })

  it('says a design of earlier requirements is stale, with the trigger phrase set', () => {
    const check = designCheck(
      facts({
        gate: 'current',
        triggerPhrase: '/design',
        design: stamped(conforming, '# Older\n'),
      }),
    )
    expect(check.title).toBe('Stale: docs/requirements.md changed since tech-design.md was made')
    expect(check.summary.split('\n')[0]).toBe(
      'tech-design.md was made from an earlier version of docs/requirements.md. Push again or comment `/design` for a design of these requirements.',
    )
  })

  it('counts the places an edit departs from the template, and says how to fix them', () => {
    const check = designCheck(facts({ gate: 'current', design: stamped(offTemplate(conforming)) }))
    expect(check.title).toBe('tech-design.md departs from the template in 2 places')
    expect(check.summary.split('\n')[0]).toBe(
      'tech-design.md was made from these requirements, but edits since depart from the template (see the annotations). Fix those lines, or comment `/tech-design --full` to rewrite it into the template.',
    )
    const one = conforming.replace('## 7. Testing Strategy', '## 7. Tests')
    expect(designCheck(facts({ design: stamped(one) })).title).toBe(
      'tech-design.md departs from the template in 1 place',
    )
  })

  it('says a current design without questions is current, and passes every gate', () => {
    const design = stamped(withoutQuestions(conforming))
    for (const gate of ['off', 'current', 'answered'] as const) {
      const check = designCheck(facts({ gate, design }))
      expect(check).toMatchObject({
        conclusion: 'success',
        condition: 'current',
        title: 'Current with the requirements, no open questions',
        questions: [],
      })
      expect(check.summary.split('\n')[0]).toBe(
        'tech-design.md was made from docs/requirements.md at this commit and follows the template.',
      )
      expect(check.summary).not.toContain('**Open questions**')
    }
  })

  it('counts the questions answered in the title of a current design', () => {
    const threads = [thread(PROVIDER, { answers: [answer('Adyen.')] }), thread(PEAK)]
    expect(designCheck(facts({ threads })).title).toBe(
      'Current with the requirements; 1 of 3 open questions answered',
    )
    expect(designCheck(facts({ threads: allSettled() })).title).toBe(
      'Current with the requirements; 3 of 3 open questions answered',
    )
  })

  it('tells the gate that is off, and that it never fails', () => {
    for (const design of [null, conforming, stamped(conforming)]) {
      const check = designCheck(facts({ gate: 'off', design }))
      expect(check.conclusion).not.toBe('failure')
      expect(check.summary.split('\n').at(-1)).toBe(GATE_OFF)
    }
  })

  it('uses the paths of the settings', () => {
    const check = designCheck(
      facts({
        designPath: 'docs/design.md',
        requirementsPath: 'specs/refunds.md',
        design: null,
      }),
    )
    expect(check.title).toBe('No docs/design.md yet for specs/refunds.md')
  })
})

describe('designCheck: the open questions', () => {
  it('tells each question’s status, with the link to its thread', () => {
    const threads = [
      thread(PROVIDER, { answers: [answer('We use Adyen.')] }),
      thread(PEAK),
      thread(SHIPPING, { isResolved: true }),
    ]
    const check = designCheck(facts({ threads }))
    expect(check.questions).toEqual([
      { text: PROVIDER, line: LINES.provider, status: 'answered', url: threads[0]!.url },
      { text: PEAK, line: LINES.peak, status: 'waiting', url: threads[1]!.url },
      { text: SHIPPING, line: LINES.shipping, status: 'settled', url: threads[2]!.url },
    ])
    const lines = check.summary.split('\n')
    const at = lines.indexOf('**Open questions**')
    expect(at).toBeGreaterThan(0)
    expect(lines.slice(at + 2, at + 5)).toEqual([
      `- ${PROVIDER} ([line ${LINES.provider}](${threads[0]!.url})): answered; the answer waits for the next revision`,
      `- ${PEAK} ([line ${LINES.peak}](${threads[1]!.url})): waiting for an answer`,
      `- ${SHIPPING} ([line ${LINES.shipping}](${threads[2]!.url})): settled: its thread is resolved`,
    ])
  })

  it('says a question without a thread is not asked yet, linking to the review when there is one', () => {
    const without = designCheck(facts())
    expect(without.questions.map((q) => q.status)).toEqual(['not-asked', 'not-asked', 'not-asked'])
    expect(without.questions.every((q) => q.url === undefined)).toBe(true)
    expect(without.summary).toContain(
      `- ${PROVIDER} (line ${LINES.provider}): not asked in a thread yet`,
    )

    const check = designCheck(facts({ threads: [thread(PEAK)], reviewUrl: REVIEW_URL }))
    expect(check.questions[0]).toEqual({
      text: PROVIDER,
      line: LINES.provider,
      status: 'not-asked',
      url: REVIEW_URL,
    })
    expect(check.summary).toContain(
      `- ${PROVIDER} ([line ${LINES.provider}](${REVIEW_URL})): not asked in a thread yet`,
    )
    // A question with a thread of its own links there, never to the review.
    expect(check.questions[1]).toMatchObject({ status: 'waiting', url: thread(PEAK).url })
  })

  it('gives no link to a thread whose address is unknown, not the review’s', () => {
    const check = designCheck(
      facts({ threads: [thread(PROVIDER, { url: undefined })], reviewUrl: REVIEW_URL }),
    )
    expect(check.questions[0]).toEqual({ text: PROVIDER, line: LINES.provider, status: 'waiting' })
  })

  it('matches a thread by its fingerprint of path and text, not by its line or wording of case', () => {
    const elsewhere: QuestionThread = {
      ...thread(PROVIDER, { answers: [answer('Adyen.')] }),
      fingerprint: questionId('other-design.md', PROVIDER),
    }
    expect(designCheck(facts({ threads: [elsewhere] })).questions[0]!.status).toBe('not-asked')
    const loud: QuestionThread = {
      ...thread(PROVIDER, { answers: [answer('Adyen.')] }),
      fingerprint: questionId(`./${DESIGN_PATH}`, PROVIDER.toUpperCase()),
    }
    expect(designCheck(facts({ threads: [loud] })).questions[0]!.status).toBe('answered')
  })

  it('under the answered gate, fails while a question waits or is not asked, saying how many', () => {
    const waiting = designCheck(
      facts({
        gate: 'answered',
        threads: [thread(PROVIDER, { answers: [answer('Adyen.')] }), thread(PEAK)],
      }),
    )
    expect(waiting.conclusion).toBe('failure')
    expect(waiting.condition).toBe('current')
    expect(waiting.summary.split('\n').at(-1)).toBe(
      `Gate: answered. Failed: ${ANSWERED_REQUIRES}, and 2 open questions have no answer yet.`,
    )

    const one = designCheck(
      facts({
        gate: 'answered',
        threads: [
          thread(PROVIDER, { answers: [answer('Adyen.')] }),
          thread(PEAK),
          thread(SHIPPING, { isResolved: true }),
        ],
      }),
    )
    expect(one.conclusion).toBe('failure')
    expect(one.summary.split('\n').at(-1)).toBe(
      `Gate: answered. Failed: ${ANSWERED_REQUIRES}, and 1 open question has no answer yet.`,
    )
  })

  it('under the answered gate, passes once every question is answered or settled', () => {
    const check = designCheck(facts({ gate: 'answered', threads: allSettled() }))
    expect(check.conclusion).toBe('success')
    expect(check.questions.map((q) => q.status)).toEqual(['answered', 'settled', 'answered'])
    expect(check.summary.split('\n').at(-1)).toBe(`Gate: answered. Passed: ${ANSWERED_REQUIRES}.`)
  })

  it('under the current gate, passes a current design whatever its questions', () => {
    const check = designCheck(facts({ gate: 'current' }))
    expect(check.conclusion).toBe('success')
    expect(check.summary.split('\n').at(-1)).toBe(PASSED_CURRENT)
  })

  it('under the answered gate, says the design is not current before counting answers', () => {
    const check = designCheck(facts({ gate: 'answered', design: stamped(conforming, '# Old\n') }))
    expect(check.conclusion).toBe('failure')
    expect(check.summary.split('\n').at(-1)).toBe(
      `Gate: answered. Failed: ${ANSWERED_REQUIRES}, and the design is not current.`,
    )
    // The questions of a stale design are still listed.
    expect(check.questions).toHaveLength(3)
  })
})

describe('designCheck: annotations', () => {
  it('puts each departure from the template on its line of the design, failing under a gate', () => {
    for (const gate of ['current', 'answered'] as const) {
      const check = designCheck(facts({ gate, design: stamped(offTemplate(conforming)) }))
      expect(check.annotations).toEqual([
        {
          path: DESIGN_PATH,
          line: LINES.testing,
          level: 'failure',
          message: expect.stringContaining('"## 7. Tests" stands where "## 7. Testing Strategy"'),
        },
        {
          path: DESIGN_PATH,
          line: LINES.monitoring,
          level: 'failure',
          message: expect.stringContaining('"## 9. Monitoring"'),
        },
      ])
    }
  })

  it('defuses the design text a violation quotes', () => {
    const design = stamped(
      conforming.replace('## 7. Testing Strategy\n', '## 7. Testing Strategy\n## Ask @qa-team\n'),
    )
    const check = designCheck(facts({ gate: 'current', design }))
    const [annotation] = check.annotations
    expect(annotation?.message).toContain(`@${WORD_JOINER}qa-team`)
  })

  it('warns only, when the gate is off', () => {
    const check = designCheck(facts({ gate: 'off', design: stamped(offTemplate(conforming)) }))
    expect(check.annotations.map((a) => [a.line, a.level])).toEqual([
      [LINES.testing, 'warning'],
      [LINES.monitoring, 'warning'],
    ])
  })

  it('annotates a design without the stamp too, on its own lines', () => {
    const check = designCheck(facts({ gate: 'current', design: offTemplate(conforming) }))
    expect(check.condition).toBe('not-ours')
    expect(check.annotations.map((a) => a.line)).toEqual([LINES.testing, LINES.monitoring])
  })

  // Validation reads the body without the stamp's line and the blank line above it: text a
  // person wrote below the stamp must still be annotated where it stands in the file.
  it('puts annotations and questions on the lines of the file, also below the stamp', () => {
    const file = `${stamped(conforming)}4. **Who signs off?**\n\n## Extra notes\nBob was here.\n`
    const lines = file.split('\n')
    const check = designCheck(facts({ gate: 'current', design: file }))
    expect(check.condition).toBe('off-template')
    expect(check.annotations.map((a) => a.line)).toEqual([lines.indexOf('## Extra notes') + 1])
    expect(check.questions.at(-1)).toMatchObject({
      text: 'Who signs off?',
      line: lines.indexOf('4. **Who signs off?**') + 1,
    })
  })

  it('has none for a conforming design, nor when there is no design', () => {
    expect(designCheck(facts({ gate: 'current' })).annotations).toEqual([])
    expect(designCheck(facts({ gate: 'current', design: null })).annotations).toEqual([])
  })

  it('never turns a traceability gap into an annotation or a failure: it is reported with the coverage', () => {
    const requirements = [
      '# Refunds',
      '',
      '## Requirements',
      '- **FR-1**: A customer requests a refund.',
      '- **FR-2**: Support approves a refund.',
      '- **FR-3**: Finance exports refunds.',
      '',
    ].join('\n')
    // A table that names a section no heading carries, and leaves FR-3 out.
    const table = [
      '',
      '#### Traceability',
      '| Requirement | Design sections |',
      '|---|---|',
      '| FR-1 | 5.2 |',
      '| FR-2 | 9.9 |',
      '',
    ].join('\n')
    const body = conforming.replace('\n### 3.2 Non-Functional', `${table}\n### 3.2 Non-Functional`)
    const items = itemsToTrace(requirements, spec)!
    const traced = checkTraceability(body, spec, items)
    expect(traced.violations.length).toBeGreaterThan(0)
    const check = designCheck(
      facts({
        gate: 'answered',
        requirements,
        design: stamped(body, requirements),
        threads: allSettled(),
        coverage: coverageOf(traced),
      }),
    )
    expect(check).toMatchObject({ condition: 'current', conclusion: 'success', annotations: [] })
    expect(check.summary).toContain(
      'Traceability: 1/3 requirement items traced to design sections. Not traced: FR-3.',
    )
  })
})

describe('designCheck: coverage and what this run could not do', () => {
  const coverageLine = (summary: string) =>
    summary.split('\n').find((l) => l.startsWith('Traceability:'))

  it('reports full coverage, gaps, and no items to trace', () => {
    expect(
      coverageLine(designCheck(facts({ coverage: { covered: 5, total: 5, missing: [] } })).summary),
    ).toBe('Traceability: 5/5 requirement items traced to design sections.')
    expect(
      coverageLine(
        designCheck(facts({ coverage: { covered: 3, total: 5, missing: ['FR-4', 'Exports'] } }))
          .summary,
      ),
    ).toBe(
      'Traceability: 3/5 requirement items traced to design sections. Not traced: FR-4; Exports.',
    )
    expect(
      coverageLine(designCheck(facts({ coverage: { covered: 0, total: 0, missing: [] } })).summary),
    ).toBe('Traceability: no requirement items were found to trace.')
    expect(coverageLine(designCheck(facts()).summary)).toBeUndefined()
  })

  it('names the first ten items not traced, and counts the rest', () => {
    const missing = Array.from({ length: 13 }, (_, i) => `FR-${i + 1}`)
    const line = coverageLine(
      designCheck(facts({ coverage: { covered: 2, total: 15, missing } })).summary,
    )
    expect(line).toBe(
      `Traceability: 2/15 requirement items traced to design sections. Not traced: ${missing.slice(0, 10).join('; ')} and 3 more.`,
    )
  })

  it('says why this run did not update the design, after the state', () => {
    const check = designCheck(
      facts({ gate: 'current', design: null, notUpdated: 'The pull request comes from a fork.' }),
    )
    const lines = check.summary.split('\n')
    expect(lines[1]).toBe('')
    expect(lines[2]).toBe('This run did not update it: The pull request comes from a fork.')
    expect(check.conclusion).toBe('failure')
  })

  it('keeps its parts in order: state, not updated, questions, coverage, gate', () => {
    const check = designCheck(
      facts({
        gate: 'current',
        notUpdated: 'Out of budget.',
        coverage: { covered: 1, total: 1, missing: [] },
      }),
    )
    const order = [
      'tech-design.md was made from',
      'This run did not update it',
      '**Open questions**',
      'Traceability:',
      'Gate: current.',
    ].map((start) => check.summary.split('\n').findIndex((l) => l.startsWith(start)))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})

describe('designCheck: text from the design and from people is quoted, never acted on', () => {
  const mention = `@${WORD_JOINER}payments-team`
  const closing = `f${WORD_JOINER}ixes #3`

  it('defuses mentions and closing keywords in a question', () => {
    const question = 'Should we ask @payments-team, since this fixes #3?'
    const design = stamped(
      `${conforming.trimEnd()}\n4. **${question}**\n   - Why it matters: ownership.\n`,
    )
    const check = designCheck(facts({ design }))
    expect(check.questions.at(-1)).toMatchObject({ text: question, status: 'not-asked' })
    expect(check.summary).toContain(
      `- Should we ask ${mention}, since this ${closing}? (line 165): not asked in a thread yet`,
    )
    expect(check.summary).not.toMatch(/@payments-team|fixes #3/)
  })

  it('defuses the items not traced and the reason the design was not updated', () => {
    const check = designCheck(
      facts({
        notUpdated: 'Blocked by @mallory: this fixes #3\nfor good.',
        coverage: { covered: 0, total: 1, missing: ['Notify @payments-team (fixes #3)'] },
      }),
    )
    expect(check.summary).toContain(
      `This run did not update it: Blocked by @${WORD_JOINER}mallory: this ${closing} for good.`,
    )
    expect(check.summary).toContain(`Not traced: Notify ${mention} (${closing}).`)
    expect(check.summary).not.toMatch(/@mallory|@payments-team|fixes #3/)
  })

  it('keeps a look-alike of our markers out of the summary', () => {
    const question = 'Is <!-- tech-design-question: 0123456789abcdef --> a marker?'
    const design = stamped(`${conforming.trimEnd()}\n4. **${question}**\n`)
    const check = designCheck(facts({ design }))
    expect(check.questions.at(-1)!.text).toBe(question)
    expect(check.summary).toContain(
      'Is &lt;!-- tech-design-question: 0123456789abcdef --> a marker?',
    )
    expect(check.summary).not.toContain('<!-- tech-design')
  })
})
