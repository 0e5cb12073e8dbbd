import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createAnthropicModel } from '../../src/adapters/model/client.js'
import { defaultInstructions, defaultTemplate } from '../../src/assets/index.js'
import { RequestTooLargeError } from '../../src/conversation/budget.js'
import { lineDiff } from '../../src/document/line-diff.js'
import { estimateTokens } from '../../src/text/tokens.js'
import type { AnsweredQuestion } from '../../src/conversation/revision-turn.js'
import { buildDesignPrompt, generateDesign, loadTemplateSpec } from '../../src/engine/generate.js'
import type { DesignProgress } from '../../src/engine/design-loop.js'
import { DesignValidationError } from '../../src/engine/failure.js'
import { reviseDesign } from '../../src/engine/revise.js'
import {
  startFakeAnthropic,
  type FakeAnthropic,
  type FakeRequest,
} from '../fakes/anthropic-server.js'
import { readFixture } from '../support/fixtures.js'
import { scaleDesign } from '../support/large-design.js'

let fake: FakeAnthropic
let design: string
beforeAll(async () => {
  fake = await startFakeAnthropic({ chunkSize: 400 })
  design = await readFixture('designs/conforming.md')
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
})

const model = () =>
  createAnthropicModel({
    apiKey: 'sk-ant-engine',
    baseURL: fake.url,
    model: 'claude-sonnet-5-5',
    maxOutputTokens: 16_000,
    progressIntervalMs: 0,
  })
const input = (
  overrides: {
    currentDesign?: string
    baseDesign?: string
    answered?: AnsweredQuestion[]
    guidance?: string
  } = {},
) => ({
  currentDesign: design,
  requirements: 'Customers can request refunds, and shipping is refunded for damaged items.',
  source: 'docs/requirements.md',
  requirementsChanges:
    '@@ -1 +1 @@\n-Customers can request refunds.\n+Customers can request refunds, and shipping is refunded for damaged items.\n',
  answered: [],
  instructions: defaultInstructions(),
  template: defaultTemplate(),
  ...overrides,
})

/** The `## ` sections of a design by heading (the fixture has no `## ` line in a fence). */
function sectionsOf(doc: string): Map<string, string> {
  const parts = doc.split(/^(?=## )/m).slice(1)
  return new Map(parts.map((p) => [p.slice(0, p.indexOf('\n')), p]))
}

const messagesRequests = (): FakeRequest[] =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages')

/** Characters of a request's input: its system blocks and every message. */
function inputChars(request: FakeRequest): number {
  const system = (request.body.system as { text: string }[]).map((b) => b.text).join('')
  const messages = (request.body.messages as { content: string }[]).map((m) => m.content).join('')
  return system.length + messages.length
}

/** The estimated input tokens of a request as the model received it, all its text at once. */
function inputTokens(request: FakeRequest | undefined): number {
  if (!request) throw new Error('a request expected')
  const system = (request.body.system as { text: string }[]).map((b) => b.text).join('')
  const messages = (request.body.messages as { content: string }[]).map((m) => m.content).join('')
  return estimateTokens(system + messages)
}

const testing = [
  '## 7. Testing Strategy',
  '- **Unit tests (pytest)**: eligibility rules, the transition table, the refund idempotency key and the shipping refund rule.',
  '- **Integration tests**: the API against a real PostgreSQL and Kafka started with docker-compose.',
  '',
].join('\n')

describe('reviseDesign', () => {
  it('changes one section and leaves every other section byte-identical', async () => {
    fake.enqueue({ text: testing })
    const progress: DesignProgress[] = []
    const result = await reviseDesign(input(), {
      model: model(),
      onProgress: (p) => progress.push(p),
    })
    expect(result.changedSections).toEqual(['7. Testing Strategy'])
    expect(result.leftOut).toEqual([])
    expect(result.modelCalls).toBe(1)
    expect(result.repairs).toBe(0)
    const before = sectionsOf(design)
    const after = sectionsOf(result.document)
    expect([...after.keys()]).toEqual([...before.keys()])
    for (const [heading, text] of before) {
      if (heading.startsWith('## 7.')) expect(after.get(heading)).toBe(`${testing}\n`)
      else expect(after.get(heading)).toBe(text)
    }
    expect(result.document.slice(0, design.indexOf('## 1.'))).toBe(
      design.slice(0, design.indexOf('## 1.')),
    )
    expect(result.openQuestions).toHaveLength(3)
    expect(progress.at(-1)).toMatchObject({ phase: 'generating', section: '7. Testing Strategy' })

    const diff = lineDiff(design, result.document)
    expect(diff.removed).toBe(5)
    expect(diff.added).toBe(2)
  })

  it('sends the same system prompt as a full generation, so the prompt cache is shared', async () => {
    const spec = loadTemplateSpec(defaultTemplate())
    fake.enqueue({ text: design }, { text: 'NO CHANGES' })
    await generateDesign(input(), { model: model() })
    const revised = await reviseDesign(input(), { model: model() })
    const [generation, revision] = messagesRequests()
    expect(revision?.body.system).toEqual(generation?.body.system)
    expect((revision?.body.system as { text: string }[]).map((b) => b.text)).toEqual(
      buildDesignPrompt(input(), spec).system,
    )
    expect(revised.usage.cacheReadInputTokens).toBeGreaterThan(0)
    const turn = revision?.body.messages[0].content as string
    expect(turn).toContain('<current_design>')
    expect(turn).toContain('<requirements_changes>\n@@ -1 +1 @@')
  })

  it('returns the current document unchanged on NO CHANGES, after one call', async () => {
    fake.enqueue({ text: 'NO CHANGES' })
    const result = await reviseDesign(input(), { model: model() })
    expect(result.document).toBe(design)
    expect(result.changedSections).toEqual([])
    expect(result.modelCalls).toBe(1)
    expect(result.openQuestions).toHaveLength(3)
  })

  it('repairs a malformed reply in the same conversation, in round 1', async () => {
    const malformed = `I updated the tests.\n${testing}\n## 13. Appendix\nMore.\n`
    fake.enqueue({ text: malformed }, { text: testing })
    const logs: string[] = []
    const progress: DesignProgress[] = []
    const result = await reviseDesign(input(), {
      model: model(),
      log: (m) => logs.push(m),
      onProgress: (p) => progress.push(p),
    })
    expect(result.modelCalls).toBe(2)
    expect(result.repairs).toBe(1)
    expect(result.changedSections).toEqual(['7. Testing Strategy'])
    expect(result.document).not.toContain('Appendix')
    expect(result.document).not.toContain('I updated the tests.')

    const repair = messagesRequests()[1]?.body.messages as { role: string; content: string }[]
    expect(repair.map((m) => m.role)).toEqual(['user', 'assistant', 'user'])
    expect(repair[1]?.content).toBe(malformed)
    expect(repair[2]?.content).toMatch(/^Your sections do not fit:\n/)
    expect(repair[2]?.content).toContain(
      '- line 1 of your reply: Text before the first section heading',
    )
    expect(repair[2]?.content).toContain(
      '- line 6 of your reply: Unexpected heading "## 13. Appendix"',
    )
    expect(repair[2]?.content).toContain(
      'Reply again with the corrected sections only, same rules.',
    )
    expect(repair[2]?.content).toContain(
      'Applied to the design from your reply: "7. Testing Strategy"',
    )
    // The appendix's text was not taken, so NO CHANGES is not offered: nothing is lost quietly.
    expect(repair[2]?.content).not.toContain('NO CHANGES')
    expect(logs.join('\n')).toMatch(
      /The returned sections do not fit in 2 places; asking the model to repair them \(round 1 of 2\)/,
    )
    expect(progress.at(-1)?.phase).toBe('repairing')
  })

  it('throws DesignValidationError when the reply stays malformed', async () => {
    const malformed = `${testing}\n## 13. Appendix\nMore.\n`
    fake.enqueue({ text: malformed }, { text: malformed })
    const error = await reviseDesign(input(), { model: model(), maxRepairs: 1 }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DesignValidationError)
    const failure = error as DesignValidationError
    expect(failure.rounds).toBe(1)
    expect(failure.violations.map((v) => v.message).join('\n')).toMatch(
      /Unexpected heading "## 13. Appendix".*\(in the model's reply\)/,
    )
    expect(failure.usage.outputTokens).toBeGreaterThan(2 * (malformed.length / 4) - 10)
    expect(messagesRequests()).toHaveLength(2)
  })

  it('sends answered questions with their answers, and takes them out of Open Questions', async () => {
    const sections = sectionsOf(design)
    const questions = sections.get('## 12. Open Questions') ?? ''
    const openQuestions = [
      '## 12. Open Questions',
      ...questions
        .split('\n')
        .slice(4, 10)
        .map((l) => l.replace(/^([23])\./, (_m, n: string) => `${Number(n) - 1}.`)),
      '',
    ].join('\n')
    const integration = (sections.get('## 5. Detailed Design') ?? '').replace(
      '- **Payment provider**: refund API with idempotency keys and asynchronous status webhooks (see Open Questions).',
      '- **Payment provider**: Adyen, with its refund API, idempotency keys and refund webhooks.',
    )
    fake.enqueue({ text: `${integration}${openQuestions}` })
    const answered = [
      {
        question: 'Which payment provider will be used for refunds?',
        answers: [
          { author: 'alice', body: 'Adyen.' },
          { author: '@bob', body: 'Yes, Adyen, with webhooks.' },
        ],
      },
    ]
    const result = await reviseDesign(input({ answered }), { model: model() })
    const turn = messagesRequests()[0]?.body.messages[0].content as string
    expect(turn).toContain(
      '<answered_question>\n<question>\nWhich payment provider will be used for refunds?\n</question>\n' +
        '<answer author="alice">\nAdyen.\n</answer>\n<answer author="bob">\nYes, Adyen, with webhooks.\n</answer>\n</answered_question>',
    )
    expect(turn).toContain('Answered questions leave the Open Questions section')
    expect(result.changedSections).toEqual(['5. Detailed Design', '12. Open Questions'])
    expect(result.openQuestions.map((q) => q.text)).toEqual([
      'What is the expected peak load during the January returns season?',
      'Should shipping costs be refunded when the reason is "changed my mind"?',
    ])
  })

  it("keeps a person's edit in a section the revision does not return", async () => {
    const edited = design.replace(
      '- Local development uses docker-compose',
      '- Staging mirrors production with one pod each (added by the SRE team).\n- Local development uses docker-compose',
    )
    fake.enqueue({ text: testing })
    const result = await reviseDesign(input({ currentDesign: edited }), { model: model() })
    expect(result.document).toContain('added by the SRE team')
    expect(sectionsOf(result.document).get('## 8. Deployment Considerations')).toBe(
      sectionsOf(edited).get('## 8. Deployment Considerations'),
    )
    const turn = messagesRequests()[0]?.body.messages[0].content as string
    expect(turn).toContain('added by the SRE team')
  })

  it("keeps a person's departure from the template as it is, reports it, and never asks to fix it", async () => {
    const broken = design.replace(
      '- No card data is handled',
      '```sh\nrm -rf /tmp/cache\n```\n- No card data is handled',
    )
    fake.enqueue({ text: 'NO CHANGES' })
    const result = await reviseDesign(input({ currentDesign: broken }), { model: model() })
    const [first] = messagesRequests()
    const turn = first?.body.messages[0].content as string
    expect(turn).not.toContain('Code block not allowed')
    expect(turn).toContain('Keep its structure')
    expect(result.document).toBe(broken)
    expect(result.repairs).toBe(0)
    const line = broken.split('\n').indexOf('```sh') + 1
    expect(result.keptProblems).toEqual([
      { line, message: expect.stringMatching(/^Code block not allowed \(language "sh"\)/) },
    ])
    expect(messagesRequests()).toHaveLength(1)
  })

  it('repairs only what the model added, never what a person wrote', async () => {
    const broken = design.replace(
      '- No card data is handled',
      '```sh\nrm -rf /tmp/cache\n```\n- No card data is handled',
    )
    const withSql = `${testing.trimEnd()}\n\n\`\`\`sql\nSELECT 1;\n\`\`\`\n`
    fake.enqueue({ text: withSql }, { text: testing })
    const result = await reviseDesign(input({ currentDesign: broken }), { model: model() })
    const repair = messagesRequests()[1]?.body.messages as { role: string; content: string }[]
    expect(repair[2]?.content).toContain('Code block not allowed (language "sql")')
    expect(repair[2]?.content).not.toContain('language "sh"')
    expect(result.repairs).toBe(1)
    expect(result.document).toContain('```sh\nrm -rf /tmp/cache\n```')
    expect(result.document).not.toContain('SELECT 1;')
    expect(result.keptProblems.map((v) => v.message)).toEqual([
      expect.stringMatching(/language "sh"/),
    ])
  })

  it('asks for far less output than a full document for a one-section change', async () => {
    const large = scaleDesign(design, 100 * 1024)
    fake.enqueue({ text: large }, { text: testing })
    const full = await generateDesign(input(), { model: model() })
    const revised = await reviseDesign(input({ currentDesign: large }), { model: model() })
    const [generation, revision] = messagesRequests()
    if (!generation || !revision) throw new Error('two requests expected')

    // The reply: one section instead of the whole document.
    expect(revised.usage.outputTokens * 20).toBeLessThan(full.usage.outputTokens)
    expect(testing.length * 20).toBeLessThan(large.length)
    // The request: the generation's input plus the current design, and little else.
    const extra = inputChars(revision) - inputChars(generation)
    expect(extra).toBeGreaterThan(large.length)
    expect(extra).toBeLessThan(large.length + 3000)
    expect(lineDiff(large, revised.document).added).toBe(2)
  })
})

describe('reviseDesign within max-input-tokens', () => {
  /** Thirty long replies in one thread, as a heated (or hostile) discussion produces. */
  const debate = (): AnsweredQuestion => ({
    question: 'Which payment provider will be used for refunds?',
    answers: Array.from({ length: 30 }, (_, i) => ({
      author: `reviewer${i}`,
      body: `Reply ${i}: ${'we should weigh Adyen against Stripe once more. '.repeat(1_250)}`.slice(
        0,
        60_000,
      ),
    })),
  })
  const load: AnsweredQuestion = {
    question: 'What is the expected peak load during the January returns season?',
    answers: [
      { author: 'carol', body: 'About 300 refunds a minute.' },
      { author: 'dave', body: 'Plan for 500 a minute at peak.' },
    ],
  }

  it('keeps the request within the limit, dropping the oldest answers and saying so', async () => {
    fake.enqueue({ text: 'NO CHANGES' })
    const logs: string[] = []
    const limit = 30_000
    const guidance = 'Settle the payment provider from the latest replies.'
    const result = await reviseDesign(input({ answered: [debate(), load], guidance }), {
      model: model(),
      maxInputTokens: limit,
      log: (m) => logs.push(m),
    })
    const [request] = messagesRequests()
    expect(messagesRequests()).toHaveLength(1)
    expect(inputTokens(request)).toBeLessThanOrEqual(limit)

    const turn = request?.body.messages[0].content as string
    const authors = [...turn.matchAll(/<answer author="(\w+)">/g)].map((m) => m[1])
    expect(turn).toContain(`<guidance>\n${guidance}\n</guidance>`)
    expect(authors).toContain('reviewer29')
    expect(authors).not.toContain('reviewer0')
    expect(authors.slice(-2)).toEqual(['carol', 'dave'])
    const kept = authors.filter((a) => a?.startsWith('reviewer')).length
    expect(kept).toBeGreaterThan(0)
    expect(turn).toContain('[This answer was cut here: it is 60,000 characters long')
    expect(result.leftOut).toEqual([
      `${kept} answers were cut to about 2,000 tokens (some 8,000 characters of English)`,
      `${30 - kept} older answers were left out to stay within the max-input-tokens input`,
    ])
    expect(logs).toContain(`To fit the request: ${result.leftOut.join('; ')}.`)
  })

  it('refuses before any model call when even no answers fit', async () => {
    const error = await reviseDesign(input({ answered: [debate()] }), {
      model: model(),
      maxInputTokens: 5_000,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestTooLargeError)
    expect((error as Error).message).toMatch(
      /^The revision request would be about [\d,]+ tokens, over the limit of 5,000 \(the max-input-tokens input\) even with every answer left out, mostly the current design \(about [\d,]+ tokens\) and the instructions and template \(about [\d,]+\): raise the max-input-tokens input or shorten the current design or the instructions and template\.$/,
    )
    expect(messagesRequests()).toHaveLength(0)
  })

  it('refuses a repair round that would go over the limit, after the one call that fit', async () => {
    fake.enqueue({ text: 'NO CHANGES' })
    await reviseDesign(input(), { model: model() })
    const first = inputTokens(messagesRequests()[0])
    fake.requests.length = 0

    const malformed = `Here is my thinking. ${'The tests change. '.repeat(300)}\n${testing}`
    // Only the first answer is scripted: the repair must never be sent.
    fake.enqueue({ text: malformed })
    const error = await reviseDesign(input(), {
      model: model(),
      maxInputTokens: first + 200,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestTooLargeError)
    expect((error as Error).message).toMatch(
      /^The repair request \(round 1\) would be about [\d,]+ tokens, over the limit of [\d,]+ \(the max-input-tokens input\)/,
    )
    expect(messagesRequests()).toHaveLength(1)
    expect(inputTokens(messagesRequests()[0])).toBeLessThanOrEqual(first + 200)

    // With room for the repair, the same conversation goes through.
    fake.requests.length = 0
    fake.enqueue({ text: malformed }, { text: testing })
    const repaired = await reviseDesign(input(), { model: model(), maxInputTokens: first + 5_000 })
    expect(repaired.repairs).toBe(1)
    expect(messagesRequests().every((r) => inputTokens(r) <= first + 5_000)).toBe(true)
  })
})

describe('reviseDesign reads replies the way models write them', () => {
  /** The design with section 7 replaced by `testing`, split independently of the code. */
  const revisedWhole = (doc: string): string =>
    doc.replace(/## 7\. Testing Strategy\n[\s\S]*?(?=## 8\.)/, `${testing}\n`)

  it('takes a whole-document answer as the sections it contains: one call, only the changed one differs', async () => {
    fake.enqueue({ text: revisedWhole(design) })
    const result = await reviseDesign(input(), { model: model() })
    expect(result.modelCalls).toBe(1)
    expect(result.changedSections).toEqual(['7. Testing Strategy'])
    expect(result.document).toBe(revisedWhole(design))
  })

  it('keeps a person’s edit that a whole-document answer echoes away, given the base', async () => {
    const note = '- Reviewer: label e-mails must also go out by SMS.'
    const edited = design.replace(
      '## 3. Technical Requirements\n',
      `${note}\n\n## 3. Technical Requirements\n`,
    )
    expect(edited).not.toBe(design)
    // The model answers with the design as the action last committed it, section 7 revised.
    fake.enqueue({ text: revisedWhole(design) })
    const result = await reviseDesign(input({ currentDesign: edited, baseDesign: design }), {
      model: model(),
    })
    expect(result.document).toContain(note)
    expect(result.document).toBe(revisedWhole(edited))
    expect(result.changedSections).toEqual(['7. Testing Strategy'])
    expect(result.peoplesEdits).toEqual({ merged: [], notKept: [] })
  })
})

describe('reviseDesign where a person and the revision changed the same section', () => {
  const seven = (doc: string): string =>
    /## 7\. Testing Strategy\n[\s\S]*?(?=## 8\.)/.exec(doc)?.[0] ?? ''
  const firstItem = (doc: string): string => seven(doc).split('\n')[1] ?? ''

  it('merges their edit with the revision’s change, and says so', async () => {
    const note = '- Bob: the carrier sandbox is down on Sundays.'
    const edited = design.replace(seven(design), `${seven(design).trimEnd()}\n${note}\n\n`)
    const revised = seven(design).replace(firstItem(design), `${firstItem(design)} Also refunds.`)
    expect(revised).not.toBe(seven(design))
    fake.enqueue({ text: revised })
    const result = await reviseDesign(input({ currentDesign: edited, baseDesign: design }), {
      model: model(),
    })
    expect(seven(result.document)).toContain(note)
    expect(seven(result.document)).toContain('Also refunds.')
    expect(result.peoplesEdits).toEqual({ merged: ['7. Testing Strategy'], notKept: [] })
  })

  it('names the lines of theirs the revision rewrote', async () => {
    const theirs = `${firstItem(design)} Bob wants fuzzing.`
    const edited = design.replace(firstItem(design), theirs)
    const revised = seven(design).replace(firstItem(design), '- Tests are written first.')
    fake.enqueue({ text: revised })
    const result = await reviseDesign(input({ currentDesign: edited, baseDesign: design }), {
      model: model(),
    })
    expect(seven(result.document)).toContain('- Tests are written first.')
    expect(result.peoplesEdits).toEqual({
      merged: [],
      notKept: [{ section: '7. Testing Strategy', lines: [theirs] }],
    })
  })
})

describe('reviseDesign answered with edits', () => {
  const edit = (section: string, old: string, now: string) =>
    `<replace section="${section}">\n<old>\n${old}\n</old>\n<new>\n${now}\n</new>\n</replace>`

  it('asks for edits, places them, logs how, and changes only their lines', async () => {
    fake.enqueue({
      text: edit('7. Testing Strategy', 'Unit tests  (pytest)', 'Unit tests (pytest, hypothesis)'),
    })
    const logs: string[] = []
    const result = await reviseDesign(
      { ...input(), format: 'edits' },
      { model: model(), log: (m) => logs.push(m) },
    )
    const turn = messagesRequests()[0]?.body.messages[0].content as string
    expect(turn).toContain('<replace section="HEADING">')
    expect(result.document).toBe(
      design.replace('Unit tests (pytest)', 'Unit tests (pytest, hypothesis)'),
    )
    expect(result.changedSections).toEqual(['7. Testing Strategy'])
    expect(result.modelCalls).toBe(1)
    expect(logs).toContain('Placed 1 of 1 edit (1 ignoring spacing and emphasis).')
  })

  it('asks for a section whole, under the edits repair turn, when its edit finds no place', async () => {
    fake.enqueue({ text: edit('7. Testing Strategy', 'no such passage', 'x') }, { text: testing })
    const logs: string[] = []
    const result = await reviseDesign(
      { ...input(), format: 'edits' },
      { model: model(), log: (m) => logs.push(m) },
    )
    expect(result.modelCalls).toBe(2)
    expect(result.changedSections).toEqual(['7. Testing Strategy'])
    const repair = messagesRequests()[1]?.body.messages as { role: string; content: string }[]
    expect(repair[2]?.content).toMatch(
      /^Your reply does not fit:\n- line 1 of your reply: The <replace> edit in "7\. Testing Strategy" was not applied/,
    )
    expect(repair[2]?.content).toContain('Nothing from your reply was applied to the design.')
    expect(logs).toContain('Placed 0 of 1 edit.')
  })
})
