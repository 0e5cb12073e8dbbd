import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { extractRequirementItems } from '../../src/document/requirement-items.js'
import type { RequirementItem } from '../../src/document/requirement-items.js'
import { parseTemplate } from '../../src/document/template.js'
import {
  checkTraceability,
  functionalRequirementsSection,
  readTraceabilityTable,
  sectionRefs,
  titleMatches,
  traceabilitySections,
} from '../../src/document/traceability.js'
import { validateDesign } from '../../src/document/validate.js'
import { corpusDesigns, describeWithCorpus } from '../support/corpus.js'

const read = (file: string): string => readFileSync(new URL(file, import.meta.url), 'utf8')
const spec = parseTemplate(read('../../src/assets/template.md'))
const conforming = read('../fixtures/designs/conforming.md')

/** 1-based line of the first line of `text` that starts with `start`. */
function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((l) => l.startsWith(start))
  if (index < 0) throw new Error(`no line starts with ${start}`)
  return index + 1
}

/** The conforming design with `lines` inserted before the line that starts with `before`. */
function withLines(lines: string[], before = '### 3.2 Non-Functional Requirements'): string {
  const all = conforming.split('\n')
  all.splice(lineOf(conforming, before) - 1, 0, ...lines, '')
  return all.join('\n')
}

const item = (id: string | null, title: string, line = 1): RequirementItem => ({ id, title, line })
const ids = [item('FR-1', 'Sign in'), item('FR-2', 'Export refunds'), item('NFR-1', 'Fast')]

const table = (...rows: string[]): string[] => [
  '#### Traceability',
  '| Requirement | Design sections |',
  '|---|---|',
  ...rows,
]

describe('functionalRequirementsSection and traceabilitySections', () => {
  it('finds "Functional Requirements" and the section holding it in the built-in template', () => {
    const i = functionalRequirementsSection(spec)
    expect(i).not.toBeNull()
    expect(spec.sections[i as number]).toEqual({
      level: 3,
      number: '3.1',
      name: 'Functional Requirements',
    })
    expect(traceabilitySections(spec)).toEqual({
      section: { level: 3, number: '3.1', name: 'Functional Requirements' },
      parent: { level: 2, number: '3', name: 'Technical Requirements' },
    })
  })

  it('finds it under any number, also as a top-level section, and not where a template has none', () => {
    const own = parseTemplate('# Design\n## 1. Scope\n## 2. Functional requirement\n## 3. Plan\n')
    expect(functionalRequirementsSection(own)).toBe(1)
    expect(traceabilitySections(own)).toEqual({
      section: { level: 2, number: '2', name: 'Functional requirement' },
      parent: null,
    })
    const none = parseTemplate('# Design\n## 1. Scope\n## 2. Plan\n')
    expect(functionalRequirementsSection(none)).toBeNull()
    expect(traceabilitySections(none)).toBeNull()
  })
})

describe('readTraceabilityTable', () => {
  it('reads the table under a "#### Traceability" heading: lines, cells as plain text, sections', () => {
    const design = withLines(
      table('| **FR-1** Sign in | 5.2, 5.3 |', '| `FR-2` [Export](#x) | §5.1 |', '| NFR-1 | — |'),
    )
    const at = lineOf(design, '#### Traceability')
    expect(readTraceabilityTable(design, spec)).toEqual({
      line: at + 1,
      endLine: at + 5,
      headingLine: at,
      rows: [
        {
          line: at + 3,
          requirement: 'FR-1 Sign in',
          text: 'FR-1 Sign in',
          sections: ['5.2', '5.3'],
        },
        { line: at + 4, requirement: 'FR-2 Export', text: 'FR-2 Export', sections: ['5.1'] },
        { line: at + 5, requirement: 'NFR-1', text: 'NFR-1', sections: [] },
      ],
    })
  })

  it('takes other heading names and levels, and a bold label, for the heading', () => {
    for (const marker of [
      '#### Requirements Traceability',
      '##### TRACEABILITY MATRIX',
      '#### 3.1.1 Traceability',
      '**Traceability**',
      '__Requirements traceability:__',
    ]) {
      const design = withLines([marker, '', '| Req | Where |', '|---|---|', '| FR-1 | 5.1 |'])
      const found = readTraceabilityTable(design, spec)
      expect(found?.headingLine).toBe(lineOf(design, marker))
      expect(found?.rows.map((r) => [r.requirement, r.sections])).toEqual([['FR-1', ['5.1']]])
    }
  })

  it('picks the columns by their headers, and falls back to the first two', () => {
    const pick = (header: string, row: string): [string, string, string[]] | undefined => {
      const design = withLines(['#### Traceability', header, '|---|---|---|', row])
      const r = readTraceabilityTable(design, spec)?.rows[0]
      return r && [r.requirement, r.text, r.sections]
    }
    expect(pick('| Design sections | Requirement | Notes |', '| 5.1 | FR-1 | fine |')).toEqual([
      'FR-1',
      'FR-1 fine',
      ['5.1'],
    ])
    expect(pick('| Requirement ID | Title | Realised in |', '| FR-1 | Sign in | 5.2 |')).toEqual([
      'FR-1',
      'FR-1 Sign in',
      ['5.2'],
    ])
    expect(pick('| What | How | Notes |', '| FR-1 | 5.2 | 6 |')).toEqual([
      'FR-1',
      'FR-1 6',
      ['5.2'],
    ])
    expect(pick('| Sections | What | Notes |', '| 5.2 | FR-1 | x |')).toEqual([
      'FR-1',
      'FR-1 x',
      ['5.2'],
    ])
  })

  it('without a heading, takes a table whose headers name both columns, and no other', () => {
    const named = withLines(['| Requirement | Design sections |', '|---|---|', '| FR-1 | 5.1 |'])
    expect(readTraceabilityTable(named, spec)).toMatchObject({
      headingLine: null,
      rows: [{ requirement: 'FR-1', sections: ['5.1'] }],
    })
    const other = withLines([
      '| Id | Requirement | Priority |',
      '|---|---|---|',
      '| FR-1 | x | High |',
    ])
    expect(readTraceabilityTable(other, spec)).toBeNull()
    const approach = withLines([
      '| Requirement | Design approach |',
      '|---|---|',
      '| FR-1 | Cached for 5 minutes |',
    ])
    expect(readTraceabilityTable(approach, spec)).toBeNull()
    const realised = withLines(['| Req | Realised in |', '|---|---|', '| FR-1 | 5.1 |'])
    expect(readTraceabilityTable(realised, spec)?.rows).toHaveLength(1)
    // A heading whose section ends before any table: the headers decide.
    const early = withLines([
      '#### Traceability',
      'To follow.',
      '#### Notes',
      '| Requirement | Sections |',
      '|---|---|',
      '| FR-1 | 5.1 |',
    ])
    expect(readTraceabilityTable(early, spec)).toMatchObject({ headingLine: null })
    expect(readTraceabilityTable(conforming, spec)).toBeNull()
  })

  it('looks in the section holding Functional Requirements only, 3.2 included', () => {
    const in32 = withLines(table('| FR-1 | 5.1 |'), '## 4. Architecture Overview')
    expect(readTraceabilityTable(in32, spec)?.rows).toHaveLength(1)
    const in5 = withLines(table('| FR-1 | 5.1 |'), '## 6. Implementation Plan')
    expect(readTraceabilityTable(in5, spec)).toBeNull()
  })

  it('looks from the Functional Requirements heading when the design lacks its parent', () => {
    const noParent = withLines(table('| FR-1 | 5.1 |')).replace(
      '## 3. Technical Requirements\n',
      '',
    )
    expect(readTraceabilityTable(noParent, spec)?.rows).toHaveLength(1)
    // Up to the next heading above 3.1's level: 3.2 is in, 4.1 is not.
    const in32 = withLines(table('| FR-1 | 5.1 |'), '## 4. Architecture Overview')
    expect(
      readTraceabilityTable(in32.replace('## 3. Technical Requirements\n', ''), spec),
    ).not.toBeNull()
    const in41 = withLines(table('| FR-1 | 5.1 |'), '### 4.2 Affected Microservices')
    expect(
      readTraceabilityTable(in41.replace('## 3. Technical Requirements\n', ''), spec),
    ).toBeNull()
  })

  it('looks in the whole design when it has no Functional Requirements heading', () => {
    const design = withLines(table('| FR-1 | 5.1 |'), '## 6. Implementation Plan').replace(
      '### 3.1 Functional Requirements',
      '### 3.1 What it does',
    )
    expect(readTraceabilityTable(design, spec)?.rows).toHaveLength(1)
  })
})

describe('sectionRefs', () => {
  it.each([
    ['5.1, 5.2', ['5.1', '5.2']],
    ['§5.1', ['5.1']],
    ['Section 5.1 and § 5.4', ['5.1', '5.4']],
    ['5.1 Data Model; 5.2 API Design', ['5.1', '5.2']],
    ['5.1/5.2 & 6', ['5.1', '5.2', '6']],
    ['5.1 5.2', ['5.1', '5.2']],
    ['5.1–5.3', ['5.1', '5.2', '5.3']],
    ['5.1-5.3', ['5.1', '5.2', '5.3']],
    ['5.1 to 5.3', ['5.1', '5.2', '5.3']],
    ['1—3', ['1', '2', '3']],
    ['5.3–5.1', ['5.3', '5.1']],
    ['5.4–6.1', ['5.4', '6.1']],
    ['5–5.2', ['5', '5.2']],
    ['1–40', ['1', '40']],
    ['5.1, 5.1', ['5.1']],
    ['v2, the API', []],
    ['—', []],
    ['-', []],
    ['n/a', []],
    ['N/A', []],
    ['None', []],
    ['TBD', []],
    ['', []],
  ])('"%s" names %j', (cell, expected) => {
    expect(sectionRefs(cell)).toEqual(expected)
  })
})

describe('titleMatches', () => {
  const title = 'A customer can request a refund for an order within 30 days'
  it('matches cells that start with the title, case, punctuation and spacing aside', () => {
    expect(titleMatches(title, 'A customer can request a refund for an order within 30 days')).toBe(
      true,
    )
    expect(titleMatches('Sign in', 'sign-in — with e-mail')).toBe(true)
    expect(titleMatches('Sign in', 'Signing in')).toBe(false)
    expect(titleMatches('Sign in:', '**Sign in** by email')).toBe(true)
    expect(titleMatches('Export refunds as CSV…', 'Export refunds as CSV, monthly')).toBe(true)
  })

  it('matches a shortened title of three words or more', () => {
    expect(titleMatches(title, 'A customer can request a refund')).toBe(true)
    expect(titleMatches(title, 'A customer')).toBe(false)
  })

  it('matches cells holding at least 70% of the title words of three letters or more', () => {
    // customer, can, request, refund, for, order, within, days: 6 of 8 here, 5 of 8 below.
    expect(titleMatches(title, 'Refund request: customer can order within days')).toBe(true)
    expect(titleMatches(title, 'Refund request: customer can order')).toBe(false)
    expect(titleMatches('A to B', 'From A to C')).toBe(false)
    expect(titleMatches('', 'anything')).toBe(false)
    expect(titleMatches('Sign in', '')).toBe(false)
  })
})

describe('checkTraceability', () => {
  it('checks nothing without items, or where the template has no Functional Requirements', () => {
    const none = { violations: [], covered: 0, total: 0, missing: [], rows: [] }
    expect(checkTraceability(conforming, spec, [])).toEqual(none)
    const own = parseTemplate('# Design\n## 1. Scope\n## 2. Plan\n')
    expect(checkTraceability(conforming, own, ids)).toEqual(none)
  })

  it('asks for the table at the end of 3.1, naming the heading, the columns and every item', () => {
    const items = [...ids, item(null, 'Export "all" refunds')]
    const result = checkTraceability(conforming, spec, items)
    expect(result).toMatchObject({ covered: 0, total: 4, missing: items, rows: [] })
    // The last line of 3.1's content, before the blank line and "### 3.2".
    const end = lineOf(conforming, '### 3.2') - 2
    expect(result.violations).toEqual([
      {
        kind: 'traceability',
        line: end,
        message:
          'Missing the traceability table: end "### 3.1 Functional Requirements" with a "#### Traceability" heading and a table "| Requirement | Design sections |" with one row per requirement (FR-1, FR-2, NFR-1, "Export "all" refunds"), the first cell starting with the requirement\'s id (or its title), the second naming the numbers of the design sections that realise it, such as "5.1, 5.2"',
      },
    ])
  })

  it('asks for it at the end of the document when the design has no Functional Requirements', () => {
    const design = conforming.replace('### 3.1 Functional Requirements', '### 3.1 Behaviour')
    const [violation] = checkTraceability(design, spec, ids).violations
    expect(violation?.line).toBe(conforming.trimEnd().split('\n').length)
  })

  it('names the heading level the template asks for', () => {
    const own = parseTemplate('# Design\n## 1. Plan\n## 2. Functional Requirements\n')
    const [violation] = checkTraceability(
      '# Design\n## 1. Plan\n## 2. Functional Requirements\nText\n\nMore text\n\n',
      own,
      ids,
    ).violations
    expect(violation).toMatchObject({ line: 6 })
    expect(violation?.message).toContain(
      'end "## 2. Functional Requirements" with a "### Traceability" heading',
    )
  })

  it('finds nothing wrong with a table that traces every item to existing sections', () => {
    const design = withLines(
      table('| FR-1: Sign in | 5.2 |', '| fr-002 | 5.1–5.3 |', '| NFR-1 | Section 9 |'),
    )
    expect(validateDesign(design, spec)).toEqual([])
    const result = checkTraceability(design, spec, ids)
    expect(result).toMatchObject({ violations: [], covered: 3, total: 3, missing: [] })
    expect(result.rows.map((r) => [r.items.map((i) => i.id), r.unknown])).toEqual([
      [['FR-1'], []],
      [['FR-2'], []],
      [['NFR-1'], []],
    ])
  })

  it('matches ids anywhere in the row, one row for several items, and titles when ids are absent', () => {
    const items = [...ids, item('FR-3', 'Refund by card'), item(null, 'Monthly export as CSV')]
    const design = withLines(
      table(
        '| Sign in and export (FR-1, FR-2) | 5.2 |',
        '| Speed: `NFR_01` | 9 |',
        '| Refund by card | 5.3 |',
        '| Monthly export as CSV for finance | 5.4 |',
      ),
    )
    const result = checkTraceability(design, spec, items)
    expect(result).toMatchObject({ violations: [], covered: 5, total: 5 })
    expect(result.rows.map((r) => r.items.map(itemName))).toEqual([
      ['FR-1', 'FR-2'],
      ['NFR-1'],
      ['FR-3'],
      ['Monthly export as CSV'],
    ])
  })

  it('names the items no row stands for, in one violation at the end of the table', () => {
    const design = withLines(table('| FR-1 | 5.2 |'))
    const result = checkTraceability(design, spec, [...ids, item(null, 'Audit every change')])
    const end = lineOf(design, '| FR-1 |')
    expect(result.violations).toEqual([
      {
        kind: 'traceability',
        line: end,
        message:
          'The traceability table has no row for 3 requirements: FR-2, NFR-1, "Audit every change". Add a row for each, the first cell starting with the id (or the title), the second naming the design sections that realise it',
      },
    ])
    expect(result).toMatchObject({ covered: 1, total: 4 })
    expect(result.missing.map(itemName)).toEqual(['FR-2', 'NFR-1', 'Audit every change'])
    const one = checkTraceability(design, spec, ids.slice(0, 2)).violations[0]
    expect(one?.message).toMatch(
      /^The traceability table has no row for 1 requirement: FR-2\. Add a row for it,/,
    )
  })

  it('names rows that point at sections the design does not have, with the numbers nearby', () => {
    const design = withLines(table('| FR-1 | 5.7 |', '| FR-2 | 5.1, 13, 14 |', '| NFR-1 | 5.2.9 |'))
    const result = checkTraceability(design, spec, ids)
    const at = (start: string): number => lineOf(design, start)
    expect(result.violations).toEqual([
      {
        kind: 'traceability',
        line: at('| FR-1 |'),
        message:
          'Traceability row "FR-1" names section 5.7, which the document does not have: use the numbers of the design\'s headings; section 5 has 5.1, 5.2, 5.3, 5.4',
      },
      {
        kind: 'traceability',
        line: at('| FR-2 |'),
        message:
          'Traceability row "FR-2" names sections 13, 14, which the document does not have: use the numbers of the design\'s headings; its sections are numbered 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12',
      },
      {
        kind: 'traceability',
        line: at('| NFR-1 |'),
        message:
          'Traceability row "NFR-1" names section 5.2.9, which the document does not have: use the numbers of the design\'s headings',
      },
    ])
    // FR-2 also names 5.1, which exists: it is covered, the others are not.
    expect(result).toMatchObject({ covered: 1, total: 3, missing: [] })
  })

  it('names rows that point at no section, and passes over empty rows', () => {
    const design = withLines(table('| FR-1 | n/a |', '| | |', '| FR-2 | 5.1 |', '| NFR-1 | 9 |'))
    const result = checkTraceability(design, spec, ids)
    expect(result.violations).toEqual([
      {
        kind: 'traceability',
        line: lineOf(design, '| FR-1 |'),
        message:
          'Traceability row "FR-1" names no design section: write the numbers of the sections that realise it, such as "5.1, 5.2"',
      },
    ])
    expect(result).toMatchObject({ covered: 2, total: 3 })
  })

  it('names a row without a requirement cell by its other cells', () => {
    const design = withLines([
      '#### Traceability',
      '| Requirement | Design sections | Notes |',
      '|---|---|---|',
      '|  | 5.9 | Sign in |',
    ])
    const [violation] = checkTraceability(design, spec, ids.slice(0, 1)).violations
    expect(violation?.message).toMatch(/^Traceability row "Sign in" names section 5\.9,/)
  })

  it('reads a one-column table as naming no sections', () => {
    const named = withLines(['#### Traceability', '| Requirement |', '|---|', '| FR-1 |'])
    expect(readTraceabilityTable(named, spec)?.rows).toEqual([
      { line: lineOf(named, '| FR-1 |'), requirement: 'FR-1', text: 'FR-1', sections: [] },
    ])
    const sectionsOnly = withLines(['#### Traceability', '| Design sections |', '|---|', '| 5.1 |'])
    expect(readTraceabilityTable(sectionsOnly, spec)?.rows).toEqual([
      { line: lineOf(sectionsOnly, '| 5.1 |'), requirement: '', text: '', sections: ['5.1'] },
    ])
    expect(checkTraceability(sectionsOnly, spec, ids.slice(0, 1)).violations).toHaveLength(1)
  })

  it('falls back from an id no row carries to the item title', () => {
    const design = withLines(table('| Export refunds | 5.1 |', '| FR-1 | 5.2 |', '| NFR-1 | 9 |'))
    expect(checkTraceability(design, spec, ids)).toMatchObject({ violations: [], covered: 3 })
  })
})

function itemName(i: RequirementItem): string {
  return i.id ?? i.title
}

/**
 * Corpus designs against the requirements of the same repository: neither has a traceability
 * table, so each is asked for one, where a reader looked it up by hand.
 */
const corpus = path.dirname(corpusDesigns)
const corpusText = (folder: string, file: string): string =>
  readFileSync(path.join(corpus, folder, file), 'utf8')

describeWithCorpus('checkTraceability on corpus designs', () => {
  it('asks the loan design for its table at the end of its 3.1 (line 62), naming the five stories', () => {
    const items = extractRequirementItems(
      corpusText(
        'requirements',
        'keerthi-456__Loan-PreQualification-Service__docs_requirements.md',
      ),
    )
    const design = corpusText(
      'designs',
      'keerthi-456__Loan-PreQualification-Service__tech-design.md',
    )
    const result = checkTraceability(design, spec, items)
    expect(result).toMatchObject({ covered: 0, total: 5 })
    expect(result.violations.map((v) => v.line)).toEqual([62])
    for (const i of items) expect(result.violations[0]?.message).toContain(`"${i.title}"`)
  })

  it('asks the pier design, which has no Functional Requirements heading, at its last line (223)', () => {
    const items = extractRequirementItems(
      corpusText('requirements', 'BrodyZhang__pier__docs_requirements.md'),
    )
    const design = corpusText('designs', 'BrodyZhang__pier__docs_tech-design.md')
    const result = checkTraceability(design, spec, items)
    expect(result).toMatchObject({ covered: 0, total: 33 })
    expect(result.violations.map((v) => v.line)).toEqual([223])
    expect(result.violations[0]?.message).toContain('(FR-1, FR-2, FR-3,')
    expect(result.violations[0]?.message).toContain('NFR-5, NFR-6)')
  })
})
