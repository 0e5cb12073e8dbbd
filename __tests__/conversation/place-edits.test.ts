import { describe, expect, it } from '@jest/globals'
import type { PassageEdit } from '../../src/conversation/edit-reply.js'
import { placeEdits, PREAMBLE_REGION } from '../../src/conversation/place-edits.js'
import { spliceSections } from '../../src/conversation/splice.js'
import { lineDiff } from '../../src/document/line-diff.js'
import { design, sectionsOf, spec } from '../support/revision-fixtures.js'

let line = 0
const replace = (section: string, anchor: string, text: string): PassageEdit => ({
  kind: 'replace',
  section,
  anchor,
  text,
  line: ++line,
})
const insert = (section: string, anchor: string, text: string): PassageEdit => ({
  kind: 'insert',
  section,
  anchor,
  text,
  line: ++line,
})

/** The design with the placed edits spliced in, as the revision loop does it. */
function applied(edits: PassageEdit[], document = design): string {
  const placed = placeEdits(document, spec, edits)
  expect(placed.unplaced).toEqual([])
  return spliceSections(document, placed.sections, spec)
}

/** The lines a change removes and adds, to assert on exactly what moved. */
function changes(before: string, after: string): { removed: string[]; added: string[] } {
  const was = before.split('\n')
  const now = after.split('\n')
  return {
    removed: was.filter((l) => !now.includes(l)),
    added: now.filter((l) => !was.includes(l)),
  }
}

describe('placeEdits', () => {
  it('replaces a passage found exactly, leaving the rest of the design byte for byte', () => {
    const after = applied([
      replace('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts'),
    ])
    expect(after).toBe(design.replace('at most 5 attempts', 'at most 8 attempts'))
    const diff = lineDiff(design, after)
    expect(diff.added + diff.removed).toBe(2)
  })

  it('says which section changed, as a section made of edits', () => {
    const placed = placeEdits(design, spec, [
      replace('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts'),
    ])
    expect(placed).toMatchObject({ placed: 1, loose: 0, unplaced: [], superseded: [] })
    expect(placed.sections).toEqual([
      expect.objectContaining({ key: '5. Detailed Design', fromEdits: true }),
    ])
  })

  it('inserts lines after the line an anchor ends on', () => {
    const after = applied([
      insert(
        '11. Risk Assessment',
        '| Abuse: returning items not sent back | Medium | Medium | Refund only after the warehouse scan; fraud rules reviewed monthly |',
        '| Label printer outage at drop-off points | Low | Low | Labels can be shown as QR codes |',
      ),
      // A partial line: the new line still goes after the whole line.
      insert('7. Testing Strategy', 'Unit tests', '- Mutation tests of the eligibility rules.'),
    ])
    const risks = sectionsOf(after).get('## 11. Risk Assessment') ?? ''
    expect(risks).toContain(
      'fraud rules reviewed monthly |\n| Label printer outage at drop-off points | Low | Low | Labels can be shown as QR codes |\n| Order snapshot',
    )
    const testing = (sectionsOf(after).get('## 7. Testing Strategy') ?? '').split('\n')
    const unit = testing.findIndex((l) => l.includes('Unit tests'))
    expect(testing[unit + 1]).toBe('- Mutation tests of the eligibility rules.')
    expect(changes(design, after).removed).toEqual([])
  })

  it('places a passage copied with other spacing or without its emphasis, and says so', () => {
    const edits = [
      replace(
        '5. Detailed Design',
        'EligibilityService fetches the order   snapshot,\napplies the rules',
        'EligibilityService fetches the order snapshot and applies the rules',
      ),
      replace(
        '4. Architecture Overview',
        '| returns-service | New: API, carrier worker, refund worker | Checkout team |',
        '| `returns-service` | New: API and workers | Checkout team |',
      ),
    ]
    const placed = placeEdits(design, spec, edits)
    expect(placed).toMatchObject({ placed: 2, loose: 2, unplaced: [] })
    const after = spliceSections(design, placed.sections, spec)
    // The passage took in the bold it cut through, so none of it is left half open.
    expect(after).toContain(
      '- EligibilityService fetches the order snapshot and applies the rules (delivery within 30 days',
    )
    expect(after).toContain('| `returns-service` | New: API and workers | Checkout team |')
    expect(changes(design, after).removed).toHaveLength(2)
  })

  it('edits inside a code fence and a table like any other text', () => {
    const after = applied([
      replace(
        '4. Architecture Overview',
        '    RefundWorker -->|refund API| Provider[Payment provider]',
        '    RefundWorker -->|refund API| Provider[Stripe]',
      ),
      replace(
        '5. Detailed Design',
        "| GET | `/v1/returns` | List the caller's returns, newest first, cursor-paginated |",
        '',
      ),
    ])
    expect(after).toContain('```mermaid\n')
    expect(after).toContain('    RefundWorker -->|refund API| Provider[Stripe]\n')
    expect(after).not.toContain("List the caller's returns")
    // The indentation is the replacement's own, not doubled.
    expect(after).not.toContain('        RefundWorker')
  })

  it('refuses an anchor that occurs more than once in its section, and asks for that section', () => {
    const placed = placeEdits(design, spec, [
      replace('5. Detailed Design', '| Method | Path | Purpose |', '| Verb | Path | Purpose |'),
      replace('5. Detailed Design', 'at most 5 attempts', 'at most 8 attempts'),
    ])
    expect(placed.unplaced).toEqual([
      {
        edit: expect.objectContaining({ anchor: '| Method | Path | Purpose |' }),
        reason: expect.stringContaining('it occurs 2 times in that section'),
        section: '5. Detailed Design',
      },
    ])
    // Nothing of that section is applied, not even its edit that placed.
    expect(placed.sections).toEqual([])
    expect(placed.placed).toBe(0)
  })

  it('applies the edits of other sections when one section cannot take its edits', () => {
    const placed = placeEdits(design, spec, [
      replace('5. Detailed Design', 'no such sentence in the design', 'x'),
      replace('7. Testing Strategy', 'Unit tests', 'Unit and property tests'),
    ])
    expect(placed.unplaced).toEqual([
      expect.objectContaining({
        section: '5. Detailed Design',
        reason: expect.stringContaining('it is not in that section, not even ignoring spacing'),
      }),
    ])
    expect(placed.sections.map((s) => s.key)).toEqual(['7. Testing Strategy'])
  })

  it('refuses edits that touch the same text, both of them', () => {
    const placed = placeEdits(design, spec, [
      replace('5. Detailed Design', 'calls the carrier API with retries', 'calls the carrier API'),
      replace(
        '5. Detailed Design',
        'with retries (exponential back-off',
        'with retries (linear back-off',
      ),
    ])
    expect(placed.unplaced.map((u) => u.reason)).toEqual([
      expect.stringMatching(/^it overlaps the edit at line \d+ of your reply/),
      expect.stringMatching(/^it overlaps the edit at line \d+ of your reply/),
    ])
    expect(placed.sections).toEqual([])
  })

  it('refuses an insertion inside a passage another edit replaces, but keeps insertions at one place in reply order', () => {
    const overlapping = placeEdits(design, spec, [
      replace(
        '12. Open Questions',
        '1. **Which payment provider will be used for refunds?**\n   - Why it matters',
        'x',
      ),
      insert(
        '12. Open Questions',
        '1. **Which payment provider will be used for refunds?**',
        '   - Owner: finance.',
      ),
    ])
    expect(overlapping.unplaced).toHaveLength(2)

    const after = applied([
      insert('7. Testing Strategy', 'Unit tests', '- First.'),
      insert('7. Testing Strategy', 'Unit tests', '- Second.'),
    ])
    expect(after).toMatch(/Unit tests[^\n]*\n- First\.\n- Second\.\n/)
  })

  it('takes a passage from the whole design when the named section is wrong but the text is unique', () => {
    const after = applied([
      replace('6. Implementation Plan', 'at most 5 attempts', 'at most 8 attempts'),
    ])
    expect(after).toContain('at most 8 attempts')
    const ambiguous = placeEdits(design, spec, [
      replace('1. Overview', '| Method | Path | Purpose |', 'x'),
    ])
    expect(ambiguous.unplaced[0]?.reason).toContain('the design (not in that section)')
  })

  it('knows a section by its heading written loosely, or by a sub-section in it', () => {
    for (const name of [
      '## 5. Detailed Design',
      '5 Detailed design',
      'Detailed Design',
      '5.3 Service Layer Design',
    ]) {
      const placed = placeEdits(design, spec, [replace(name, '| Method | Path | Purpose |', 'x')])
      // Named right, the anchor is looked for in section 5 only, where it is twice.
      expect(placed.unplaced[0]).toMatchObject({ section: '5. Detailed Design' })
    }
  })

  it('refuses an edit whose passage runs across two sections', () => {
    const placed = placeEdits(design, spec, [
      replace('6. Implementation Plan', '## 7. Testing Strategy', '## 7. Tests'),
      replace('', 'Labels\n\n## 7. Testing Strategy', 'x'),
    ])
    expect(placed.placed).toBe(1)
    expect(placed.sections[0]?.text).toMatch(/^## 7\. Tests\n/)
    const across = placeEdits(design, spec, [
      replace(
        '',
        sectionsOf(design).get('## 6. Implementation Plan')!.trim().split('\n').at(-1)! +
          '\n\n## 7. Testing Strategy',
        'x',
      ),
    ])
    expect(across.unplaced[0]?.reason).toContain('runs across the end of a section')
  })

  it('edits the title as the preamble', () => {
    const title = design.split('\n')[0]!
    const placed = placeEdits(design, spec, [replace(PREAMBLE_REGION, title, `${title} (v2)`)])
    expect(placed.preamble).toBe(`${title} (v2)\n\n`)
    expect(placed.sections).toEqual([])
  })

  it('leaves edits of a section returned whole to that section', () => {
    const placed = placeEdits(
      design,
      spec,
      [
        replace('7. Testing Strategy', 'Unit tests', 'x'),
        replace('', 'at most 5 attempts', 'at most 6 attempts'),
      ],
      new Set(['7. Testing Strategy', '5. Detailed Design']),
    )
    expect(placed.superseded).toHaveLength(2)
    expect(placed.sections).toEqual([])
  })

  it('deletes whole lines with their line breaks, leaving no blank line behind', () => {
    const question = '2. **What is the expected peak load during the January returns season?**'
    const after = applied([
      replace('12. Open Questions', question, ''),
      replace('7. Testing Strategy', 'Unit tests (pytest)', 'Unit tests'),
    ])
    expect(after.split('\n').length).toBe(design.split('\n').length - 1)
    expect(after).not.toContain(question)
    expect(after).toContain('- **Unit tests**: eligibility rules')
  })

  it('changes nothing for an edit that replaces a passage with itself', () => {
    const placed = placeEdits(design, spec, [
      replace('7. Testing Strategy', 'Unit tests', 'Unit tests'),
    ])
    expect(placed).toMatchObject({ placed: 1, sections: [] })
  })
})
