import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  extractRequirementItems,
  idKey,
  idsIn,
  itemLabel,
  MAX_REQUIREMENT_ITEMS,
  readRequirementItems,
  shortTitle,
  TITLE_LENGTH,
} from '../../src/document/requirement-items.js'
import type { RequirementItem } from '../../src/document/requirement-items.js'
import { corpusDesigns, corpusPresent, describeWithCorpus, textDigest } from '../support/corpus.js'

const doc = (...lines: string[]): string => lines.join('\n')
/** Items as "line id title", the shape a reader checks them in. */
const shown = (items: RequirementItem[]): string[] =>
  items.map((i) => `${i.line} ${i.id ?? '-'} ${i.title}`)
const items = (markdown: string): string[] => shown(extractRequirementItems(markdown))

describe('explicit ids', () => {
  it('opens list items, headings, bold labels and table rows with ids, sub-ids included', () => {
    const markdown = doc(
      '# Requirements', // 1
      '', // 2
      '## Functional', // 3
      '- FR-1: Customers sign in with email', // 4
      '- **FR-2** Export refunds as CSV', // 5
      '', // 6
      '### US-3: Checkout', // 7
      '', // 8
      '**NFR-1**: p99 latency under 20 ms', // 9
      '**FR-AUTH-001: User Registration**', // 10
      '', // 11
      '| Id | Criterion |', // 12
      '|---|---|', // 13
      '| AC-1.2 | A refund is paid once |', // 14
      '| `REQ_12` | Audit every change |', // 15
    )
    expect(items(markdown)).toEqual([
      '4 FR-1 Customers sign in with email',
      '5 FR-2 Export refunds as CSV',
      '7 US-3 Checkout',
      '9 NFR-1 p99 latency under 20 ms',
      '10 FR-AUTH-001 User Registration',
      '14 AC-1.2 A refund is paid once',
      '15 REQ_12 Audit every change',
    ])
    expect(readRequirementItems(markdown)).toMatchObject({ reading: 'ids', omitted: 0 })
  })

  it('does not count ids mentioned in prose, later in an item, or in code fences', () => {
    const markdown = doc(
      '# Spec', // 1
      '', // 2
      '## Requirements', // 3
      '- FR-1: Sign in', // 4
      '- Export, see FR-1 and FR-7', // 5
      '', // 6
      'FR-8 applies to every endpoint, as FR-1 does.', // 7
      '', // 8
      '```text', // 9
      '- FR-9: in a fence', // 10
      '```', // 11
      '', // 12
      '- FR-2 Export', // 13
    )
    expect(items(markdown)).toEqual(['4 FR-1 Sign in', '13 FR-2 Export'])
  })

  it('takes a paragraph line opened by an id and a separator, not by an id and a word', () => {
    const markdown = doc(
      'FR-1: Sign in', // 1
      'FR-2 — Export', // 2
      'FR-3 | Audit', // 3
      'FR-4 - Import', // 4
      'FR-5 is a reference', // 5
      'FR-6', // 6
    )
    expect(items(markdown)).toEqual([
      '1 FR-1 Sign in',
      '2 FR-2 Export',
      '3 FR-3 Audit',
      '4 FR-4 Import',
      '6 FR-6 FR-6',
    ])
  })

  it('keeps the first of an id written twice, however it is written', () => {
    const markdown = doc(
      '- FR-001: First',
      '- FR-1: Again',
      '- fr-2: lower case is no id',
      '- FR_2: Two',
    )
    expect(items(markdown)).toEqual(['1 FR-001 First', '4 FR_2 Two'])
  })

  it('counts a nested id as part of an id item above it, and on its own under a plain item', () => {
    const markdown = doc(
      '- **R1.1** The system stores users:', // 1
      '  - R1.1.1 Create accounts', // 2
      '- Roles', // 3
      '  - **R2.1** Admin', // 4
      '    - R2.1.1 Assign roles', // 5
    )
    expect(items(markdown)).toEqual(['1 R1.1 The system stores users', '4 R2.1 Admin'])
  })

  it('takes an id without a dash in bold or code, before ".", ":" or ")", in a heading or cell', () => {
    const markdown = doc(
      '- **R1. User accounts**', // 1
      '- R2: Roles', // 2
      '- R3) Events', // 3
      '- `FR4` Slots', // 4
      '- R5 Bookings is no id', // 5
      '- R6.Policies', // 6
      '', // 7
      '### R7 Audit', // 8
      '', // 9
      '| Id | Title |', // 10
      '|---|---|', // 11
      '| R8 | Timezones |', // 12
      '| R9 |  |', // 13
    )
    expect(items(markdown)).toEqual([
      '1 R1 User accounts',
      '2 R2 Roles',
      '3 R3 Events',
      '4 FR4 Slots',
      '8 R7 Audit',
      '12 R8 Timezones',
      '13 R9 R9',
    ])
  })

  it('titles a table row whose first cell is the id alone by the next cell with text', () => {
    const markdown = doc(
      '| # | | Feature |',
      '|---|---|---|',
      '| FR-1 | | **Homepage** |',
      '| FR-2: Register | x | y |',
    )
    expect(items(markdown)).toEqual(['3 FR-1 Homepage', '4 FR-2 Register'])
  })

  it('titles a bold id alone on its line by the next line, unless that opens an item', () => {
    const markdown = doc('**FR-1**', 'Customers sign in', '', '**FR-2**', '**FR-3**: Export')
    expect(items(markdown)).toEqual(['1 FR-1 Customers sign in', '4 FR-2 FR-2', '5 FR-3 Export'])
  })

  it('takes no standards, versions, priorities or products for ids', () => {
    const markdown = doc(
      '## Requirements',
      '- UTF-8 everywhere',
      '- ISO-27001 certification',
      '- SHA-256 digests',
      '- **P0**: Must have',
      '- **S3**: object storage',
      '- `EC2` hosts',
    )
    expect(readRequirementItems(markdown).reading).toBe('structure')
    expect(items(markdown)).toEqual([
      '2 - UTF-8 everywhere',
      '3 - ISO-27001 certification',
      '4 - SHA-256 digests',
      '5 - P0: Must have',
      '6 - S3: object storage',
      '7 - EC2 hosts',
    ])
  })

  it('skips ids under headings that say they are not required', () => {
    const markdown = doc(
      '# Spec',
      '## Requirements',
      '- FR-1: Sign in',
      '- FR-2: Export',
      '## Open Questions',
      '| Q-1 | Which provider? |',
      '|---|---|',
      '| OQ-2 | Which region? |',
      '## Out of Scope',
      '- OOS-1: Mobile app',
      '### FR-3: Not here either',
    )
    expect(items(markdown)).toEqual(['3 FR-1 Sign in', '4 FR-2 Export'])
  })

  it('reads the structure instead when the document has fewer than two ids', () => {
    const markdown = doc('# Spec', '## Requirements', '- FR-1: Sign in', '- Export as CSV')
    expect(readRequirementItems(markdown)).toEqual({
      items: [
        { id: null, title: 'FR-1: Sign in', line: 3 },
        { id: null, title: 'Export as CSV', line: 4 },
      ],
      omitted: 0,
      reading: 'structure',
    })
  })
})

describe('items from the structure', () => {
  it('finds user stories in paragraphs and list items, anywhere', () => {
    const markdown = doc(
      '# Shop', // 1
      '', // 2
      '## Stories for the checkout', // 3
      '', // 4
      'As a customer, I want to pay by card so that I can check out.', // 5
      '', // 6
      '**Description:** As a new user, I want to register.  ', // 7
      '**Endpoint:** `POST /customers`', // 8
      '', // 9
      '- **As an** agent, **I can** refund an order', // 10
      '- As the finance team', // 11
      '  I need a monthly export', // 12
      '- Not a story', // 13
      '  - As a nested user, I want this counted', // 14
      '', // 15
      'As a rule, prices include tax.', // 16
    )
    expect(items(markdown)).toEqual([
      '5 - As a customer, I want to pay by card so that I can check out.',
      '7 - As a new user, I want to register.',
      '10 - As an agent, I can refund an order',
      '11 - As the finance team I need a monthly export',
      '14 - As a nested user, I want this counted',
    ])
  })

  it('finds Gherkin scenarios in text and in gherkin fences, and ignores other fences', () => {
    const markdown = doc(
      'Scenario: Refund a delivered order', // 1
      '  Given an order', // 2
      '**Scenario Outline:** Refund `several` items', // 3
      '', // 4
      '```gherkin', // 5
      'Feature: Refunds', // 6
      '  Scenario: Pay back **by card**', // 7
      '  Scenario Outline: Pay back <n> items', // 8
      '  Example: Gift card', // 9
      '```', // 10
      '', // 11
      '```text', // 12
      'Scenario: not read', // 13
      '```', // 14
      '', // 15
      '- Steps', // 16
      '  ```Feature', // 17
      '  Scenario: Nested in a list', // 18
      '  ```', // 19
      '- Scenario: In a list item', // 20
      '', // 21
      'Example: not a scenario outside a fence', // 22
    )
    expect(items(markdown)).toEqual([
      '1 - Refund a delivered order',
      '3 - Refund several items',
      '7 - Pay back **by card**',
      '8 - Pay back <n> items',
      '9 - Gift card',
      '18 - Nested in a list',
      '20 - In a list item',
    ])
  })

  it('takes the top-level items of requirements sections, sub-bullets as part of them', () => {
    const markdown = doc(
      '# Booking', // 1
      '## Goals', // 2
      '- Fewer complaints', // 3
      '## Functional Requirements', // 4
      '### 1. Accounts', // 5
      '1. Customers sign in', // 6
      '   - with email', // 7
      '2. **Roles**:', // 8
      '   - Customer', // 9
      '   - Admin', // 10
      '### Out of scope', // 11
      '- Mobile app', // 12
      '## In-Scope Features', // 13
      '* Book a seat', // 14
      '## User Stories', // 15
      '- Cancel a booking', // 16
      '## Must Have', // 17
      '- Payments', // 18
      '## Future work', // 19
      '- Requirements for later', // 20
      '## Constraints', // 21
      '- Runs on Kubernetes', // 22
    )
    expect(items(markdown)).toEqual([
      '6 - Customers sign in',
      '8 - Roles: Customer, Admin',
      '14 - Book a seat',
      '16 - Cancel a booking',
      '18 - Payments',
    ])
  })

  it('counts no paragraphs or table rows of a requirements section', () => {
    const markdown = doc(
      '## Requirements',
      'The service must be fast.',
      '',
      '| Feature | Description |',
      '|---|---|',
      '| Login | Email only |',
    )
    expect(items(markdown)).toEqual([])
  })

  it('does not let the title make the whole document a requirements section', () => {
    const titled = doc(
      '# Requirements',
      '## Dataset',
      '- `Document`',
      '## Requirements',
      '- Classify',
    )
    expect(items(titled)).toEqual(['5 - Classify'])
    // A title that is the only heading is the section its list belongs to.
    expect(items(doc('# Requirements', '- Classify', '- Route'))).toEqual([
      '2 - Classify',
      '3 - Route',
    ])
    // A first heading below level 1 is no title.
    expect(items(doc('## Requirements', '- Classify', '## Notes'))).toEqual(['2 - Classify'])
  })

  it('tells items of the same title apart by the heading above them', () => {
    const markdown = doc(
      '## Requirements',
      '### Movies',
      '- Admin features',
      '### Theaters',
      '- Admin features',
      '- Rooms',
    )
    expect(items(markdown)).toEqual([
      '3 - Movies: Admin features',
      '5 - Theaters: Admin features',
      '6 - Rooms',
    ])
    // Without a heading above, the titles stay as they are.
    expect(items(doc('As a user, I want A.', '', 'As a user, I want A.'))).toEqual([
      '1 - As a user, I want A.',
      '3 - As a user, I want A.',
    ])
  })

  it('finds nothing in a document without ids, stories, scenarios or requirements sections', () => {
    expect(readRequirementItems(doc('# Notes', '', 'Some prose.', '- a list'))).toEqual({
      items: [],
      omitted: 0,
      reading: 'structure',
    })
    expect(extractRequirementItems('')).toEqual([])
  })
})

describe('bounds', () => {
  it(`keeps the first ${MAX_REQUIREMENT_ITEMS} items and says how many more there were`, () => {
    const list = Array.from({ length: 75 }, (_, i) => `- FR-${i + 1}: Item ${i + 1}`)
    const read = readRequirementItems(doc('## Requirements', ...list))
    expect(read.items).toHaveLength(MAX_REQUIREMENT_ITEMS)
    expect(read.items.at(-1)).toEqual({ id: 'FR-60', title: 'Item 60', line: 61 })
    expect(read.omitted).toBe(15)
  })

  it('clips a title on a word boundary, and drops a trailing colon', () => {
    const long = `Customers ${'request refunds '.repeat(10)}`
    const title = shortTitle(long)
    expect(Array.from(title).length).toBeLessThanOrEqual(TITLE_LENGTH)
    expect(title).toMatch(/^Customers request refunds .* refunds…$/)
    expect(shortTitle('**Input**:')).toBe('Input')
    expect(shortTitle('Short')).toBe('Short')
    // Text without spaces is cut at the limit.
    const unbroken = '需'.repeat(100)
    expect(shortTitle(unbroken)).toBe(`${'需'.repeat(TITLE_LENGTH - 1)}…`)
  })
})

describe('ids', () => {
  it('compares ids by case, "-" or "_" and leading zeros aside', () => {
    expect(idKey('fr_001')).toBe('FR-1')
    expect(idKey('FR1')).toBe('FR-1')
    expect(idKey('AC-1.02')).toBe('AC-1.2')
    expect(idKey('FR-AUTH-001')).toBe('FR-AUTH-1')
    expect(idKey(' none ')).toBe('NONE')
  })

  it('finds ids anywhere in a text', () => {
    expect(idsIn('FR-1, fr_2 and AC-1.2 (see NFR-03); not FR-5a, FR- or 5.1')).toEqual([
      'FR-1',
      'fr_2',
      'AC-1.2',
      'NFR-03',
    ])
  })

  it('labels an item by its id, else its title', () => {
    expect(itemLabel({ id: 'FR-1', title: 'Sign in', line: 1 })).toBe('FR-1')
    expect(itemLabel({ id: null, title: 'Sign in', line: 1 })).toBe('Sign in')
  })
})

/**
 * The corpus's requirements documents, read by hand against the rule in the module comment.
 * First and last items are "line id", or "line digest" of the title for documents without ids
 * (textDigest, so their text is not repeated here).
 */
interface CorpusExpectation {
  reading: 'ids' | 'structure'
  count: number
  omitted: number
  first: string | null
  last: string | null
  /** The ids in order, where the document numbers them without gaps. */
  ids?: string[]
}

const range = (prefix: string, n: number, pad = 0): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(pad, '0')}`)

const corpusExpectations: Record<string, CorpusExpectation> = {
  // "## Implemented Requirements": four sub-headings of bullets (4 + 6 + 3 + 5); the title
  // "# Requirements" does not make the dataset's columns items; "Not Implemented" and
  // "Future Work" are left out.
  '00-Abhishek__ticket-routing-system__docs_requirements.md': {
    reading: 'structure',
    count: 18,
    omitted: 0,
    first: '24 5ec8831cf111',
    last: '50 0896403bba74',
  },
  // 93 bold "**FR-AREA-nnn: Title**" labels (81 of one area segment, 12 of two, such as
  // FR-MOBILE-MERCHANT-001): the first 60 are kept.
  '1001pranav__Ecomify__docs_requirements.md': {
    reading: 'ids',
    count: 60,
    omitted: 33,
    first: '448 FR-AUTH-001',
    last: '1176 FR-ANALYTICS-005',
  },
  // Ids without a dash: 13 bold group labels "**R1. …**" and 34 bold list items "**R1.1**"; the
  // nested "R2.1.1 …" sub-bullets are part of their items.
  '1112zakaria__reservation-system-prototype__docs_requirements.md': {
    reading: 'ids',
    count: 47,
    omitted: 0,
    first: '29 R1',
    last: '289 R13.3',
  },
  // "## In-Scope Features": five modules (6 + 5 + 5 + 5 + 2); out-of-scope and future lists
  // are left out, "Expected Benefits" is no requirements section.
  'AJ1312__Appointment-system__docs_requirement.md': {
    reading: 'structure',
    count: 23,
    omitted: 0,
    first: '17 ae8ec163dad1',
    last: '51 d4b0785be736',
  },
  // "## Requirement" (5) and "## Features of …" (3); the technology stack is not a
  // requirements section.
  'ANSHUKPANDEY__AI-Native-KRA-Assignment-2__docs_requirement.md': {
    reading: 'structure',
    count: 8,
    omitted: 0,
    first: '6 9ac1f5174a85',
    last: '21 2be34b24333c',
  },
  // Numbered "shall" rules under "Rules" headings, no heading naming requirements below the
  // title: nothing to trace.
  'Anil-routerArch__mango-mdu-service__docs_requirement.md': {
    reading: 'structure',
    count: 0,
    omitted: 0,
    first: null,
    last: null,
  },
  // 240 top-level bullets under "Requirements" and "Feature(s)" headings (17 in the technical
  // stack, 67 in the general technical requirements, …): the first 60 are kept.
  'BeZhoe-InfoTek-Indonesia__wizevent__docs_requirement.md': {
    reading: 'structure',
    count: 60,
    omitted: 180,
    first: '11 df8c0688b421',
    last: '495 c9226a149e39',
  },
  // Table rows FR-1…FR-27 and NFR-1…NFR-6; the Q-1…Q-9 rows are open questions.
  'BrodyZhang__pier__docs_requirements.md': {
    reading: 'ids',
    count: 33,
    omitted: 0,
    first: '48 FR-1',
    last: '115 NFR-6',
    ids: [...range('FR-', 27), ...range('NFR-', 6)],
  },
  // Functional (22) and non-functional (19) bullets under numbered sub-headings; bold labels
  // over sub-bullets carry what the sub-bullets say.
  'DragonPow__movie_booking__docs_requirement.md': {
    reading: 'structure',
    count: 41,
    omitted: 0,
    first: '31 82e46bdc7cdb',
    last: '164 2ab27d115c90',
  },
  // Headings in Chinese: none is read as naming requirements.
  'Garhlz__fifo-chat-system__docs_requirement.md': {
    reading: 'structure',
    count: 0,
    omitted: 0,
    first: null,
    last: null,
  },
  // Bold ids in bullets: FR-001…025, NFR-001…014, TR-001…009, US-001…009.
  'arpitzn__CI-CD-healthcheck__docs_requirement-analysis.md': {
    reading: 'ids',
    count: 57,
    omitted: 0,
    first: '16 FR-001',
    last: '130 US-009',
    ids: [
      ...range('FR-', 25, 3),
      ...range('NFR-', 14, 3),
      ...range('TR-', 9, 3),
      ...range('US-', 9, 3),
    ],
  },
  // Four stories after a "**Description:**" label, each cut before the "**Endpoint:**" field.
  'kalyaninforma__backend-scenario__docs_requirements.md': {
    reading: 'structure',
    count: 4,
    omitted: 0,
    first: '16 14ad1a877cff',
    last: '33 02bb44480b53',
  },
  // An unclosed fence leaves the rest as paragraphs: five stories of three lines each
  // ("As …" / "I want …" / "So that …"); "AC 1.1:" (a space before the number) is no id.
  'keerthi-456__Loan-PreQualification-Service__docs_requirements.md': {
    reading: 'structure',
    count: 5,
    omitted: 0,
    first: '157 ec7e034c91da',
    last: '287 12b83104d235',
  },
}

const corpusRequirements = path.join(path.dirname(corpusDesigns), 'requirements')
const checked = (item: RequirementItem | undefined): string | null =>
  item ? `${item.line} ${item.id ?? textDigest(item.title)}` : null

describeWithCorpus('requirement items of the corpus requirements', () => {
  it('has an expectation for every requirements document of the corpus', () => {
    const files = corpusPresent
      ? readdirSync(corpusRequirements).filter((f) => f.endsWith('.md'))
      : []
    expect(files.sort()).toEqual(Object.keys(corpusExpectations).sort())
  })

  it.each(Object.entries(corpusExpectations))('%s', (file, expected) => {
    const read = readRequirementItems(readFileSync(path.join(corpusRequirements, file), 'utf8'))
    expect({
      reading: read.reading,
      count: read.items.length,
      omitted: read.omitted,
      first: checked(read.items[0]),
      last: checked(read.items.at(-1)),
    }).toEqual({
      reading: expected.reading,
      count: expected.count,
      omitted: expected.omitted,
      first: expected.first,
      last: expected.last,
    })
    if (expected.ids) expect(read.items.map((i) => i.id)).toEqual(expected.ids)
    // Document order, one item per line, titles short and non-empty.
    const lines = read.items.map((i) => i.line)
    expect(lines).toEqual([...new Set(lines)].sort((a, b) => a - b))
    for (const item of read.items) {
      expect(item.title).not.toBe('')
      expect(Array.from(item.title).length).toBeLessThanOrEqual(TITLE_LENGTH)
    }
  })
})
