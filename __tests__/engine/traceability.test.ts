import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createAnthropicModel } from '../../src/adapters/model/client.js'
import { defaultInstructions, defaultTemplate } from '../../src/assets/index.js'
import { DesignValidationError } from '../../src/engine/failure.js'
import { buildDesignPrompt, generateDesign, loadTemplateSpec } from '../../src/engine/generate.js'
import { reviseDesign } from '../../src/engine/revise.js'
import {
  startFakeAnthropic,
  type FakeAnthropic,
  type FakeRequest,
} from '../fakes/anthropic-server.js'
import { architect, section, withTraceabilityTable } from '../support/architect.js'
import { readFixture } from '../support/fixtures.js'

let fake: FakeAnthropic
/** A design that follows the built-in template, with no traceability table. */
let design: string
beforeAll(async () => {
  fake = await startFakeAnthropic({ chunkSize: 400 })
  design = await readFixture('designs/conforming.md')
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
  fake.setDefault(() => 'unexpected request')
})

const withIds = [
  '# Library Loans',
  '',
  '## Functional Requirements',
  '- **FR-1**: Members can borrow up to five books at a time.',
  '- **FR-2**: Members can renew a loan once, unless another member has reserved the book.',
  '- **FR-3**: Overdue loans accrue a fine of ten cents a day.',
  '',
].join('\n')

const withStories = [
  '# Library Loans',
  '',
  '## User Stories',
  '- As a member, I want to reserve a book that is on loan, so that I get it next.',
  '- As a librarian, I want to see every overdue loan, so that I can send reminders.',
  '',
].join('\n')

const input = (overrides: { requirements?: string; traceability?: boolean } = {}) => ({
  requirements: withIds,
  source: 'docs/requirements.md',
  instructions: defaultInstructions(),
  template: defaultTemplate(),
  traceability: true,
  ...overrides,
})

const model = () =>
  createAnthropicModel({
    apiKey: 'sk-ant-engine',
    baseURL: fake.url,
    model: 'claude-sonnet-5-5',
    maxOutputTokens: 16_000,
    progressIntervalMs: 0,
  })

const messagesRequests = (): FakeRequest[] =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages')
const turns = (request: FakeRequest | undefined): string[] =>
  ((request?.body.messages ?? []) as { content: string }[]).map((m) => m.content)
const lastTurn = (): string => turns(messagesRequests().at(-1)).at(-1) ?? ''

/** The design with the table the first request for `requirements` asks for, as a careful model writes it. */
const tracedFor = (requirements: string, doc = design): string =>
  withTraceabilityTable(
    doc,
    buildDesignPrompt(input({ requirements }), loadTemplateSpec(defaultTemplate())).messages[0]!
      .content,
  )

const TECHNICAL = '## 3. Technical Requirements'
const FR_2_ROW =
  '| FR-2: Members can renew a loan once, unless another member has reserved the book. | 5.1 |\n'

describe('the request for a traced design', () => {
  it('lists the ids and titles of a document with FR-1.. ids, and asks for the table in 3.1', async () => {
    fake.enqueue({ text: tracedFor(withIds) })
    await generateDesign(input(), { model: model() })
    const [first] = turns(messagesRequests()[0])
    expect(first).toContain(
      'Trace each requirement item below to the design: end "3.1 Functional Requirements" with this sub-section, one row per item, in the order given.\n#### Traceability\n| Requirement | Design sections |\n|---|---|',
    )
    expect(first).toContain(
      [
        '<requirement_items>',
        '- FR-1: Members can borrow up to five books at a time.',
        '- FR-2: Members can renew a loan once, unless another member has reserved the book.',
        '- FR-3: Overdue loans accrue a fine of ten cents a day.',
        '</requirement_items>',
      ].join('\n'),
    )
  })

  it('lists the titles of a document with user stories and no ids', async () => {
    fake.enqueue({ text: tracedFor(withStories) })
    const result = await generateDesign(input({ requirements: withStories }), { model: model() })
    const [first] = turns(messagesRequests()[0])
    expect(first).toContain(
      [
        '<requirement_items>',
        '- As a member, I want to reserve a book that is on loan, so that I get it next.',
        '- As a librarian, I want to see every overdue loan, so that I can send reminders.',
        '</requirement_items>',
      ].join('\n'),
    )
    expect(result.traceability).toEqual({ covered: 2, total: 2, missing: [] })
  })

  it('has no item list and requires no table when traceability is off', async () => {
    fake.enqueue({ text: design })
    const result = await generateDesign(input({ traceability: false }), { model: model() })
    const [first] = turns(messagesRequests()[0])
    expect(first).toContain('FR-1') // the requirements are still sent, as data
    expect(first).not.toContain('<requirement_items>')
    expect(first).not.toMatch(/traceab/i)
    expect(result.document).toBe(design)
    expect(result.modelCalls).toBe(1)
    expect(result).not.toHaveProperty('traceability')
  })

  it('is off when the requirements have no items to trace', async () => {
    fake.enqueue({ text: design })
    const result = await generateDesign(
      input({ requirements: 'Members borrow books and bring them back on time.' }),
      { model: model() },
    )
    expect(turns(messagesRequests()[0])[0]).not.toContain('<requirement_items>')
    expect(result.modelCalls).toBe(1)
    expect(result).not.toHaveProperty('traceability')
  })
})

describe('generateDesign with traceability', () => {
  it('takes a reply with the full table in one call, every item covered', async () => {
    fake.setDefault(architect(design))
    const result = await generateDesign(input(), { model: model() })
    expect(result.modelCalls).toBe(1)
    expect(result.repairs).toBe(0)
    expect(result.document).toBe(tracedFor(withIds))
    expect(result.traceability).toEqual({ covered: 3, total: 3, missing: [] })
  })

  it('asks for section 3 only when a row is missing, and splices the section it gets back', async () => {
    const full = tracedFor(withIds)
    const gap = full.replace(FR_2_ROW, '')
    expect(gap).not.toBe(full)
    fake.enqueue({ text: gap }, { text: section(full, TECHNICAL) })
    const result = await generateDesign(input(), { model: model() })

    expect(messagesRequests()).toHaveLength(2)
    const repair = lastTurn()
    const problems = repair.split('\n').filter((line) => line.startsWith('- line '))
    expect(problems).toEqual([
      expect.stringMatching(
        /^- line \d+, in "## 3\. Technical Requirements": The traceability table has no row for 1 requirement: FR-2\. Add a row for it/,
      ),
    ])
    expect(repair).toContain('Reply with only the sections that must change')
    expect(repair).not.toContain('corrected full document')
    // The model saw its own answer, to which the line numbers refer.
    expect(turns(messagesRequests()[1])[1]).toBe(gap)

    expect(result.document).toBe(full)
    expect(result.repairs).toBe(1)
    expect(result.modelCalls).toBe(2)
    expect(result.traceability).toEqual({ covered: 3, total: 3, missing: [] })
  })

  it('repairs a row that points at a section the design does not have', async () => {
    const full = tracedFor(withIds)
    const astray = full.replace(
      '| FR-3: Overdue loans accrue a fine of ten cents a day. | 5.1 |',
      '| FR-3: Overdue loans accrue a fine of ten cents a day. | 5.9 |',
    )
    expect(astray).not.toBe(full)
    fake.enqueue({ text: astray }, { text: section(full, TECHNICAL) })
    const result = await generateDesign(input(), { model: model() })
    expect(lastTurn()).toMatch(
      /- line \d+, in "## 3\. Technical Requirements": Traceability row "FR-3: Overdue loans accrue a fine of ten cents a day\." names section 5\.9, which the document does not have: use the numbers of the design's headings; section 5 has 5\.1, 5\.2, 5\.3, 5\.4/,
    )
    expect(result.document).toBe(full)
    expect(result.traceability).toEqual({ covered: 3, total: 3, missing: [] })
  })

  it('returns the design with the gap reported when the model never adds the row', async () => {
    const gap = tracedFor(withIds).replace(FR_2_ROW, '')
    // Each repair changes something, but never adds the row: the repairs run out.
    const reworded = (k: number) =>
      section(gap, TECHNICAL).replace(
        'for support and audit.',
        `for support and audit (revision ${k}).`,
      )
    fake.enqueue({ text: gap }, { text: reworded(1) }, { text: reworded(2) })
    const logged: string[] = []
    const result = await generateDesign(input(), {
      model: model(),
      log: (message) => logged.push(message),
    })
    expect(result.modelCalls).toBe(3)
    expect(result.repairs).toBe(2)
    expect(result.document).toContain('for support and audit (revision 2).')
    expect(result.document).not.toContain('| FR-2')
    expect(result.traceability).toEqual({ covered: 2, total: 3, missing: ['FR-2'] })
    expect(logged).toContain(
      'The traceability table still has gaps in 1 place; they never block a design, and are reported.',
    )
    expect(lastTurn()).toContain('The traceability table has no row for 1 requirement: FR-2')
  })

  it('returns the design with the gap at once when a repair changes nothing', async () => {
    const gap = tracedFor(withIds).replace(FR_2_ROW, '')
    fake.enqueue({ text: gap }, { text: section(gap, TECHNICAL) })
    const result = await generateDesign(input(), { model: model(), maxRepairs: 3 })
    expect(result.modelCalls).toBe(2)
    expect(result.document).toBe(gap)
    expect(result.traceability).toEqual({ covered: 2, total: 3, missing: ['FR-2'] })
  })

  it('names a user story left out by its title', async () => {
    const full = tracedFor(withStories)
    const story = 'As a librarian, I want to see every overdue loan, so that I can send reminders.'
    const gap = full.replace(`| ${story} | 5.1 |\n`, '')
    expect(gap).not.toBe(full)
    fake.enqueue({ text: gap }, { text: section(gap, TECHNICAL) })
    const result = await generateDesign(input({ requirements: withStories }), { model: model() })
    expect(lastTurn()).toContain(`The traceability table has no row for 1 requirement: "${story}"`)
    expect(result.traceability).toEqual({ covered: 1, total: 2, missing: [story] })
  })

  it('still refuses a design whose other violations remain beside the gap', async () => {
    const gap = tracedFor(withIds).replace(FR_2_ROW, '')
    const broken = gap.replace(
      '- **Estimated Complexity**: Medium',
      '- **Estimated Complexity**: Medium-High',
    )
    fake.enqueue({ text: broken }, { text: section(broken, '## 1. Overview') })
    const error = await generateDesign(input(), { model: model() }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DesignValidationError)
    const messages = (error as DesignValidationError).violations.map((v) => v.message)
    expect(messages).toEqual([
      expect.stringMatching(/"Estimated Complexity" must be exactly one of/),
      expect.stringMatching(/The traceability table has no row for 1 requirement: FR-2/),
    ])
  })
})

describe('reviseDesign with traceability', () => {
  const withFourIds = withIds.replace(
    '- **FR-3**: Overdue loans accrue a fine of ten cents a day.\n',
    '- **FR-3**: Overdue loans accrue a fine of ten cents a day.\n- **FR-4**: Members are e-mailed two days before a loan is due.\n',
  )
  const revision = (currentDesign: string) => ({
    ...input({ requirements: withFourIds }),
    currentDesign,
    requirementsChanges:
      '@@ -6,0 +7 @@\n+- **FR-4**: Members are e-mailed two days before a loan is due.\n',
    answered: [],
  })
  const FR_4_ROW = '| FR-4: Members are e-mailed two days before a loan is due. | 5.1 |'

  it('carries the note on keeping the table current, and splices a reply that adds the new row', async () => {
    const current = tracedFor(withIds)
    const updated = tracedFor(withFourIds)
    expect(updated).toContain(FR_4_ROW)
    fake.enqueue({ text: section(updated, TECHNICAL) })
    const result = await reviseDesign(revision(current), { model: model() })

    const [turn] = turns(messagesRequests()[0])
    expect(turn).toContain('<current_design>')
    expect(turn).toContain(
      'Keep it current: add rows for new items, drop rows of items no longer listed, correct section numbers that changed. Change "3. Technical Requirements" for the table\'s sake only when the table must change.',
    )
    expect(turn).toContain(
      '- FR-4: Members are e-mailed two days before a loan is due.\n</requirement_items>',
    )
    expect(result.document).toBe(updated)
    expect(result.changedSections).toEqual(['3. Technical Requirements'])
    expect(result.modelCalls).toBe(1)
    expect(result.traceability).toEqual({ covered: 4, total: 4, missing: [] })
  })

  it('asks for section 3 when a reply changes another section and leaves the table behind', async () => {
    const current = tracedFor(withIds)
    const updated = tracedFor(withFourIds)
    const testing = [
      '## 7. Testing Strategy',
      '- **Unit tests**: the due-date reminder is sent exactly two days before a loan is due.',
      '',
    ].join('\n')
    fake.enqueue({ text: testing }, { text: section(updated, TECHNICAL) })
    const result = await reviseDesign(revision(current), { model: model() })

    expect(messagesRequests()).toHaveLength(2)
    expect(lastTurn()).toMatch(
      /- line \d+ of the design as it now stands, in "## 3\. Technical Requirements": The traceability table has no row for 1 requirement: FR-4\./,
    )
    expect(result.document).toContain(FR_4_ROW)
    expect(result.document).toContain(
      '- **Unit tests**: the due-date reminder is sent exactly two days before a loan is due.',
    )
    expect(result.changedSections).toEqual(['3. Technical Requirements', '7. Testing Strategy'])
    expect(result.traceability).toEqual({ covered: 4, total: 4, missing: [] })
  })

  it('keeps a current table as it is on NO CHANGES', async () => {
    const current = tracedFor(withIds)
    fake.enqueue({ text: 'NO CHANGES' })
    const result = await reviseDesign(
      { ...revision(current), requirements: withIds, requirementsChanges: '' },
      { model: model() },
    )
    expect(result.document).toBe(current)
    expect(result.modelCalls).toBe(1)
    expect(result.traceability).toEqual({ covered: 3, total: 3, missing: [] })
  })
})
